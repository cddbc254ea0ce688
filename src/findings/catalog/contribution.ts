import type { Severity } from '../severity.js';

/** Codes of findings about data classes and what a plan may claim, and their default severities. */
export const contributionCodes = {
  CONTRIBUTION_EFFECT_OWN_DATA: 'info',
  DATA_CLASS_UNKNOWN: 'error',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries. */
export interface ContributionDetails {
  readonly CONTRIBUTION_EFFECT_OWN_DATA: {
    readonly plan: string;
    /** The indicators on the plan's samhällseffekt boxes, all of them of the class `egen-data`. */
    readonly indicators: readonly string[];
  };
  readonly DATA_CLASS_UNKNOWN: {
    readonly indicator: string;
    readonly dataClass: string;
    readonly plan?: string;
    readonly goal?: string;
    readonly suggestion?: string;
    /** Every class the document knows: the library's four and the region's own. */
    readonly known: readonly string[];
  };
}
