import { Command, CommanderError, Option } from 'commander';
import { EffektkedjaError } from '../findings/error.js';
import { calendarCommand } from './commands/calendar.js';
import { convertCommand } from './commands/convert.js';
import { diagramCommand } from './commands/diagram.js';
import { nationalCommand } from './commands/national.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { templatesList, templatesNew, templatesShow } from './commands/templates.js';
import { validateCommand } from './commands/validate.js';
import { type CliIo, EXIT, UsageError } from './io.js';
import { VERSION } from './version.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function example(lines: string): string {
  return `\nExample:\n${lines
    .trim()
    .split('\n')
    .map((l) => `  $ ${l.trim()}`)
    .join('\n')}\n`;
}

/** Builds the command tree. Each action stores its exit code in `result`. */
function program(io: CliIo, result: { code: number }): Command {
  const root = new Command('effektkedja')
    .description('Model, validate and draw effektkedjor (results chains of Swedish regional development).')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  root
    .command('validate')
    .description("validate documents: each region's files are read together so references resolve")
    .argument('<paths...>', 'YAML, JSON or xlsx files, or folders (searched recursively)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('-l, --lang <lang>', 'language of messages').choices(['sv', 'en']).default('sv'))
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this')
    .option('--disable <code-or-rule>', 'turn off a rule or a finding code (repeatable)', collect)
    .option(
      '--severity <CODE=level>',
      'change a code’s severity: error, warning, info or off (repeatable)',
      collect,
    )
    .option('--no-hints', 'leave out the hints under each finding')
    .option(
      '--as-of <period>',
      'the follow-up date: also report what the årshjul has due and missing by then (2026, 2026-04-01)',
    )
    .addHelpText(
      'after',
      example(
        'effektkedja validate examples/kronoberg.yaml\neffektkedja validate plans/ --format json --max-warnings 0',
      ),
    )
    .option('-j, --jobs <n>', JOBS_HELP)
    .action(async (paths: string[], opts) => {
      result.code = await validateCommand(paths, opts, io);
    });

  root
    .command('report')
    .description(
      'the follow-up report of each region: diagrams, findings, indicator status, synthesis, coverage',
    )
    .argument('<paths...>', 'YAML, JSON or xlsx files, or folders')
    .option(
      '-o, --output <file>',
      'report.md, report.html (self-contained, diagrams render offline) or report.pdf (A4, printed by Chromium); default Markdown on stdout',
    )
    .option('--csv <folder>', 'also write the tables as CSV files into this folder')
    .option(
      '--csv-dialect <dialect>',
      'excel-sv (semicolons, decimal comma, UTF-8 with BOM; default with --lang sv) or rfc4180 (commas; default with --lang en)',
    )
    .addOption(new Option('-l, --lang <lang>', 'language of the report').choices(['sv', 'en']).default('sv'))
    .option(
      '--as-of <period>',
      'the follow-up date every status is judged at (2025, 2025-Q2, 2025-06-30); default today',
    )
    .option('--no-diagrams', 'leave out the chain diagrams')
    .option(
      '--for <body>',
      'the report for a meeting of a body of the årshjul (tillvaxtradet): what changed, status, what is due, lessons; needs --as-of; .md, .html or .pdf by -o',
    )
    .option(
      '--pseudonymize',
      "replace sole traders' personnummer by a salted hash (salt from EFFEKTKEDJA_SALT); masked otherwise",
    )
    .option(
      '--national',
      'the export for the national follow-up instead: classification, chain, mandatory indicators, participants; -o .csv or .xlsx (default CSV on stdout)',
    )
    .addHelpText(
      'after',
      example(
        'effektkedja report examples/kronoberg.yaml -o uppfoljning.html --csv tabeller\neffektkedja report examples/kronoberg.yaml --national --as-of 2025 -o nationell.xlsx',
      ),
    )
    .option('-j, --jobs <n>', JOBS_HELP)
    .action(async (paths: string[], opts) => {
      result.code = opts.national
        ? await nationalCommand(paths, opts, io)
        : await reportCommand(paths, opts, io);
    });

  root
    .command('calendar')
    .description(
      "what the region's årshjul has due in a window, by whom and for whom; -o writes an iCalendar file",
    )
    .argument('<paths...>', 'YAML, JSON or xlsx files, or folders, of one region')
    .option('--from <date>', 'the first day of the window (default: today)')
    .option('--to <date>', 'the last day of the window (default: a year after --from, less a day)')
    .addOption(new Option('-l, --lang <lang>', 'language of the text').choices(['sv', 'en']).default('sv'))
    .option('-o, --output <file>', 'write an iCalendar file (.ics) instead of the text; - for stdout')
    .addHelpText(
      'after',
      example(
        'effektkedja calendar examples/gotland-besoksnaring.yaml --from 2026-01-01 --to 2026-12-31\neffektkedja calendar examples/gotland-besoksnaring.yaml --from 2026-01-01 -o arshjul.ics',
      ),
    )
    .option('-j, --jobs <n>', JOBS_HELP)
    .action(async (paths: string[], opts) => {
      result.code = await calendarCommand(paths, opts, io);
    });

  root
    .command('convert')
    .description('convert a document between YAML, JSON and xlsx (YAML to YAML keeps comments)')
    .argument('<in>', 'a .yaml, .yml, .json or .xlsx file')
    .argument('<out>', 'the file to write; its ending picks the format; - for stdout')
    .addOption(
      new Option('--to <format>', 'output format when the ending does not tell').choices([
        'yaml',
        'json',
        'xlsx',
      ]),
    )
    .addOption(new Option('-l, --lang <lang>', 'language of messages').choices(['sv', 'en']).default('sv'))
    .option(
      '--pseudonymize',
      "replace sole traders' personnummer by a salted hash (salt from EFFEKTKEDJA_SALT)",
    )
    .addHelpText(
      'after',
      example(
        'effektkedja convert examples/kronoberg.yaml kronoberg.xlsx\neffektkedja convert kronoberg.xlsx kronoberg.yaml',
      ),
    )
    .action(async (input: string, output: string, opts) => {
      result.code = await convertCommand(input, output, opts, io);
    });

  root
    .command('diagram')
    .description('draw a plan, a portfolio or a template as a Mermaid flowchart')
    .argument('<paths...>', 'a .yaml, .yml, .json or .xlsx document, or several files of one region')
    .option(
      '-o, --output <file>',
      'write here; the ending picks the form: .mmd, .md, .html, .svg, .png, .pdf (default: .mmd text on stdout)',
    )
    .option('-p, --plan <id>', 'the plan to draw (default: the first)')
    .addOption(
      new Option('--view <view>', 'one plan, all plans with their shared goals, or a template').choices([
        'plan',
        'portfolio',
        'template',
      ]),
    )
    .option('-t, --template <id>', 'draw a chain template (national or the document’s own)')
    .addOption(new Option('-d, --direction <dir>', 'flow direction').choices(['LR', 'TB']))
    .addOption(
      new Option('-l, --lang <lang>', 'language of lane titles and messages')
        .choices(['sv', 'en'])
        .default('sv'),
    )
    .option('--strategy', 'draw the understrategi and RUS goals and the plan’s links to them')
    .option('--no-strategy', 'leave the strategy goals out (also in the portfolio view)')
    .option('--indicators', 'show indicators and targets in the boxes')
    .option('--assumptions', 'write each link’s assumption on its arrow')
    .option('--findings', 'validate first and mark boxes that have findings')
    .option('--wrap <n>', 'wrap box text at this many characters (0: no wrapping)')
    .option(
      '--collapse <levels>',
      'draw these levels as one box each, e.g. aktiviteter,prestationer (for large plans)',
    )
    .addHelpText(
      'after',
      example(`effektkedja diagram examples/kronoberg.yaml --plan sydostleden --strategy -o sydostleden.html
effektkedja diagram examples/kronoberg.yaml --view portfolio -o portfolj.md
effektkedja diagram examples/kronoberg.yaml --template varor-tjanster-direkt`),
    )
    .option('-j, --jobs <n>', JOBS_HELP)
    .action(async (paths: string[], opts) => {
      result.code = await diagramCommand(paths, opts, io);
    });

  const templates = root
    .command('templates')
    .description('the national chain templates: list them, show one, start a new plan from one')
    .addHelpText(
      'after',
      example(`effektkedja templates list
effektkedja templates show varor-tjanster-direkt
effektkedja templates new varor-tjanster-direkt --id smart-industri -o smart-industri.yaml`),
    );
  templates
    .command('list')
    .description('list the templates with their tracks')
    .addOption(new Option('-l, --lang <lang>', 'language').choices(['sv', 'en']).default('sv'))
    .option('--from <file>', 'also list the own templates of this document')
    .addHelpText('after', example('effektkedja templates list'))
    .action(async (opts) => {
      result.code = await templatesList(opts, io);
    });
  templates
    .command('show')
    .description('show a template’s chain level by level, with its mandatory indicators')
    .argument('<id>', 'template id, e.g. varor-tjanster-direkt')
    .addOption(new Option('-l, --lang <lang>', 'language').choices(['sv', 'en']).default('sv'))
    .option('--from <file>', 'a document with own templates')
    .addHelpText('after', example('effektkedja templates show investeringar-infrastruktur'))
    .action(async (id: string, opts) => {
      result.code = await templatesShow(id, opts, io);
    });
  templates
    .command('new')
    .description('write a new document with one plan made from a template, ready to fill in')
    .argument('<template>', 'template id')
    .option('--id <id>', 'the new plan’s id', 'ny-plan')
    .option('--name <name>', 'the new plan’s name')
    .addOption(new Option('--kind <kind>', 'kind of plan').choices(['insatsplan', 'projekt', 'verksamhet']))
    .option('--region <region>', 'the region the document belongs to')
    .option('-o, --output <file>', 'write here (.yaml, .json or .xlsx); default YAML on stdout')
    .addOption(
      new Option('--format <format>', 'output format when the ending does not tell').choices([
        'yaml',
        'json',
        'xlsx',
      ]),
    )
    .addOption(
      new Option('-l, --lang <lang>', 'language of the template texts').choices(['sv', 'en']).default('sv'),
    )
    .option('--from <file>', 'a document with own templates (with --from-goal: the strategy)')
    .option(
      '--from-goal <goal-id>',
      'plan backwards from this strategy goal: goal links set, every box to fill in',
    )
    .addHelpText(
      'after',
      example(`effektkedja templates new varor-tjanster-direkt --id smart-industri --name "Smart industri" -o smart-industri.yaml
effektkedja templates new varor-tjanster-direkt --from strategi.yaml --from-goal nya-foretag -o plan.yaml
effektkedja templates new kunskap-strategier --id analys -o analys.xlsx`),
    )
    .action(async (template: string, opts) => {
      result.code = await templatesNew(template, opts, io);
    });

  root
    .command('schema')
    .description(
      'print the JSON Schema of the document format (or, with --report, of validate --format json)',
    )
    .option('--report', 'the schema of the validation report instead')
    .addHelpText(
      'after',
      example(
        'effektkedja schema > effektkedja.schema.json\neffektkedja schema --report > report.schema.json',
      ),
    )
    .action((opts) => {
      result.code = schemaCommand(opts, io);
    });

  return root;
}

/**
 * Runs the CLI on arguments (without `node` and the script name) and returns
 * the exit code. User errors become one plain line on stderr; only a bug in
 * the library itself shows a stack trace, and then with a plea to report it.
 */
// -j on every command that reads folders.
const JOBS_HELP =
  'threads that read the files of a folder (default: the cores available; 1 reads them in one thread)';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const result = { code: EXIT.ok as number };
  const root = program(io, result);
  if (argv.length === 0) {
    root.outputHelp();
    return EXIT.usage;
  }
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander reports is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`effektkedja: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof EffektkedjaError) {
      io.stderr(`effektkedja: ${error.message}\n`);
      return EXIT.findings;
    }
    io.stderr(
      `effektkedja: internal error — please report it with the input that caused it.\n${
        error instanceof Error ? (error.stack ?? error.message) : String(error)
      }\n`,
    );
    return 70;
  }
}
