/** The words the CLI writes around the library's findings and documents, in one language. */
export interface CliWords {
  /** The summary line of `validate`. */
  readonly summary: (s: {
    files: number;
    plans: number;
    errors: number;
    warnings: number;
    infos: number;
  }) => string;
  readonly tooManyWarnings: (found: number, max: number) => string;
  /** `diagram --strategy` given files without a strategy. */
  readonly strategyMissing: string;
  /** `report -o x.html` when mermaid is not installed. */
  readonly noDiagramsHint: string;
  /** `report`: a region whose file name would be the same as another region's got a number. */
  readonly slugRenamed: (region: string, slug: string, name: string) => string;
  /** `templates list|show`: the track heading, and the track of a template that has none. */
  readonly track: string;
  readonly ownTrack: string;
  readonly fillIn: string;
  readonly indicator: string;
  readonly mandatory: string;
  /** `templates new`: the default plan name and the YAML header comment. */
  readonly newPlan: (template: string) => string;
  readonly newHeader: (templateId: string) => string;
  /** The progress line on a terminal: what is counted while a folder is read, then validated. */
  readonly progressFiles: string;
  readonly progressPlans: string;
  /** The severity words at the start of a finding's line (coloured on a terminal). */
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly help: CliHelpWords;
  readonly usage: CliUsageWords;
}

/**
 * The help of one command: its description, the help of each argument and option (keyed by the
 * name commander gives them), and the lines of its example. Both tables must fill every key.
 */
export interface CommandHelp<Arg extends string, Opt extends string> {
  readonly description: string;
  readonly arguments: Readonly<Record<Arg, string>>;
  readonly options: Readonly<Record<Opt, string>>;
  /** Command lines, one a line, shown under the example heading. */
  readonly example: string;
}

/** The `--help` texts of the CLI in one language (option names themselves are never translated). */
export interface CliHelpWords {
  /** commander's headings: `Usage:`, `Arguments:`, `Options:`, `Commands:`, `Global Options:`. */
  readonly titles: Readonly<
    Record<'Usage:' | 'Arguments:' | 'Options:' | 'Commands:' | 'Global Options:', string>
  >;
  /** The placeholders in a usage line: `effektkedja [options] [command]`. */
  readonly terms: Readonly<Record<'[options]' | '[command]', string>>;
  /** The words in `(choices: "sv", "en", default: "sv")` after an option's help. */
  readonly choices: string;
  readonly default: string;
  /** The heading of each command's example block. */
  readonly example: string;
  /** The line after a usage error commander reports. */
  readonly afterError: string;
  readonly helpOption: string;
  readonly helpCommand: string;
  readonly version: string;
  /** `-j, --jobs`, on every command that reads folders. */
  readonly jobs: string;
  readonly root: { readonly description: string };
  readonly validate: CommandHelp<
    'paths',
    'format' | 'lang' | 'maxWarnings' | 'disable' | 'severity' | 'hints' | 'asOf'
  >;
  readonly report: CommandHelp<
    'paths',
    'output' | 'csv' | 'csvDialect' | 'lang' | 'asOf' | 'diagrams' | 'for' | 'pseudonymize' | 'national'
  >;
  readonly calendar: CommandHelp<'paths', 'from' | 'to' | 'lang' | 'output'>;
  readonly convert: CommandHelp<'in' | 'out', 'to' | 'lang' | 'pseudonymize'>;
  readonly diagram: CommandHelp<
    'paths',
    | 'output'
    | 'plan'
    | 'view'
    | 'template'
    | 'direction'
    | 'lang'
    | 'strategy'
    | 'noStrategy'
    | 'indicators'
    | 'assumptions'
    | 'findings'
    | 'wrap'
    | 'collapse'
  >;
  readonly templates: CommandHelp<never, never>;
  readonly templatesList: CommandHelp<never, 'lang' | 'from'>;
  readonly templatesShow: CommandHelp<'id', 'lang' | 'from'>;
  readonly templatesNew: CommandHelp<
    'template',
    'id' | 'name' | 'kind' | 'region' | 'output' | 'format' | 'lang' | 'from' | 'fromGoal'
  >;
  readonly schema: CommandHelp<never, 'report'>;
}

/**
 * The CLI's usage errors (exit 2) and its few other lines of its own, in one language. Each
 * is printed after `effektkedja: `.
 */
export interface CliUsageWords {
  /** `--disable` or `--severity` named a code or rule the library does not have. */
  readonly unknownCode: (option: string, name: string, guess: string | undefined) => string;
  readonly language: (value: string) => string;
  readonly severityForm: (value: string) => string;
  /** A count below its least value (`--max-warnings` 0, `--jobs` 1). */
  readonly wholeNumber: (option: string, least: number, value: string) => string;
  readonly oneOf: (option: string, choices: readonly string[], value: string) => string;
  /** `--csv-dialect`: the choices said as "a or b". */
  readonly eitherOf: (option: string, choices: readonly string[], value: string) => string;
  readonly period: (option: string, examples: readonly string[], value: string) => string;
  readonly date: (option: string, example: string, value: string) => string;
  readonly toBeforeFrom: (to: string, from: string) => string;
  /** An output file whose ending the command cannot write. */
  readonly ending: (
    what: 'report' | 'meeting' | 'calendar' | 'convert' | 'diagram',
    out: string | undefined,
  ) => string;
  /** svg, png, pdf or xlsx to stdout. */
  readonly needsFile: (form: string, example: string) => string;
  readonly xlsxNotStdout: string;
  readonly needsPaths: string;
  readonly noFilesIn: (paths: readonly string[]) => string;
  readonly noDocumentsIn: (paths: readonly string[]) => string;
  /** Files of several regions where the command takes one (or needs `-o`). */
  readonly manyRegions: (
    what: 'report' | 'diagram' | 'calendar' | 'meeting',
    count: number,
    form: string,
  ) => string;
  readonly forNeedsAsOf: string;
  readonly noBody: (body: string, bodies: readonly string[]) => string;
  readonly noArshjul: string;
  readonly collapse: (levels: readonly string[], value: string) => string;
  readonly noTemplate: (id: string, known: readonly string[]) => string;
  /** `--from` could not be read; the findings follow on the next lines. */
  readonly cannotRead: (what: 'templates' | 'strategy', file: string, findings: string) => string;
  readonly fromGoalNeedsFrom: string;
  readonly chromiumNotProgram: (path: string) => string;
  readonly chromiumMissing: string;
  /** An output path that cannot be written; `why` is one of `whyNot` or the system's code alone. */
  readonly cannotWrite: (path: string, why: string | undefined, code: string) => string;
  readonly whyNot: Readonly<Record<string, string>>;
  /** A bug in effektkedja itself, before its stack trace. */
  readonly internalError: string;
  readonly interrupted: string;
  /** commander's own error line (`error: unknown option '--x'`), said in this language. */
  readonly commander: (line: string) => string;
}
