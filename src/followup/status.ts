import type { NoDataReason, StatusKind } from '../locales/followup-words.js';
import type { Document } from '../model/document.js';
import type { Indicator, IndicatorValue, Target } from '../model/indicator.js';
import type { Level } from '../model/levels.js';
import { periodEnd } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import type { Period } from '../model/time.js';
import { valueInIndicatorUnit } from '../model/units.js';
import { withParticipantCounts } from '../participants/derive.js';

/** Which way is better: `up` when the target lies above the baseline, `down` when below. */
export type Direction = 'up' | 'down';

/** Options of the status functions. */
export interface StatusOptions {
  /**
   * The follow-up date: every status is judged at it. Measurements after it are
   * ignored, a target whose year has come by then is due, and the path from the
   * baseline to the target is read at this date, not at the last measurement.
   * Without it, `indicatorStatus` judges at the indicator's latest measurement and
   * `documentStatus` at the latest measured period of the whole document.
   */
  readonly asOf?: Period;
}

/** The status of one measured value. */
export interface PeriodStatus {
  readonly period: Period;
  readonly value: IndicatorValue;
  readonly status: StatusKind;
  /** The value on the straight path from baseline (or the previous target) to the target, at this period. */
  readonly expected?: number;
  /** The target the period is judged against: the first one not yet past, or the last. */
  readonly target?: Target;
  /** True when the period is at or after the target's year: the target is due. */
  readonly due?: boolean;
}

/** The follow-up status of one indicator: per period, and overall (judged at the follow-up date). */
export interface IndicatorStatus {
  readonly indicator: Indicator;
  /** The status at the follow-up date (`asOf`), from the latest value measured by then. */
  readonly status: StatusKind;
  /** Why the status is `no-data`. */
  readonly reason?: NoDataReason;
  readonly direction?: Direction;
  /** Where the status is judged, on the scale of `periodEnd`: the follow-up date, or without one the latest measurement. */
  readonly at?: number;
  /** The value on the straight path at the follow-up date (the target itself once it is due). */
  readonly expected?: number;
  /** The target the status is judged against: a due target the last value falls short of, else the first target not yet due, else the last. */
  readonly target?: Target;
  /** True when the target's year has come by the follow-up date. */
  readonly due?: boolean;
  /**
   * Set when the status is `missed` because a target fell due after the latest
   * measurement and that value falls short of it: no value has been measured for
   * the target's year or later. The target is in `target`.
   */
  readonly unmeasured?: true;
  /** One entry per measurement, in time order (measurements of the same period keep their order). */
  readonly periods: readonly PeriodStatus[];
  readonly latest?: PeriodStatus;
}

interface Anchor {
  readonly at: number;
  readonly value: number;
  readonly target?: Target;
}

type Path =
  | { readonly direction: Direction; readonly anchors: readonly Anchor[] }
  | { readonly reason: NoDataReason };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// A baseline and targets are values "for a year", so they sit at the end of that year.
function pathOf(indicator: Indicator): Path {
  if (indicator.kind === 'text') return { reason: 'not-numeric' };
  const { baseline } = indicator;
  if (!baseline) return { reason: 'no-baseline' };
  if (!finite(baseline.value)) return { reason: 'not-numeric' };
  const targets = (indicator.targets ?? []).filter((t) => finite(t.value)).sort((a, b) => a.year - b.year);
  if (targets.length === 0) return { reason: (indicator.targets ?? []).length ? 'not-numeric' : 'no-target' };
  const anchors: Anchor[] = [{ at: baseline.year, value: baseline.value }];
  for (const t of targets) anchors.push({ at: t.year, value: t.value as number, target: t });
  const last = anchors[anchors.length - 1]!;
  return { direction: last.value < baseline.value ? 'down' : 'up', anchors };
}

const TOLERANCE = 1e-9;

// "At least as good as": ties (up to rounding) count in the indicator's favour.
function atLeast(direction: Direction, value: number, mark: number): boolean {
  const slack = TOLERANCE * Math.max(1, Math.abs(value), Math.abs(mark));
  return direction === 'up' ? value >= mark - slack : value <= mark + slack;
}

function judge(direction: Direction, anchors: readonly Anchor[], at: number, value: number) {
  // The first target whose year is not over yet; past all of them, the last one.
  let i = 1;
  while (i < anchors.length - 1 && anchors[i]!.at < at) i++;
  const goal = anchors[i]!;
  const from = anchors[i - 1]!;
  const due = at >= goal.at;
  const expected =
    due || goal.at <= from.at
      ? goal.value
      : from.value + ((goal.value - from.value) * (at - from.at)) / (goal.at - from.at);
  let status: StatusKind;
  if (atLeast(direction, value, goal.value)) status = 'reached';
  else if (due) status = 'missed';
  else status = atLeast(direction, value, expected) ? 'on-track' : 'behind';
  return { status, expected, target: goal.target!, due };
}

/**
 * The follow-up status of an indicator, judged at the follow-up date `asOf`
 * (default: its latest measurement). Each measured value is judged at its own
 * period; the overall status takes the latest value measured by `asOf` and judges
 * it at `asOf`:
 *
 * - `missed` when a target fell due after that value was measured (no value for
 *   the target's year or later) and the value falls short of it (`unmeasured`), or
 *   when the last target is due and not met;
 * - `reached` when the value meets the target it is judged against;
 * - `on-track` when it is on or beyond the straight path from the baseline (or the
 *   previous target) to the next target, read at `asOf`; `behind` otherwise;
 * - `not-started` for nothing measured since the baseline while `asOf` is not past
 *   the baseline year; `no-data` when there is no number to judge.
 *
 * A target below the baseline means lower is better. Moving `asOf` forward never
 * turns `missed` into anything better without a new measurement.
 */
export function indicatorStatus(indicator: Indicator, options: StatusOptions = {}): IndicatorStatus {
  const asOf = options.asOf === undefined ? undefined : periodEnd(options.asOf);
  const dated: { at: number; period: Period; value: IndicatorValue }[] = [];
  for (const m of indicator.measurements ?? []) {
    const at = periodEnd(m.period);
    if (at === undefined || (asOf !== undefined && at > asOf)) continue;
    // In the indicator's unit; a unit that does not convert leaves the value out (MEASUREMENT_UNIT_MISMATCH).
    const value = valueInIndicatorUnit(indicator, m);
    if (value === undefined) continue;
    dated.push({ at, period: m.period, value });
  }
  dated.sort((a, b) => a.at - b.at);
  const path = pathOf(indicator);
  const when = asOf !== undefined ? { at: asOf } : {};
  if ('reason' in path) {
    const periods = dated.map((d) => ({ period: d.period, value: d.value, status: 'no-data' as const }));
    return withLatest({ indicator, status: 'no-data', reason: path.reason, ...when, periods });
  }
  const { direction, anchors } = path;
  const start = anchors[0]!.at;
  const periods: PeriodStatus[] = dated.map((d) => {
    if (!finite(d.value)) return { period: d.period, value: d.value, status: 'no-data' };
    if (d.at < start) return { period: d.period, value: d.value, status: 'not-started' };
    return { period: d.period, value: d.value, ...judge(direction, anchors, d.at, d.value) };
  });
  const last = dated[dated.length - 1];
  const at = asOf ?? last?.at;
  const base = { indicator, direction, periods, ...(at !== undefined ? { at } : {}) };
  if (!last || last.at < start) {
    // Nothing measured since the baseline.
    if (at !== undefined && at <= start) return withLatest({ ...base, status: 'not-started' });
    return withLatest({ ...base, status: 'no-data', reason: 'no-measurements' });
  }
  if (!finite(last.value)) return withLatest({ ...base, status: 'no-data', reason: 'not-numeric' });
  const value = last.value;
  const judged = { ...base, latest: periods[periods.length - 1]! };
  // A target due by the follow-up date, not earlier than the last value, that the last value falls
  // short of: as far as the data shows it was never met, whatever later targets say.
  for (let i = 1; i < anchors.length; i++) {
    const t = anchors[i]!;
    if (t.at >= last.at && t.at <= at! && !atLeast(direction, value, t.value)) {
      const missed = {
        ...judged,
        status: 'missed' as const,
        expected: t.value,
        target: t.target!,
        due: true,
      };
      return t.at > last.at ? { ...missed, unmeasured: true } : missed;
    }
  }
  return { ...judged, ...judge(direction, anchors, at!, value) };
}

function withLatest(s: IndicatorStatus): IndicatorStatus {
  const latest = s.periods[s.periods.length - 1];
  return latest ? { ...s, latest } : s;
}

/** The statuses as counts, one per status kind. */
export type StatusCounts = Readonly<Record<StatusKind, number>>;

/** An indicator's status with the box it sits on. */
export interface BoxIndicatorStatus extends IndicatorStatus {
  readonly box: string;
  readonly level: Level;
}

/** The follow-up of one plan: each indicator's status and a summary. */
export interface PlanStatus {
  readonly plan: Plan;
  readonly indicators: readonly BoxIndicatorStatus[];
  readonly counts: StatusCounts;
}

/** A strategy goal indicator's status. */
export interface GoalIndicatorStatus extends IndicatorStatus {
  readonly goal: string;
  readonly goalKind: 'rus' | 'understrategi';
}

/** The follow-up of a document: every plan, and the strategy goals' indicators. */
export interface DocumentStatus {
  /**
   * The follow-up date every status is judged at: the one given, or without one
   * the latest measured period in the document (`asOfSource` says which); absent
   * when none was given and nothing is measured.
   */
  readonly asOf?: Period;
  readonly asOfSource: 'given' | 'latest-measurement';
  readonly plans: readonly PlanStatus[];
  readonly goals: readonly GoalIndicatorStatus[];
  /** Counts over the plans' indicators (the strategy goals' indicators are not counted). */
  readonly counts: StatusCounts;
}

/** Zero counts of every status. */
export function emptyCounts(): Record<StatusKind, number> {
  return { reached: 0, 'on-track': 0, behind: 0, missed: 0, 'no-data': 0, 'not-started': 0 };
}

/** The status of every indicator on a plan's boxes, with counts per status. */
export function planStatus(plan: Plan, options: StatusOptions = {}): PlanStatus {
  const indicators: BoxIndicatorStatus[] = [];
  const counts = emptyCounts();
  for (const box of plan.boxes) {
    for (const indicator of box.indicators ?? []) {
      const s = indicatorStatus(indicator, options);
      counts[s.status]++;
      indicators.push({ ...s, box: box.id, level: box.level });
    }
  }
  return { plan, indicators, counts };
}

/**
 * The status of every plan's indicators and of the strategy goals' indicators. A
 * count indicator with a participant list is measured by the list (`withParticipantCounts`).
 */
export function documentStatus(input: Document, options: StatusOptions = {}): DocumentStatus {
  const asOf = options.asOf ?? latestPeriod(input);
  const asOfSource = options.asOf === undefined ? ('latest-measurement' as const) : ('given' as const);
  if (asOf !== undefined) options = { ...options, asOf };
  const document = withParticipantCounts(input, asOf);
  const counts = emptyCounts();
  const plans = (document.plans ?? []).map((plan) => {
    const s = planStatus(plan, options);
    for (const k of Object.keys(counts) as StatusKind[]) counts[k] += s.counts[k];
    return s;
  });
  const goals: GoalIndicatorStatus[] = [];
  const addGoals = (
    list: readonly { readonly id: string; readonly indicators?: readonly Indicator[] | undefined }[],
    goalKind: 'rus' | 'understrategi',
  ) => {
    for (const goal of list) {
      for (const indicator of goal.indicators ?? [])
        goals.push({ ...indicatorStatus(indicator, options), goal: goal.id, goalKind });
    }
  };
  addGoals(document.strategy?.rus?.goals ?? [], 'rus');
  for (const u of document.strategy?.understrategier ?? []) addGoals(u.goals, 'understrategi');
  return { ...(asOf !== undefined ? { asOf } : {}), asOfSource, plans, goals, counts };
}

function eachIndicator(document: Document, visit: (indicator: Indicator) => void): void {
  for (const plan of document.plans ?? [])
    for (const box of plan.boxes) for (const i of box.indicators ?? []) visit(i);
  for (const goal of document.strategy?.rus?.goals ?? []) for (const i of goal.indicators ?? []) visit(i);
  for (const u of document.strategy?.understrategier ?? [])
    for (const goal of u.goals) for (const i of goal.indicators ?? []) visit(i);
}

/** The latest measured period of any indicator in the document (plans and strategy goals), if any. */
export function latestPeriod(document: Document): Period | undefined {
  let best: { at: number; period: Period } | undefined;
  eachIndicator(document, (indicator) => {
    for (const m of indicator.measurements ?? []) {
      const at = periodEnd(m.period);
      if (at !== undefined && (!best || at > best.at)) best = { at, period: m.period };
    }
  });
  return best?.period;
}
