import type { Severity } from '../finding.js';

/** Codes of findings about indicator values: their units and their place in time. */
export const valuesCodes = {
  MEASUREMENT_UNIT_MISMATCH: 'error',
} as const satisfies Record<string, Severity>;
