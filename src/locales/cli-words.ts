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
}
