import type { CliHelpWords, CliUsageWords, CliWords } from '../cli-words.js';
import { q } from '../message.js';

// Declared before the tables: the tables are built when this module loads.
const PATHS = 'YAML, JSON or xlsx files, or folders';

const or = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const enCliHelp: CliHelpWords = {
  titles: {
    'Usage:': 'Usage:',
    'Arguments:': 'Arguments:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Global Options:': 'Global Options:',
  },
  terms: { '[options]': '[options]', '[command]': '[command]' },
  choices: 'choices',
  default: 'default',
  example: 'Example:',
  afterError: '(run with --help for usage)',
  helpOption: 'display help for command',
  helpCommand: 'display help for command',
  version: 'output the version number',
  jobs: 'threads that read the files of a folder (default: the cores available; 1 reads them in one thread)',
  root: {
    description: 'Model, validate and draw effektkedjor (results chains of Swedish regional development).',
  },
  validate: {
    description: "validate documents: each region's files are read together so references resolve",
    arguments: { paths: `${PATHS} (searched recursively)` },
    options: {
      format: 'output format',
      lang: 'language of messages',
      maxWarnings: 'exit with 1 when there are more warnings than this',
      disable: 'turn off a rule or a finding code (repeatable)',
      severity: 'change a code’s severity: error, warning, info or off (repeatable)',
      hints: 'leave out the hints under each finding',
      asOf: 'the follow-up date: also report what the årshjul has due and missing by then (2026, 2026-04-01)',
    },
    example: `effektkedja validate examples/kronoberg.yaml
effektkedja validate plans/ --format json --max-warnings 0`,
  },
  report: {
    description:
      'the follow-up report of each region: diagrams, findings, indicator status, synthesis, coverage',
    arguments: { paths: PATHS },
    options: {
      output:
        'report.md, report.html (self-contained, diagrams render offline) or report.pdf (A4, printed by Chromium); default Markdown on stdout',
      csv: 'also write the tables as CSV files into this folder',
      csvDialect:
        'excel-sv (semicolons, decimal comma, UTF-8 with BOM; default with --lang sv) or rfc4180 (commas; default with --lang en)',
      lang: 'language of the report',
      asOf: 'the follow-up date every status is judged at (2025, 2025-Q2, 2025-06-30); default today',
      diagrams: 'leave out the chain diagrams',
      for: 'the report for a meeting of a body of the årshjul (tillvaxtradet): what changed, status, what is due, lessons; needs --as-of; .md, .html or .pdf by -o',
      pseudonymize:
        "replace sole traders' personnummer by a salted hash (salt from EFFEKTKEDJA_SALT); masked otherwise",
      national:
        'the export for the national follow-up instead: classification, chain, mandatory indicators, participants; -o .csv or .xlsx (default CSV on stdout)',
    },
    example: `effektkedja report examples/kronoberg.yaml -o uppfoljning.html --csv tabeller
effektkedja report examples/kronoberg.yaml --national --as-of 2025 -o nationell.xlsx`,
  },
  calendar: {
    description:
      "what the region's årshjul has due in a window, by whom and for whom; -o writes an iCalendar file",
    arguments: { paths: `${PATHS}, of one region` },
    options: {
      from: 'the first day of the window (default: today)',
      to: 'the last day of the window (default: a year after --from, less a day)',
      lang: 'language of the text',
      output: 'write an iCalendar file (.ics) instead of the text; - for stdout',
    },
    example: `effektkedja calendar examples/gotland-besoksnaring.yaml --from 2026-01-01 --to 2026-12-31
effektkedja calendar examples/gotland-besoksnaring.yaml --from 2026-01-01 -o arshjul.ics`,
  },
  convert: {
    description: 'convert a document between YAML, JSON and xlsx (YAML to YAML keeps comments)',
    arguments: {
      in: 'a .yaml, .yml, .json or .xlsx file',
      out: 'the file to write; its ending picks the format; - for stdout',
    },
    options: {
      to: 'output format when the ending does not tell',
      lang: 'language of messages',
      pseudonymize: "replace sole traders' personnummer by a salted hash (salt from EFFEKTKEDJA_SALT)",
    },
    example: `effektkedja convert examples/kronoberg.yaml kronoberg.xlsx
effektkedja convert kronoberg.xlsx kronoberg.yaml`,
  },
  diagram: {
    description: 'draw a plan, a portfolio or a template as a Mermaid flowchart',
    arguments: { paths: 'a .yaml, .yml, .json or .xlsx document, or several files of one region' },
    options: {
      output:
        'write here; the ending picks the form: .mmd, .md, .html, .svg, .png, .pdf (default: .mmd text on stdout)',
      plan: 'the plan to draw (default: the first)',
      view: 'one plan, all plans with their shared goals, or a template',
      template: 'draw a chain template (national or the document’s own)',
      direction: 'flow direction',
      lang: 'language of lane titles and messages',
      strategy: 'draw the understrategi and RUS goals and the plan’s links to them',
      noStrategy: 'leave the strategy goals out (also in the portfolio view)',
      indicators: 'show indicators and targets in the boxes',
      assumptions: 'write each link’s assumption on its arrow',
      findings: 'validate first and mark boxes that have findings',
      wrap: 'wrap box text at this many characters (0: no wrapping)',
      collapse: 'draw these levels as one box each, e.g. aktiviteter,prestationer (for large plans)',
    },
    example: `effektkedja diagram examples/kronoberg.yaml --plan sydostleden --strategy -o sydostleden.html
effektkedja diagram examples/kronoberg.yaml --view portfolio -o portfolj.md
effektkedja diagram examples/kronoberg.yaml --template varor-tjanster-direkt`,
  },
  templates: {
    description: 'the national chain templates: list them, show one, start a new plan from one',
    arguments: {},
    options: {},
    example: `effektkedja templates list
effektkedja templates show varor-tjanster-direkt
effektkedja templates new varor-tjanster-direkt --id smart-industri -o smart-industri.yaml`,
  },
  templatesList: {
    description: 'list the templates with their tracks',
    arguments: {},
    options: { lang: 'language', from: 'also list the own templates of this document' },
    example: 'effektkedja templates list',
  },
  templatesShow: {
    description: 'show a template’s chain level by level, with its mandatory indicators',
    arguments: { id: 'template id, e.g. varor-tjanster-direkt' },
    options: { lang: 'language', from: 'a document with own templates' },
    example: 'effektkedja templates show investeringar-infrastruktur',
  },
  templatesNew: {
    description: 'write a new document with one plan made from a template, ready to fill in',
    arguments: { template: 'template id' },
    options: {
      id: 'the new plan’s id',
      name: 'the new plan’s name',
      kind: 'kind of plan',
      region: 'the region the document belongs to',
      output: 'write here (.yaml, .json or .xlsx); default YAML on stdout',
      format: 'output format when the ending does not tell',
      lang: 'language of the template texts',
      from: 'a document with own templates (with --from-goal: the strategy)',
      fromGoal: 'plan backwards from this strategy goal: goal links set, every box to fill in',
    },
    example: `effektkedja templates new varor-tjanster-direkt --id smart-industri --name "Smart industri" -o smart-industri.yaml
effektkedja templates new varor-tjanster-direkt --from strategi.yaml --from-goal nya-foretag -o plan.yaml
effektkedja templates new kunskap-strategier --id analys -o analys.xlsx`,
  },
  schema: {
    description:
      'print the JSON Schema of the document format (or, with --report, of validate --format json)',
    arguments: {},
    options: { report: 'the schema of the validation report instead' },
    example: `effektkedja schema > effektkedja.schema.json
effektkedja schema --report > report.schema.json`,
  },
};

const enCliUsage: CliUsageWords = {
  unknownCode: (option, name, guess) =>
    `${option}: no finding code or rule "${name}"${guess ? ` — did you mean ${guess}?` : ''} (codes are listed in docs/rules.md)`,
  language: (value) => `--lang must be sv or en, not "${value}"`,
  severityForm: (value) =>
    `--severity expects CODE=error|warning|info|off, e.g. LINK_SKIPS_LEVEL=info; got "${value}"`,
  wholeNumber: (option, least, value) => `${option} expects a whole number ≥ ${least}, not "${value}"`,
  oneOf: (option, choices, value) => `${option} must be one of ${choices.join(', ')}, not "${value}"`,
  eitherOf: (option, choices, value) => `${option} must be ${choices.join(' or ')}, not "${value}"`,
  period: (option, examples, value) => `${option} expects a period such as ${or(examples)}, not "${value}"`,
  date: (option, example, value) => `${option} expects a date such as ${example}, not "${value}"`,
  toBeforeFrom: (to, from) => `--to (${to}) is before --from (${from})`,
  ending: (what, out) =>
    ({
      report: `a report is .md, .html or .pdf, not "${out}"`,
      meeting: `the report for a meeting is .md, .html or .pdf, not "${out}"`,
      calendar: `the calendar file is .ics, not "${out}"`,
      convert: `cannot tell the output format of "${out}": use an ending .yaml, .json or .xlsx, or --to`,
      diagram: `cannot tell the output format of "${out}": use .mmd, .md, .html, .svg, .png or .pdf`,
    })[what],
  needsFile: (form, example) => `${form} needs a file name: -o ${example}`,
  xlsxNotStdout: 'xlsx cannot go to stdout; give a file name',
  needsPaths: 'validate needs at least one file or folder',
  noFilesIn: (paths) => `no .yaml, .yml, .json or .xlsx files in ${paths.join(', ')}`,
  noDocumentsIn: (paths) => `no documents in ${paths.join(', ')}`,
  manyRegions: (what, count, form) =>
    ({
      report: `${count} regions: give -o report.${form}, one file is written per region`,
      diagram: `the files belong to ${count} regions: draw one region at a time`,
      calendar: `${count} regions have an årshjul: give the files of one region`,
      meeting: '--for reports on one region: give the files of one region',
    })[what],
  forNeedsAsOf: '--for needs --as-of: the date of the meeting, e.g. --as-of 2026-04-01',
  noBody: (body, bodies) => `--for: the årshjul has no body "${body}"; it has ${bodies.join(', ')}`,
  noArshjul: '--for: the documents have no årshjul (see docs/format.md)',
  collapse: (levels, value) => `--collapse takes level ids (${levels.join(', ')}), not "${value}"`,
  noTemplate: (id, known) => `no template "${id}"; known: ${known.join(', ')}`,
  cannotRead: (what, file, findings) =>
    `cannot read ${what === 'templates' ? 'templates' : 'the strategy'} from ${file}:\n${findings}`,
  fromGoalNeedsFrom: '--from-goal needs --from <file>, the document with the strategy',
  chromiumNotProgram: (path) =>
    `a PDF is printed by Chromium, but EFFEKTKEDJA_CHROMIUM=${path} is not a program that can be run`,
  chromiumMissing:
    'a PDF is printed by Chromium, and none was found: install it (Debian/Ubuntu: apt-get install chromium) or set EFFEKTKEDJA_CHROMIUM to its path',
  cannotWrite: (path, why, code) =>
    `cannot write ${path}: ${why ? `${why} (${code})` : code}; nothing was changed there`,
  whyNot: {
    EISDIR: 'it is a folder',
    ENOTREG: 'it is not a regular file (a device, pipe or socket)',
    ENOTDIR: 'it, or a folder on its path, is a file',
    ENOENT: 'the folder does not exist',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file would be larger than allowed',
  },
  internalError: 'internal error — please report it with the input that caused it.',
  interrupted: 'avbrutet (interrupted)',
  commander: (line) => line,
};

/** The CLI's own words in English. */
export const enCliWords: CliWords = {
  summary: (s) =>
    `${n(s.files, 'file', 'files')}, ${n(s.plans, 'plan', 'plans')}: ${n(s.errors, 'error', 'errors')}, ${n(s.warnings, 'warning', 'warnings')}, ${s.infos} info`,
  tooManyWarnings: (found, max) => `Too many warnings: ${found} (at most ${max}).`,
  strategyMissing: "--strategy: the files hold no strategy; give the region's strategy file too.",
  noDiagramsHint: 'a report without diagrams can be written with --no-diagrams.',
  slugRenamed: (region, slug, name) =>
    `the report files of the region ${q(region)} are named ${q(name)}, since ${q(slug)} is taken by another region.`,
  track: 'Track',
  ownTrack: 'own',
  fillIn: 'fill in',
  indicator: 'indicator',
  mandatory: 'mandatory',
  newPlan: (template) => `New plan: ${template}`,
  newHeader: (id) =>
    `# New plan from the template ${id}. Fill in the boxes marked placeholder: true, targets,\n# and link the plan to the strategy's goals (goalLinks). Check with: effektkedja validate <file>\n`,
  progressFiles: 'files read',
  progressPlans: 'plans validated',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  help: enCliHelp,
  usage: enCliUsage,
};
