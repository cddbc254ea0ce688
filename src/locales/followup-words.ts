import type { IndicatorKind } from '../model/indicator.js';

/** The follow-up statuses of an indicator (see `docs/followup.md`). */
export type StatusKind = 'reached' | 'on-track' | 'behind' | 'missed' | 'no-data' | 'not-started';

/** Why an indicator has no status to show. */
export type NoDataReason = 'no-baseline' | 'no-target' | 'no-measurements' | 'not-numeric';

/** The ways a portfolio synthesis groups plans. */
export type SynthesisDimension =
  | 'total'
  | 'region'
  | 'template'
  | 'track'
  | 'understrategiGoal'
  | 'rusGoal'
  | 'family'
  | 'year';

/** The words of follow-up tables and reports in one language (column heads, status names, headings). */
export interface FollowupWords {
  readonly status: Readonly<Record<StatusKind, string>>;
  readonly reason: Readonly<Record<NoDataReason, string>>;
  readonly direction: { readonly up: string; readonly down: string };
  readonly dimension: Readonly<Record<SynthesisDimension, string>>;
  readonly kind: Readonly<Record<IndicatorKind, string>>;
  readonly goalKind: { readonly rus: string; readonly understrategi: string };
  readonly column: {
    readonly plan: string;
    readonly box: string;
    readonly level: string;
    readonly goal: string;
    readonly indicator: string;
    readonly name: string;
    readonly kind: string;
    readonly unit: string;
    readonly direction: string;
    readonly period: string;
    readonly value: string;
    readonly expected: string;
    readonly target: string;
    readonly targetYear: string;
    readonly status: string;
    readonly dimension: string;
    readonly group: string;
    readonly plans: string;
    readonly indicators: string;
    readonly measuredIndicators: string;
    readonly baseline: string;
    readonly measured: string;
    readonly aggregate: string;
    readonly note: string;
    readonly region: string;
    readonly goalKind: string;
    readonly strategyTarget: string;
    readonly contributedTarget: string;
    readonly contributedMeasured: string;
    readonly indirect: string;
    readonly total: string;
    readonly intended: string;
    /** After the number of plans that reach a goal from a level only through goals that serve it. */
    readonly indirectly: string;
  };
  readonly aggregate: {
    readonly sum: string;
    readonly ratio: string;
    readonly range: string;
    readonly count: string;
  };
  readonly note: {
    readonly notSummable: string;
    readonly mixed: string;
    /** The plans of a percent or index row (at most a few named, then how many more). */
    readonly plans: (shown: readonly string[], more: number) => string;
  };
  readonly none: string;
  readonly yes: string;
  /** The note on a `missed` status when nothing is measured for the target's year: the target year and the last period. */
  readonly unmeasured: (targetYear: number, lastPeriod: string) => string;
  /** Values split by dimensions (kön, ålder, kommun …) in reports. */
  readonly splits: {
    /** The heading over a plan's split tables. */
    readonly heading: string;
    /** The column of each group's share of the total (count and sek only). */
    readonly share: string;
    /** The names of the library's own dimensions. */
    readonly dimension: Readonly<Record<string, string>>;
    /** The caption of one table: the indicator, the dimension, the period, and whether the parts make up the whole. */
    readonly caption: (
      name: string,
      id: string,
      dimension: string,
      period: string,
      complete: boolean,
    ) => string;
    /** The heading over the portfolio's split tables (`synthesizeSplits`). */
    readonly synthesisHeading: string;
    /** The line under it: what the numbers are and how they are added up. */
    readonly synthesisNote: string;
    /** The heading of one dimension's table in the portfolio. */
    readonly byDimension: (dimension: string) => string;
    /** The aggregate of a group whose plans' values are only listed, not added. */
    readonly listed: string;
    /** The column of each plan's own value of the group. */
    readonly planValues: string;
  };
  readonly report: {
    readonly title: string;
    /** The line under the title that gives the follow-up date; `latest` when it is the latest measurement, not a given date. */
    readonly asOf: (period: string, latest: boolean) => string;
    /** The same line when no date was given and nothing is measured. */
    readonly noAsOf: string;
    readonly plans: string;
    readonly findings: string;
    readonly noFindings: string;
    readonly indicatorStatus: string;
    readonly noIndicators: string;
    readonly summary: string;
    readonly diagram: string;
    readonly portfolio: string;
    readonly synthesisFindings: string;
    readonly synthesis: string;
    readonly rollups: string;
    readonly coverage: string;
    readonly coverageMatrix: string;
    readonly goalsByLevel: string;
    readonly unservedGoals: string;
    readonly allGoalsServed: string;
    readonly strategyIndicators: string;
    readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  };
}
