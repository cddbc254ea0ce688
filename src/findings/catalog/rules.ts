import type { Level } from '../../model/levels.js';
import type { Severity } from '../severity.js';

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

/** The details each code's finding carries (see docs: the typed map). */
export interface RuleDetails {
  readonly DUPLICATE_ID: {
    readonly id: string;
    readonly kind: 'box' | 'plan' | 'goal' | 'indicator' | 'understrategi' | 'template';
  };
  readonly LINK_UNKNOWN_BOX: {
    readonly from: string;
    readonly fromText?: string;
    readonly missing: string;
    readonly suggestion?: string;
    readonly to: string;
    readonly toText?: string;
  };
  readonly DUPLICATE_LINK: {
    readonly from: string;
    readonly fromText?: string;
    readonly to: string;
    readonly toText?: string;
  };
  readonly LINK_BACKWARDS: {
    readonly from: string;
    readonly fromLevel: Level;
    readonly fromText?: string;
    readonly to: string;
    readonly toLevel: Level;
    readonly toText?: string;
  };
  readonly LINK_SAME_LEVEL: {
    readonly from: string;
    readonly fromText?: string;
    readonly level: Level;
    readonly to: string;
    readonly toText?: string;
  };
  readonly LINK_SKIPS_LEVEL: {
    readonly from: string;
    readonly fromLevel: Level;
    readonly fromText?: string;
    readonly skipped: readonly Level[];
    readonly to: string;
    readonly toLevel: Level;
    readonly toText?: string;
  };
  readonly CYCLE: {
    readonly boxes: readonly string[];
  };
  readonly ACTIVITY_WITHOUT_EFFECT: {
    readonly box: string;
    readonly boxText?: string;
  };
  readonly EFFECT_NOT_REACHED: {
    readonly box: string;
    readonly boxText?: string;
    readonly level: Level;
  };
  readonly RESOURCE_UNUSED: {
    readonly box: string;
    readonly boxText?: string;
  };
  readonly ISOLATED_BOX: {
    readonly box: string;
    readonly boxText?: string;
  };
  readonly LEVEL_MISSING: {
    readonly level: Level;
  };
  readonly PLACEHOLDER_LEFT: {
    readonly box: string;
    readonly boxText?: string;
  };
  readonly OUTPUT_WITHOUT_INDICATOR: {
    readonly box: string;
    readonly boxText?: string;
  };
  readonly INDICATOR_WITHOUT_BASELINE: {
    readonly indicator: string;
  };
  readonly INDICATOR_WITHOUT_TARGET: {
    readonly indicator: string;
  };
  readonly TARGET_OUTSIDE_PERIOD: {
    readonly from: number;
    readonly indicator: string;
    readonly to: number;
    readonly year: number;
  };
  readonly PERCENT_OVER_100: {
    readonly field: string;
    readonly indicator: string;
    readonly value: number;
  };
  readonly TARGET_REPEATED: {
    readonly first: number;
    readonly index: number;
    readonly indicator: string;
    readonly year: number;
  };
  readonly MEASUREMENT_REPEATED: {
    readonly first: number;
    readonly index: number;
    readonly indicator: string;
    readonly period: string | number;
  };
  readonly VALUE_KIND_MISMATCH: {
    readonly field: string;
    readonly found: string;
    readonly indicator: string;
    readonly kind: 'text' | 'count' | 'sek' | 'percent' | 'index';
    readonly value: string | number;
  };
  readonly SPAN_REVERSED: {
    readonly from: string | number;
    readonly to: string | number;
  };
  readonly STRATEGY_MISSING: Record<string, never>;
  readonly GOAL_LINK_UNKNOWN_BOX: {
    readonly box: string;
    readonly boxText?: string;
    readonly goal: string;
  };
  readonly GOAL_LINK_UNKNOWN_GOAL: {
    readonly box: string;
    readonly boxText?: string;
    readonly goal: string;
    readonly suggestion?: string;
  };
  readonly GOAL_LINK_FROM_EARLY_LEVEL: {
    readonly box: string;
    readonly boxText?: string;
    readonly goal: string;
    readonly level: Level;
  };
  readonly PLAN_WITHOUT_GOAL_LINKS: {
    readonly plan: string;
  };
  readonly PLAN_STOPS_AT_UNDERSTRATEGI: {
    readonly goals: readonly string[];
    readonly plan: string;
  };
  readonly PLAN_SKIPS_UNDERSTRATEGI: {
    readonly goals: readonly string[];
    readonly plan: string;
  };
  readonly GOAL_LINK_SKIPS_UNDERSTRATEGI: {
    readonly box: string;
    readonly boxText?: string;
    readonly goal: string;
  };
  readonly SERVES_UNKNOWN_GOAL: {
    readonly goal: string;
    readonly reason: string;
    readonly serves: string;
  };
  readonly UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL: {
    readonly goal: string;
    readonly understrategi: string;
  };
  readonly RUS_GOAL_WITHOUT_UNDERSTRATEGI: {
    readonly goal: string;
  };
  readonly GOAL_WITHOUT_PLAN: {
    readonly goal: string;
  };
  readonly HORIZON_NOT_NESTED: {
    readonly inner: string;
    readonly innerFrom: string | number;
    readonly innerTo: string | number;
    readonly outer: string;
    readonly outerFrom: string | number;
    readonly outerTo: string | number;
  };
  readonly CLASSIFICATION_UNKNOWN_VALUE: {
    readonly expected: readonly string[];
    readonly field: 'prioritering' | 'fokusomrade' | 'projekttyp' | 'bransch' | 'syfte';
    readonly suggestion?: string;
    readonly value: string;
    readonly vocabulary: string;
  };
  readonly VOCABULARY_UNKNOWN: {
    readonly vocabulary: string;
  };
  readonly RULE_FAILED: {
    readonly reason: string;
    readonly rule: string;
  };
}
