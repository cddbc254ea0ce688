import type { NumberKind } from '../model/participants.js';

/** The counts of a participant summary that its sentence names (`participantSummary` gives them). */
export interface ParticipantCounts {
  readonly unique: number;
  readonly organisations: number;
  readonly soleTraders: number;
  readonly sumOfPlans: number;
  readonly invalid: number;
}

/** The words of participant tables and report sections in one language. */
export interface ParticipantWords {
  readonly heading: string;
  readonly shared: string;
  readonly list: string;
  readonly none: string;
  readonly summary: (s: ParticipantCounts) => string;
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
