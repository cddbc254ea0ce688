import type { CliHelpWords, CliUsageWords, CliWords } from '../cli-words.js';
import { q } from '../message.js';

// Declared before the tables: the tables are built when this module loads.
const PATHS = 'YAML-, JSON- eller xlsx-filer, eller mappar';
const STDOUT = 'standardutmatningen (stdout)';

const or = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;

// commander's own error lines, said in Swedish; a line not listed keeps commander's words after "fel:".
const COMMANDER: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '(.+)'$/, "fel: okänd flagga '$1'"],
  [/^error: unknown command '(.+)'$/, "fel: okänt kommando '$1'"],
  [/^error: missing required argument '(.+)'$/, "fel: argumentet '$1' saknas"],
  [/^error: option '(.+)' argument missing$/, "fel: flaggan '$1' saknar värde"],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    "fel: flaggan '$1' kan inte ha värdet '$2'. Tillåtna värden: $3.",
  ],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    'fel: för många argument. Kommandot tar $2 men fick $3.',
  ],
  [/^\(Did you mean (.+)\?\)$/, '(Menade du $1?)'],
  [/^error: /, 'fel: '],
];

function svCommander(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, words] of COMMANDER) if (pattern.test(line)) return line.replace(pattern, words);
      return line;
    })
    .join('\n');
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const svCliHelp: CliHelpWords = {
  titles: {
    'Usage:': 'Användning:',
    'Arguments:': 'Argument:',
    'Options:': 'Flaggor:',
    'Commands:': 'Kommandon:',
    'Global Options:': 'Gemensamma flaggor:',
  },
  terms: { '[options]': '[flaggor]', '[command]': '[kommando]' },
  choices: 'val',
  default: 'standard',
  example: 'Exempel:',
  afterError: '(kör med --help för att se hur kommandot används)',
  helpOption: 'visa hjälpen för kommandot',
  helpCommand: 'visa hjälpen för ett kommando',
  version: 'visa versionsnumret',
  jobs: 'trådar som läser filerna i en mapp (standard: så många som det finns processorkärnor; 1 läser dem i en tråd)',
  root: {
    description: 'Beskriv, kontrollera och rita effektkedjor för det regionala tillväxtarbetet.',
  },
  validate: {
    description:
      'kontrollera dokument: varje regions filer läses tillsammans, så att hänvisningar mellan filerna går att följa',
    arguments: { paths: `${PATHS} (med alla undermappar)` },
    options: {
      format: 'resultatets format',
      lang: 'meddelandenas språk',
      maxWarnings: 'avsluta med 1 när det finns fler varningar än så här',
      disable: 'stäng av en regel eller en fyndkod (kan upprepas)',
      severity: 'ändra en kods allvarlighetsgrad: error, warning, info eller off (kan upprepas)',
      hints: 'utan råden under varje fynd',
      asOf: 'uppföljningsdatumet: rapportera också vad årshjulet har som ska vara gjort och saknas då (2026, 2026-04-01)',
    },
    example: `effektkedja validate examples/kronoberg.yaml
effektkedja validate planer/ --format json --max-warnings 0`,
  },
  report: {
    description:
      'uppföljningsrapporten för varje region: diagram, fynd, indikatorernas läge, syntes, täckning',
    arguments: { paths: PATHS },
    options: {
      output: `report.md, report.html (fristående, diagrammen ritas utan nätverk) eller report.pdf (A4, utskriven med Chromium); standard: Markdown på ${STDOUT}`,
      csv: 'skriv också tabellerna som CSV-filer i den här mappen',
      csvDialect:
        'excel-sv (semikolon, decimalkomma, UTF-8 med BOM; standard med --lang sv) eller rfc4180 (kommatecken; standard med --lang en)',
      lang: 'rapportens språk',
      asOf: 'uppföljningsdatumet som läget bedöms vid (2025, 2025-Q2, 2025-06-30); standard: i dag',
      diagrams: 'utan diagrammen över effektkedjorna',
      for: 'underlaget till ett möte med ett organ i årshjulet (tillvaxtradet): vad som har ändrats, läget, vad som ska lämnas, lärdomar; kräver --as-of; .md, .html eller .pdf med -o',
      pseudonymize:
        'ersätt enskilda näringsidkares personnummer med ett saltat hashvärde (saltet från EFFEKTKEDJA_SALT); annars maskeras de',
      national: `exporten till den nationella uppföljningen i stället: klassificering, effektkedja, obligatoriska indikatorer, deltagare; -o .csv eller .xlsx (standard: CSV på ${STDOUT})`,
    },
    example: `effektkedja report examples/kronoberg.yaml -o uppfoljning.html --csv tabeller
effektkedja report examples/kronoberg.yaml --national --as-of 2025 -o nationell.xlsx`,
  },
  calendar: {
    description:
      'vad regionens årshjul har att göra under en period, av vem och för vem; -o skriver en iCalendar-fil',
    arguments: { paths: `${PATHS}, för en region` },
    options: {
      from: 'periodens första dag (standard: i dag)',
      to: 'periodens sista dag (standard: ett år efter --from, minus en dag)',
      lang: 'textens språk',
      output: 'skriv en iCalendar-fil (.ics) i stället för texten; - för standardutmatningen',
    },
    example: `effektkedja calendar examples/gotland-besoksnaring.yaml --from 2026-01-01 --to 2026-12-31
effektkedja calendar examples/gotland-besoksnaring.yaml --from 2026-01-01 -o arshjul.ics`,
  },
  convert: {
    description: 'konvertera ett dokument mellan YAML, JSON och xlsx (YAML till YAML behåller kommentarerna)',
    arguments: {
      in: 'en .yaml-, .yml-, .json- eller .xlsx-fil',
      out: 'filen som ska skrivas; filändelsen avgör formatet; - för standardutmatningen',
    },
    options: {
      to: 'formatet, när filändelsen inte avgör det',
      lang: 'meddelandenas språk',
      pseudonymize:
        'ersätt enskilda näringsidkares personnummer med ett saltat hashvärde (saltet från EFFEKTKEDJA_SALT)',
    },
    example: `effektkedja convert examples/kronoberg.yaml kronoberg.xlsx
effektkedja convert kronoberg.xlsx kronoberg.yaml`,
  },
  diagram: {
    description: 'rita en plan, en portfölj eller en mall som ett flödesschema i Mermaid',
    arguments: { paths: 'ett .yaml-, .yml-, .json- eller .xlsx-dokument, eller flera filer för en region' },
    options: {
      output: `skriv hit; filändelsen avgör formen: .mmd, .md, .html, .svg, .png, .pdf (standard: .mmd-text på ${STDOUT})`,
      plan: 'planen som ska ritas (standard: den första)',
      view: 'en plan, alla planer med sina gemensamma mål, eller en mall',
      template: 'rita en mall för en effektkedja (en nationell eller dokumentets egen)',
      direction: 'flödets riktning',
      lang: 'språk för nivåernas rubriker och för meddelandena',
      strategy: 'rita understrategins och RUS:ens mål och planens kopplingar till dem',
      noStrategy: 'utan strategins mål (även i portföljvyn)',
      indicators: 'visa indikatorer och målvärden i rutorna',
      assumptions: 'skriv varje kopplings antagande på pilen',
      findings: 'kontrollera först och markera rutor som har fynd',
      wrap: 'bryt rutornas text efter så här många tecken (0: ingen radbrytning)',
      collapse: 'rita de här nivåerna som en ruta var, t.ex. aktiviteter,prestationer (för stora planer)',
    },
    example: `effektkedja diagram examples/kronoberg.yaml --plan sydostleden --strategy -o sydostleden.html
effektkedja diagram examples/kronoberg.yaml --view portfolio -o portfolj.md
effektkedja diagram examples/kronoberg.yaml --template varor-tjanster-direkt`,
  },
  templates: {
    description: 'de nationella mallarna för effektkedjor: lista dem, visa en, börja en ny plan från en',
    arguments: {},
    options: {},
    example: `effektkedja templates list
effektkedja templates show varor-tjanster-direkt
effektkedja templates new varor-tjanster-direkt --id smart-industri -o smart-industri.yaml`,
  },
  templatesList: {
    description: 'lista mallarna med sina spår',
    arguments: {},
    options: { lang: 'språk', from: 'lista också det här dokumentets egna mallar' },
    example: 'effektkedja templates list',
  },
  templatesShow: {
    description: 'visa en malls effektkedja nivå för nivå, med de obligatoriska indikatorerna',
    arguments: { id: 'mallens id, t.ex. varor-tjanster-direkt' },
    options: { lang: 'språk', from: 'ett dokument med egna mallar' },
    example: 'effektkedja templates show investeringar-infrastruktur',
  },
  templatesNew: {
    description: 'skriv ett nytt dokument med en plan som görs från en mall, klar att fylla i',
    arguments: { template: 'mallens id' },
    options: {
      id: 'den nya planens id',
      name: 'den nya planens namn',
      kind: 'typ av plan',
      region: 'regionen som dokumentet hör till',
      output: `skriv hit (.yaml, .json eller .xlsx); standard: YAML på ${STDOUT}`,
      format: 'formatet, när filändelsen inte avgör det',
      lang: 'språk för mallens texter',
      from: 'ett dokument med egna mallar (med --from-goal: strategin)',
      fromGoal:
        'planera baklänges från det här målet i strategin: målkopplingarna är satta, varje ruta ska fyllas i',
    },
    example: `effektkedja templates new varor-tjanster-direkt --id smart-industri --name "Smart industri" -o smart-industri.yaml
effektkedja templates new varor-tjanster-direkt --from strategi.yaml --from-goal nya-foretag -o plan.yaml
effektkedja templates new kunskap-strategier --id analys -o analys.xlsx`,
  },
  schema: {
    description:
      'skriv ut dokumentformatets JSON Schema (eller, med --report, schemat för validate --format json)',
    arguments: {},
    options: { report: 'schemat för kontrollrapporten i stället' },
    example: `effektkedja schema > effektkedja.schema.json
effektkedja schema --report > report.schema.json`,
  },
};

const svCliUsage: CliUsageWords = {
  unknownCode: (option, name, guess) =>
    `${option}: det finns ingen fyndkod eller regel som heter "${name}"${guess ? ` — menade du ${guess}?` : ''} (koderna finns i docs/rules.md)`,
  language: (value) => `--lang ska vara sv eller en, inte "${value}"`,
  severityForm: (value) =>
    `--severity skrivs KOD=error|warning|info|off, t.ex. LINK_SKIPS_LEVEL=info; här stod det "${value}"`,
  wholeNumber: (option, least, value) => `${option} ska vara ett heltal ≥ ${least}, inte "${value}"`,
  oneOf: (option, choices, value) => `${option} ska vara ett av ${choices.join(', ')}, inte "${value}"`,
  eitherOf: (option, choices, value) => `${option} ska vara ${choices.join(' eller ')}, inte "${value}"`,
  period: (option, examples, value) => `${option} ska vara en period som ${or(examples)}, inte "${value}"`,
  date: (option, example, value) => `${option} ska vara ett datum som ${example}, inte "${value}"`,
  toBeforeFrom: (to, from) => `--to (${to}) ligger före --from (${from})`,
  ending: (what, out) =>
    ({
      report: `en rapport är .md, .html eller .pdf, inte "${out}"`,
      meeting: `underlaget till ett möte är .md, .html eller .pdf, inte "${out}"`,
      calendar: `kalenderfilen är .ics, inte "${out}"`,
      convert: `formatet för "${out}" går inte att avgöra: använd filändelsen .yaml, .json eller .xlsx, eller --to`,
      diagram: `formatet för "${out}" går inte att avgöra: använd .mmd, .md, .html, .svg, .png eller .pdf`,
    })[what],
  needsFile: (form, example) => `${form} behöver ett filnamn: -o ${example}`,
  xlsxNotStdout: 'xlsx går inte att skriva till standardutmatningen; ange ett filnamn',
  needsPaths: 'validate behöver minst en fil eller mapp',
  noFilesIn: (paths) => `inga .yaml-, .yml-, .json- eller .xlsx-filer i ${paths.join(', ')}`,
  noDocumentsIn: (paths) => `inga dokument i ${paths.join(', ')}`,
  manyRegions: (what, count, form) =>
    ({
      report: `${count} regioner: ange -o report.${form}, en fil skrivs för varje region`,
      diagram: `filerna hör till ${count} regioner: rita en region i taget`,
      calendar: `${count} regioner har ett årshjul: ange filerna för en region`,
      meeting: '--for gäller en region: ange filerna för en region',
    })[what],
  forNeedsAsOf: '--for kräver --as-of: mötets datum, t.ex. --as-of 2026-04-01',
  noBody: (body, bodies) => `--for: årshjulet har inget organ "${body}"; det har ${bodies.join(', ')}`,
  noArshjul: '--for: dokumenten har inget årshjul (se docs/format.md)',
  collapse: (levels, value) => `--collapse tar nivåernas id (${levels.join(', ')}), inte "${value}"`,
  noTemplate: (id, known) => `det finns ingen mall "${id}"; kända mallar: ${known.join(', ')}`,
  cannotRead: (what, file, findings) =>
    `${what === 'templates' ? 'mallarna' : 'strategin'} i ${file} går inte att läsa:\n${findings}`,
  fromGoalNeedsFrom: '--from-goal kräver --from <fil>, dokumentet med strategin',
  chromiumNotProgram: (path) =>
    `en pdf skrivs ut med Chromium, men EFFEKTKEDJA_CHROMIUM=${path} är inget program som går att köra`,
  chromiumMissing:
    'en pdf skrivs ut med Chromium, och Chromium finns inte: installera det (Debian/Ubuntu: apt-get install chromium) eller ange sökvägen i EFFEKTKEDJA_CHROMIUM',
  cannotWrite: (path, why, code) =>
    `${path} går inte att skriva: ${why ? `${why} (${code})` : code}; ingenting har ändrats där`,
  whyNot: {
    EISDIR: 'det är en mapp',
    ENOTREG: 'det är ingen vanlig fil (utan en enhet, ett rör eller en sockel)',
    ENOTDIR: 'det, eller en mapp på vägen dit, är en fil',
    ENOENT: 'mappen finns inte',
    EACCES: 'behörighet saknas',
    EPERM: 'behörighet saknas',
    EROFS: 'filsystemet är skrivskyddat',
    ENOSPC: 'disken är full',
    EDQUOT: 'diskkvoten är slut',
    EFBIG: 'filen skulle bli större än vad som är tillåtet',
  },
  internalError: 'internt fel — rapportera det gärna, tillsammans med filerna som orsakade det.',
  interrupted: 'avbrutet',
  commander: svCommander,
};

/** The CLI's own words in Swedish. */
export const svCliWords: CliWords = {
  summary: (s) =>
    `${n(s.files, 'fil', 'filer')}, ${n(s.plans, 'plan', 'planer')}: ${s.errors} fel, ${n(s.warnings, 'varning', 'varningar')}, ${s.infos} info`,
  tooManyWarnings: (found, max) => `För många varningar: ${found} (högst ${max}).`,
  strategyMissing: '--strategy: filerna har ingen strategi; ge regionens strategifil också.',
  noDiagramsHint: 'en rapport utan diagram går att skriva med --no-diagrams.',
  slugRenamed: (region, slug, name) =>
    `rapportfilerna för regionen ${q(region)} får namnet ${q(name)}, eftersom ${q(slug)} redan används av en annan region.`,
  track: 'Spår',
  ownTrack: 'eget',
  fillIn: 'fyll i',
  indicator: 'indikator',
  mandatory: 'obligatorisk',
  newPlan: (template) => `Ny plan: ${template}`,
  newHeader: (id) =>
    `# Ny plan från mallen ${id}. Fyll i rutorna markerade placeholder: true, mål och målvärden,\n# och koppla planen till strategins mål (goalLinks). Kontrollera med: effektkedja validate <fil>\n`,
  progressFiles: 'filer lästa',
  progressPlans: 'planer kontrollerade',
  severity: { error: 'fel', warning: 'varning', info: 'info' },
  help: svCliHelp,
  usage: svCliUsage,
};
