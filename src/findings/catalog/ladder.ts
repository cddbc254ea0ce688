import type { Severity } from '../severity.js';

/** Codes of the strategy ladder (tiers below the RUS) and their default severities. */
export const ladderCodes = {
  LADDER_UNKNOWN_TIER: 'error',
  LADDER_GOAL_SERVES_ITSELF: 'error',
  LADDER_SERVES_UNKNOWN_GOAL: 'error',
  LADDER_SERVES_OWN_TIER_OR_BELOW: 'error',
  LADDER_RUNG_SKIPPED: 'warning',
  LADDER_GOAL_SERVES_NOTHING: 'warning',
  LADDER_GOAL_LINK_SKIPS_TIER: 'warning',
  LADDER_GOAL_NOT_BROKEN_DOWN: 'warning',
  BACKCAST_UNKNOWN_GOAL: 'error',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries (see docs: the typed map). */
export interface LadderDetails {
  readonly LADDER_UNKNOWN_TIER: {
    readonly suggestion?: string;
    readonly tier: string;
    readonly understrategi: string;
  };
  readonly LADDER_GOAL_SERVES_ITSELF: {
    readonly goal: string;
  };
  readonly LADDER_SERVES_UNKNOWN_GOAL: {
    readonly goal: string;
    readonly serves: string;
    readonly suggestion?: string;
  };
  readonly LADDER_SERVES_OWN_TIER_OR_BELOW: {
    readonly goal: string;
    readonly serves: string;
    readonly servesTier: string;
    readonly tier: string;
  };
  readonly LADDER_RUNG_SKIPPED: {
    readonly goal: string;
    readonly serves: string;
    readonly servesTier: string;
    readonly skipped: readonly string[];
    readonly tier: string;
  };
  readonly LADDER_GOAL_SERVES_NOTHING: {
    readonly above: string;
    readonly goal: string;
    readonly tier: string;
    readonly understrategi: string;
  };
  readonly LADDER_GOAL_LINK_SKIPS_TIER: {
    readonly box: string;
    readonly goal: string;
    readonly skipped: readonly string[];
    readonly tier: string;
  };
  readonly LADDER_GOAL_NOT_BROKEN_DOWN: {
    readonly below: string;
    readonly goal: string;
    readonly tier: string;
  };
  readonly BACKCAST_UNKNOWN_GOAL: {
    readonly goal: string;
    readonly suggestion?: string;
  };
}
