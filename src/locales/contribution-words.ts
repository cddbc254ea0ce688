import type { BuiltInDataClass, Claim } from '../model/contribution.js';

/** The words for data classes and claims in tables and reports, in one language. */
export interface ContributionWords {
  /** What a value of each claim is called in a table's claim column. */
  readonly claim: Readonly<Record<Claim, string>>;
  readonly dataClass: Readonly<Record<BuiltInDataClass, string>>;
  readonly column: { readonly claim: string; readonly dataClass: string };
  /** The sentence under the roll-ups and the synthesis: plan values are contributions, not the plans' own results. */
  readonly rollupNote: string;
}
