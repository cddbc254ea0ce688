/** The stages of the maturity model (mognadsmodell), from the unknown (1) to optimised (5). */
export type MaturityStage = 1 | 2 | 3 | 4 | 5;

/** The facts the maturity model measures (see `docs/followup.md`). */
export type MaturityCriterionId =
  | 'templates'
  | 'baselines'
  | 'targets'
  | 'measured'
  | 'revisions'
  | 'rollups';

/** The words of the maturity section of a report in one language. */
export interface MaturityWords {
  readonly heading: string;
  /** Each stage's name and a short explanation, in the words of the model in seed 004. */
  readonly stage: Readonly<Record<MaturityStage, { readonly name: string; readonly explanation: string }>>;
  /** The fact a criterion measured: `count` of `total` (plans or indicators). */
  readonly fact: Readonly<Record<MaturityCriterionId, (count: number, total: number) => string>>;
  readonly column: {
    readonly stage: string;
    readonly criterion: string;
    readonly fact: string;
    readonly met: string;
  };
  readonly criterion: Readonly<Record<MaturityCriterionId, string>>;
  readonly yes: string;
  readonly no: string;
  /** The line that names the region's stage. */
  readonly current: (stage: MaturityStage, name: string) => string;
  /** What the next stage needs: its number and name, and the criteria not yet met. */
  readonly next: (stage: MaturityStage, name: string, needs: readonly string[]) => string;
  /** Said at the highest stage instead of a next step. */
  readonly top: string;
  /** The rule in one sentence, with the threshold in percent. */
  readonly rule: (threshold: number) => string;
}
