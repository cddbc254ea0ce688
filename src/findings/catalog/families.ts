import type { Severity } from '../severity.js';

/** Codes of plan families (a ramprojekt and its delprojekt) and their default severities. */
export const familiesCodes = {
  FAMILY_UNKNOWN_PARENT: 'warning',
  FAMILY_CYCLE: 'error',
  FAMILY_CHILD_PERIOD_OUTSIDE: 'warning',
  FAMILY_CHILD_GOAL_NOT_SERVED: 'warning',
  FAMILY_ROLLUP_MISMATCH: 'warning',
  FAMILY_ROLLUP_WITHOUT_CHILDREN: 'warning',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries. */
export interface FamiliesDetails {
  readonly FAMILY_UNKNOWN_PARENT: {
    readonly plan: string;
    readonly parent: string;
    readonly suggestion?: string;
  };
  readonly FAMILY_CYCLE: { readonly plan: string; readonly cycle: readonly string[] };
  readonly FAMILY_CHILD_PERIOD_OUTSIDE: {
    readonly plan: string;
    readonly parent: string;
    readonly from: string | number;
    readonly to: string | number;
    readonly parentFrom: string | number;
    readonly parentTo: string | number;
  };
  readonly FAMILY_CHILD_GOAL_NOT_SERVED: {
    readonly plan: string;
    readonly parent: string;
    readonly box: string;
    readonly goal: string;
    readonly parentGoals: readonly string[];
  };
  readonly FAMILY_ROLLUP_MISMATCH: {
    readonly plan: string;
    readonly indicator: string;
    readonly child: string;
    readonly what: 'kind' | 'unit';
    readonly expected: string;
    readonly found: string;
  };
  readonly FAMILY_ROLLUP_WITHOUT_CHILDREN: {
    readonly plan: string;
    readonly indicator: string;
    readonly children: number;
  };
}
