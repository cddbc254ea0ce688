import type { Severity } from '../severity.js';

/**
 * Codes of findings about an indicator's values in time (measurements and targets
 * against the baseline year and the plan's period with its follow-up window) and
 * about a measured value that disagrees with its own numerator and denominator.
 */
export const timelineCodes = {
  MEASUREMENT_BEFORE_BASELINE: 'warning',
  TARGET_BEFORE_BASELINE: 'error',
  MEASUREMENT_OUTSIDE_FOLLOWUP: 'warning',
  MEASUREMENT_RATIO_MISMATCH: 'warning',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries. */
export interface TimelineDetails {
  readonly MEASUREMENT_BEFORE_BASELINE: {
    readonly indicator: string;
    readonly field: string;
    readonly period: string | number;
    readonly baselineYear: number;
  };
  readonly TARGET_BEFORE_BASELINE: {
    readonly indicator: string;
    readonly field: string;
    readonly year: number;
    readonly baselineYear: number;
  };
  readonly MEASUREMENT_OUTSIDE_FOLLOWUP: {
    readonly indicator: string;
    readonly field: string;
    readonly period: string | number;
    readonly side: 'before' | 'after';
    readonly level: 'resurser' | 'aktiviteter' | 'prestationer' | 'utfall' | 'kortsiktiga' | 'langsiktiga';
    /** The plan's period, in years. */
    readonly from: number;
    readonly to: number;
    /** The first and last year a measurement may be for. */
    readonly firstYear: number;
    readonly lastYear: number;
    /** The follow-up window after the plan's end for the level, in years. */
    readonly window: number;
  };
  readonly MEASUREMENT_RATIO_MISMATCH: {
    readonly indicator: string;
    readonly field: string;
    readonly kind: 'percent' | 'index';
    readonly value: number;
    readonly numerator: number;
    readonly denominator: number;
    /** The value the numerator and denominator give (100 × n / d for a percent, n / d for an index). */
    readonly expected: number;
  };
}
