import { z } from 'zod';
import { Split } from './disaggregation.js';
import { Id, Text } from './ids.js';
import { Participant } from './participants.js';
import type { DeepReadonly } from './readonly.js';
import { Period, Year } from './time.js';

/**
 * What an indicator measures. Only `count` and `sek` may be summed across plans;
 * `percent`, `index` and `text` never are.
 */
export const IndicatorKind = z.enum(['count', 'sek', 'percent', 'index', 'text']);
/** What an indicator measures. */
export type IndicatorKind = DeepReadonly<z.infer<typeof IndicatorKind>>;

/** A value of an indicator: a number, or text for `text` indicators. */
export const IndicatorValue = z.union([z.number(), z.string()]);
/** A value of an indicator. */
export type IndicatorValue = DeepReadonly<z.infer<typeof IndicatorValue>>;

/** Where the indicator starts: its value in a given year. */
export const Baseline = z.looseObject({
  value: IndicatorValue,
  year: Year,
  /** The value split by kön, ålder, kommun or a dimension the region declares (see docs/format.md). */
  splits: z.array(Split).optional(),
});
/** Where the indicator starts. */
export type Baseline = DeepReadonly<z.infer<typeof Baseline>>;

/** A target: the value the indicator should reach by a year. */
export const Target = z.looseObject({
  value: IndicatorValue,
  year: Year,
  note: Text.optional(),
  /** The target split by dimensions, as a baseline's. */
  splits: z.array(Split).optional(),
});
/** A target value by a year. */
export type Target = DeepReadonly<z.infer<typeof Target>>;

/** A measured value for a follow-up period. */
export const Measurement = z.looseObject({
  period: Period,
  value: IndicatorValue,
  note: Text.optional(),
  /**
   * The unit this value is given in, when it is not the indicator's own ("mnkr"
   * against an indicator in kr): converted by the table in docs/followup.md.
   */
  unit: Text.optional(),
  /**
   * For a `percent` or `index` value: what it is a share of, as counts (as Akvo RSR
   * does): `value` = 100 × numerator / denominator for a percent, numerator /
   * denominator for an index. With them, a portfolio synthesis gives the weighted ratio.
   */
  numerator: z.number().min(0).optional(),
  denominator: z.number().positive().optional(),
  /** The measured value split by dimensions, as a baseline's. */
  splits: z.array(Split).optional(),
});
/** A measured value for a follow-up period. */
export type Measurement = DeepReadonly<z.infer<typeof Measurement>>;

/** An indicator: what is followed up on a box or a strategy goal. */
export const Indicator = z.looseObject({
  id: Id,
  name: Text,
  kind: IndicatorKind,
  /** Free unit text shown to users ("företag", "kr", "%", "besöksnätter"). */
  unit: Text.optional(),
  description: Text.optional(),
  baseline: Baseline.optional(),
  targets: z.array(Target).optional(),
  measurements: z.array(Measurement).optional(),
  /** Where the data comes from (SCB, own survey, NYPS …). */
  source: Text.optional(),
  /**
   * The class of that source: `egen-data`, `officiell-statistik`, `register`,
   * `enkat`, or a class the region declares in `dataClasses` (see docs/followup.md).
   */
  dataClass: Id.optional(),
  /** The strategy indicator this one rolls up into in a portfolio synthesis. */
  rollsUpTo: Id.optional(),
  /**
   * On a ramprojekt's indicator: its values are those of its delprojekt's indicators
   * with the same id, summed (see docs/format.md, plan families).
   */
  fromChildren: z.boolean().optional(),
  /** Set by a template for its mandatory indicators. */
  mandatory: z.boolean().optional(),
  /** The firms and organisations counted by this indicator (see docs/followup.md). */
  participants: z.array(Participant).optional(),
});
/** An indicator: what is followed up on a box or a strategy goal. */
export type Indicator = DeepReadonly<z.infer<typeof Indicator>>;
