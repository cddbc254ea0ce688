import type { Severity } from '../finding.js';

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
