import type { NumberKind } from '../participants/number.js';
import type { ParticipantSummary } from '../participants/summary.js';

/** The words of participant tables and report sections in one language. */
export interface ParticipantWords {
  readonly heading: string;
  readonly shared: string;
  readonly list: string;
  readonly none: string;
  readonly summary: (s: ParticipantSummary) => string;
  readonly kind: Readonly<Record<NumberKind, string>>;
  readonly column: {
    readonly region: string;
    readonly plan: string;
    readonly name: string;
    readonly participants: string;
    readonly number: string;
    readonly kind: string;
    readonly plans: string;
    readonly planList: string;
    readonly indicator: string;
    readonly kommun: string;
    readonly from: string;
    readonly to: string;
  };
}
