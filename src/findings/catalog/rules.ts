import type { Severity } from '../finding.js';

/** Codes of the validator's built-in rules and their default severities. */
export const ruleCodes = {
  // Identity and references
  DUPLICATE_ID: 'error',
  LINK_UNKNOWN_BOX: 'error',
  DUPLICATE_LINK: 'warning',
  // Chain logic
  LINK_BACKWARDS: 'error',
  LINK_SAME_LEVEL: 'error',
  LINK_SKIPS_LEVEL: 'warning',
  CYCLE: 'error',
  ACTIVITY_WITHOUT_EFFECT: 'warning',
  EFFECT_NOT_REACHED: 'warning',
  RESOURCE_UNUSED: 'warning',
  ISOLATED_BOX: 'warning',
  LEVEL_MISSING: 'warning',
  PLACEHOLDER_LEFT: 'warning',
  // Indicators
  OUTPUT_WITHOUT_INDICATOR: 'warning',
  INDICATOR_WITHOUT_BASELINE: 'warning',
  INDICATOR_WITHOUT_TARGET: 'warning',
  TARGET_OUTSIDE_PERIOD: 'warning',
  PERCENT_OVER_100: 'error',
  TARGET_REPEATED: 'warning',
  MEASUREMENT_REPEATED: 'warning',
  VALUE_KIND_MISMATCH: 'error',
  SPAN_REVERSED: 'error',
  // Links to the strategy
  STRATEGY_MISSING: 'warning',
  GOAL_LINK_UNKNOWN_BOX: 'error',
  GOAL_LINK_UNKNOWN_GOAL: 'error',
  GOAL_LINK_FROM_EARLY_LEVEL: 'warning',
  PLAN_WITHOUT_GOAL_LINKS: 'error',
  PLAN_STOPS_AT_UNDERSTRATEGI: 'error',
  PLAN_SKIPS_UNDERSTRATEGI: 'error',
  GOAL_LINK_SKIPS_UNDERSTRATEGI: 'warning',
  SERVES_UNKNOWN_GOAL: 'error',
  UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL: 'warning',
  RUS_GOAL_WITHOUT_UNDERSTRATEGI: 'warning',
  GOAL_WITHOUT_PLAN: 'info',
  HORIZON_NOT_NESTED: 'warning',
  // Classification
  CLASSIFICATION_UNKNOWN_VALUE: 'warning',
  VOCABULARY_UNKNOWN: 'info',
  // The runner
  RULE_FAILED: 'error',
} as const satisfies Record<string, Severity>;
