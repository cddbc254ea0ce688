import type { Severity } from '../severity.js';

/** Codes of the intended levels of strategy goals (the stryktips) and their default severities. */
export const intendedCodes = {
  INTENDED_LEVEL_NOT_REACHED: 'warning',
} as const satisfies Record<string, Severity>;

type LevelName = 'resurser' | 'aktiviteter' | 'prestationer' | 'utfall' | 'kortsiktiga' | 'langsiktiga';

/** The details each code's finding carries. */
export interface IntendedDetails {
  readonly INTENDED_LEVEL_NOT_REACHED: {
    readonly goal: string;
    readonly intended: readonly LevelName[];
    readonly reached: readonly LevelName[];
    readonly plans: number;
  };
}
