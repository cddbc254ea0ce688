import type { Severity } from '../severity.js';

/** Codes of findings about values split by kön, ålder, kommun or a region's own dimensions, and their default severities. */
export const disaggregationCodes = {
  DISAGGREGATION_PARTS_EXCEED_TOTAL: 'error',
  DISAGGREGATION_SUM_MISMATCH: 'warning',
  DISAGGREGATION_DIMENSION_UNKNOWN: 'error',
  DISAGGREGATION_GROUP_UNKNOWN: 'error',
} as const satisfies Record<string, Severity>;

/** Where a split sits and what it splits: shared by every disaggregation finding. */
interface SplitAt {
  readonly indicator: string;
  readonly plan?: string;
  readonly goal?: string;
  /** The value split: `baseline`, `targets[0]`, `measurements[2]`. */
  readonly field: string;
  readonly dimension: string;
}

/** A split's parts next to the total they split. */
interface SplitSum extends SplitAt {
  readonly total: number;
  readonly sum: number;
  /** How far the sum may be from the total for rounding (0 for counts, see docs/format.md). */
  readonly tolerance: number;
}

/** The details each code's finding carries. */
export interface DisaggregationDetails {
  readonly DISAGGREGATION_PARTS_EXCEED_TOTAL: SplitSum;
  readonly DISAGGREGATION_SUM_MISMATCH: SplitSum & {
    /** Why the split counts as complete: it says `complete: true`, or it gives every group of the dimension. */
    readonly completeBy: 'stated' | 'values';
  };
  readonly DISAGGREGATION_DIMENSION_UNKNOWN: SplitAt & {
    readonly suggestion?: string;
    /** Every dimension the document knows: kon, alder, kommun and the region's own. */
    readonly known: readonly string[];
  };
  readonly DISAGGREGATION_GROUP_UNKNOWN: SplitAt & {
    readonly group: string;
    readonly suggestion?: string;
    /** The dimension's groups, when it has a closed list (not for ålder bands). */
    readonly allowed?: readonly string[];
  };
}
