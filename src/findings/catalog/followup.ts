import type { Level } from '../../model/levels.js';
import type { Severity } from '../severity.js';

/** Codes of findings from the follow-up module (status, synthesis, coverage) and their default severities. */
export const followupCodes = {
  // Roll-up mappings from plan indicators to strategy indicators
  ROLLUP_UNKNOWN_TARGET: 'error',
  ROLLUP_KIND_MISMATCH: 'error',
  ROLLUP_UNIT_MISMATCH: 'error',
  ROLLUP_GOAL_NOT_LINKED: 'warning',
  // Portfolio synthesis
  SYNTHESIS_KIND_MISMATCH: 'error',
  SYNTHESIS_UNIT_MISMATCH: 'error',
  SYNTHESIS_NOT_SUMMABLE: 'info',
  // Coverage (stryktips)
  GOAL_AT_EARLY_LEVEL: 'info',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries (see docs: the typed map). */
export interface FollowupDetails {
  readonly ROLLUP_UNKNOWN_TARGET: {
    readonly indicator: string;
    readonly rollsUpTo: string;
    readonly suggestion?: string;
  };
  readonly ROLLUP_KIND_MISMATCH: {
    readonly indicator: string;
    readonly kind: 'text' | 'count' | 'sek' | 'percent' | 'index';
    readonly rollsUpTo: string;
    readonly targetKind: 'text' | 'count' | 'sek' | 'percent' | 'index';
  };
  readonly ROLLUP_UNIT_MISMATCH: {
    readonly indicator: string;
    readonly rollsUpTo: string;
    readonly targetUnit: string | null;
    readonly unit: string | null;
  };
  readonly ROLLUP_GOAL_NOT_LINKED: {
    readonly goal: string;
    readonly indicator: string;
    readonly rollsUpTo: string;
  };
  readonly SYNTHESIS_KIND_MISMATCH: {
    readonly indicator: string;
    readonly kinds: readonly ('text' | 'count' | 'sek' | 'percent' | 'index')[];
    readonly plans: readonly string[];
  };
  readonly SYNTHESIS_UNIT_MISMATCH: {
    readonly indicator: string;
    readonly plans: readonly string[];
    readonly units: readonly string[];
  };
  readonly SYNTHESIS_NOT_SUMMABLE: {
    readonly indicator: string;
    readonly kind: 'text' | 'count' | 'sek' | 'percent' | 'index';
  };
  readonly GOAL_AT_EARLY_LEVEL: {
    readonly goal: string;
    readonly levels: readonly Level[];
    readonly plans: number;
  };
}
