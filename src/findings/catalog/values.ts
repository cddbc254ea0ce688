import type { Severity } from '../severity.js';

/** Codes of findings about indicator values: their units and their place in time. */
export const valuesCodes = {
  MEASUREMENT_UNIT_MISMATCH: 'error',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries (see docs: the typed map). */
export interface ValuesDetails {
  readonly MEASUREMENT_UNIT_MISMATCH: {
    readonly field: string;
    readonly indicator: string;
    readonly indicatorUnit: string;
    readonly unit: string;
  };
}
