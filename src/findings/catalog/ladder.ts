import type { Severity } from '../finding.js';

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
