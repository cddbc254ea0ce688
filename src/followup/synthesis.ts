import { append } from '../collections/append.js';
import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/format.js';
import type { SynthesisDimension } from '../locales/followup-words.js';
import type { Box } from '../model/box.js';
import { type Claim, claimOf } from '../model/contribution.js';
import type { Document } from '../model/document.js';
import type { Indicator, IndicatorKind, Target } from '../model/indicator.js';
import type { Level } from '../model/levels.js';
import { periodEnd } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import type { Template } from '../model/template.js';
import { yearOf } from '../model/time.js';
import { isSummable, unitKey, valueInIndicatorUnit } from '../model/units.js';
import { withParticipantCounts } from '../participants/derive.js';
import { type ParticipantSummary, participantSummary } from '../participants/summary.js';
import { type Families, planFamilies } from '../validate/families.js';
import {
  indexStrategy,
  type PlanGoals,
  planGoals,
  type StrategyIndicator as RollupTarget,
  resolveRollup,
  type StrategyIndex,
} from '../validate/rollup.js';
import { latestPeriod, type StatusOptions } from './status.js';

/** Options of `synthesize`. */
export interface SynthesisOptions extends StatusOptions {
  /** Templates whose `track` names each plan's track (a document's own templates are read too, and win). */
  readonly templates?: readonly Template[];
  /** Only indicators on boxes of these levels (default: every level). */
  readonly levels?: readonly Level[];
}

/**
 * How a row's numbers were formed: a `sum` (counts, kronor); for percent and index a
 * `ratio` (the measured values weighted by their numerators and denominators) or,
 * without those, a `range` (lowest and highest, and the plans) — never a mean;
 * or only counts (`count`: text, mixed).
 */
export type Aggregate = 'sum' | 'ratio' | 'range' | 'count';

/** The lowest and highest of some values. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** For percent and index rows: the spread of the plans' values, and which plans. */
export interface Spread {
  readonly baseline?: Range;
  readonly target?: Range;
  /** Absent in a `ratio` row, whose `measured` is the weighted ratio. */
  readonly measured?: Range;
  /** The plans of the row, in order (a plan counts once). */
  readonly plans: readonly string[];
}

/**
 * One row of a synthesis: one measure (an indicator id shared across plans, or a
 * strategy indicator that plan indicators roll up into) in one group of one dimension.
 */
export interface SynthesisRow {
  readonly dimension: SynthesisDimension;
  /** The group's value (region, template id, track, goal id, year); null for plans without one. */
  readonly group: string | null;
  /** The indicator id, or for roll-ups the strategy indicator's id. */
  readonly measure: string;
  readonly rollup: boolean;
  /**
   * What the row's numbers may be called: `contributed` for a roll-up into a strategy
   * indicator and for samhällseffekter, `reached` for utfall, `delivered` below.
   */
  readonly claim: Claim;
  readonly name: string;
  /** Null when the plans disagree on the kind. */
  readonly kind: IndicatorKind | null;
  /** The unit as first written; empty when none. */
  readonly unit: string;
  readonly level: Level | null;
  readonly aggregate: Aggregate;
  /** True when plans disagree on kind or unit: no numbers are given. */
  readonly mixed: boolean;
  /** Plans that contribute to the row. */
  readonly plans: number;
  readonly indicators: number;
  /** Sum rows only. */
  readonly baseline?: number;
  /** Each indicator's last target (in the year dimension: the targets of that year); sum rows only. */
  readonly target?: number;
  /**
   * Each indicator's latest measured value (in the year dimension: its last of that
   * year): the sum, or in a `ratio` row the weighted ratio.
   */
  readonly measured?: number;
  /** Indicators with a numeric measured value in the row. */
  readonly measuredIndicators: number;
  /** Percent and index rows: ranges instead of a single number, and the plans. */
  readonly spread?: Spread;
}

/** A strategy indicator and what the plan indicators that roll up into it add up to. */
export interface RollupRow {
  readonly region: string | null;
  readonly goal: string;
  readonly goalKind: 'rus' | 'understrategi';
  readonly indicator: Indicator;
  /** Always `contributed`: the plans contribute to the strategy indicator; they do not cause it. */
  readonly claim: 'contributed';
  readonly aggregate: Aggregate;
  readonly plans: number;
  readonly indicators: number;
  /** The strategy indicator's own last target. */
  readonly strategyTarget?: Target;
  /** The plans' last targets, summed (sum rows only). */
  readonly target?: number;
  /** The plans' latest measured values, summed, or their weighted ratio. */
  readonly measured?: number;
  readonly measuredIndicators: number;
  /** Percent and index roll-ups: ranges instead of a single number, and the plans. */
  readonly spread?: Spread;
}

/** A portfolio synthesis: findings first (what was left out and why), then the numbers. */
export interface Synthesis {
  readonly findings: readonly Finding[];
  readonly rows: readonly SynthesisRow[];
  readonly rollups: readonly RollupRow[];
  /** Participating firms counted once each across plans and regions (see docs/followup.md). */
  readonly participants: ParticipantSummary;
}

/** The order of dimensions in a synthesis. */
export const SYNTHESIS_DIMENSIONS: readonly SynthesisDimension[] = [
  'total',
  'region',
  'template',
  'track',
  'understrategiGoal',
  'rusGoal',
  'family',
  'year',
];

interface Tally {
  sum: number;
  n: number;
  min: number;
  max: number;
  /** Sums of numerators and denominators, and how many values had both. */
  num: number;
  den: number;
  weighted: number;
}

interface Acc {
  plans: number;
  lastPlan: number;
  /** The plans' ids, kept for percent and index measures only. */
  planIds: string[] | undefined;
  indicators: number;
  baseline: Tally;
  target: Tally;
  measured: Tally;
}

interface MeasureInfo {
  readonly measure: string;
  readonly rollup: boolean;
  readonly name: string;
  readonly level: Level;
  readonly unit: string;
  readonly kinds: Map<IndicatorKind, string>;
  readonly units: Map<string, string>;
}

interface Weight {
  readonly num: number;
  readonly den: number;
}

interface Values {
  baseline?: number;
  target?: number;
  measured?: number;
  weight?: Weight;
  byYear: Map<
    number,
    { baseline?: number; target?: number; measured?: number; measuredAt?: number; weight?: Weight }
  >;
}

const weightOf = (m: {
  numerator?: number | undefined;
  denominator?: number | undefined;
}): Weight | undefined =>
  finite(m.numerator) && finite(m.denominator) && m.denominator > 0
    ? { num: m.numerator, den: m.denominator }
    : undefined;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// One pass over an indicator's values: baseline, last target, latest measurement, and the same per year.
function valuesOf(indicator: Indicator, asOf: number | undefined): Values {
  const out: Values = { byYear: new Map() };
  const year = (y: number) => {
    let v = out.byYear.get(y);
    if (!v) {
      v = {};
      out.byYear.set(y, v);
    }
    return v;
  };
  const b = indicator.baseline;
  if (b && finite(b.value)) {
    out.baseline = b.value;
    year(b.year).baseline = b.value;
  }
  let lastYear = Number.NEGATIVE_INFINITY;
  for (const t of indicator.targets ?? []) {
    if (!finite(t.value)) continue;
    year(t.year).target = t.value;
    if (t.year >= lastYear) {
      lastYear = t.year;
      out.target = t.value;
    }
  }
  let latest = Number.NEGATIVE_INFINITY;
  for (const m of indicator.measurements ?? []) {
    const at = periodEnd(m.period);
    // In the indicator's unit; a unit that does not convert leaves the value out (MEASUREMENT_UNIT_MISMATCH).
    const value = valueInIndicatorUnit(indicator, m);
    if (!finite(value) || at === undefined || (asOf !== undefined && at > asOf)) continue;
    const y = year(yearOf(m.period));
    const weight = weightOf(m);
    if (y.measuredAt === undefined || at >= y.measuredAt) {
      y.measured = value;
      y.measuredAt = at;
      if (weight) y.weight = weight;
      else delete y.weight;
    }
    if (at >= latest) {
      latest = at;
      out.measured = value;
      if (weight) out.weight = weight;
      else delete out.weight;
    }
  }
  return out;
}

const tally = (): Tally => ({
  sum: 0,
  n: 0,
  min: Number.POSITIVE_INFINITY,
  max: Number.NEGATIVE_INFINITY,
  num: 0,
  den: 0,
  weighted: 0,
});

function add(t: Tally, v: number | undefined, weight?: Weight) {
  if (v === undefined) return;
  t.sum += v;
  t.n++;
  if (v < t.min) t.min = v;
  if (v > t.max) t.max = v;
  if (weight) {
    t.num += weight.num;
    t.den += weight.den;
    t.weighted++;
  }
}

/** A roll-up row before its numbers are formed. */
type RollupHead = Omit<
  RollupRow,
  'claim' | 'aggregate' | 'plans' | 'indicators' | 'target' | 'measured' | 'measuredIndicators'
>;

/** What a synthesis has gathered so far, document by document. */
interface SynthesisState {
  readonly asOf: number | undefined;
  readonly levels: ReadonlySet<Level> | undefined;
  readonly templates: readonly Template[];
  readonly findings: Finding[];
  readonly measures: Map<string, MeasureInfo>;
  readonly accs: Map<SynthesisDimension, Map<string | null, Map<string, Acc>>>;
  readonly rollupAccs: Map<string, { row: RollupHead; acc: Acc }>;
  /** Counts plans across documents, so that an accumulator counts each plan once. */
  serial: number;
}

/** One plan as the synthesis walks it: where it is, and the groups it counts in. */
interface PlanContext {
  readonly doc: Document;
  readonly di: number;
  readonly plan: Plan;
  readonly pi: number;
  readonly region: string | null;
  readonly strategy: StrategyIndex;
  readonly goals: PlanGoals;
  readonly groups: readonly (readonly [SynthesisDimension, readonly (string | null)[]])[];
}

/**
 * Adds up indicators across plans, by region, template, track, understrategi
 * goal, RUS goal and year. Indicators are the same measure when they share an
 * id, or roll up into the same strategy indicator. Counts and kronor are summed;
 * percent and index get the weighted ratio of their measured values when every
 * one carries a numerator and a denominator, and otherwise ranges and the list of
 * plans — never a mean; text only counts; a measure whose plans disagree
 * on kind or unit gets a finding and no numbers, and so does a plan indicator
 * whose roll-up is missing or mismatched. A count indicator with a participant
 * list counts what the list holds (`withParticipantCounts`). Linear in the size of the documents.
 */
export function synthesize(
  documents: Document | readonly Document[],
  options: SynthesisOptions = {},
): Synthesis {
  const given: readonly Document[] = Array.isArray(documents) ? documents : [documents as Document];
  // A count indicator with a participant list is measured by the list, as in `documentStatus`.
  const docs = given.map((d) => withParticipantCounts(d, options.asOf ?? latestPeriod(d)));
  const state: SynthesisState = {
    asOf: options.asOf === undefined ? undefined : periodEnd(options.asOf),
    levels: options.levels ? new Set(options.levels) : undefined,
    templates: options.templates ?? [],
    findings: [],
    measures: new Map(),
    accs: new Map(),
    rollupAccs: new Map(),
    serial: 0,
  };
  for (const d of SYNTHESIS_DIMENSIONS) state.accs.set(d, new Map());
  for (const [di, doc] of docs.entries()) collectDocument(state, doc, di);
  const { findings } = state;
  const mixed = checkMeasures(state.measures.values(), findings);
  const rows = synthesisRows(state, mixed);
  const rollups = rollupRows(state.rollupAccs.values());
  findings.sort(compareFindings);
  return { findings, rows, rollups, participants: participantSummary(given) };
}

function collectDocument(state: SynthesisState, doc: Document, di: number): void {
  const strategy = indexStrategy(doc);
  const tracks = new Map<string, string>();
  for (const t of [...(doc.templates ?? []), ...state.templates]) {
    if (t.track && !tracks.has(t.id)) tracks.set(t.id, t.track);
  }
  const region = doc.region ?? null;
  // Plan families: each member counts in its family's group, named by the head (the ramprojekt).
  const families = hasFamilies(doc) ? planFamilies(doc) : undefined;
  for (const [pi, plan] of (doc.plans ?? []).entries()) {
    state.serial++;
    const goals = planGoals(plan, strategy);
    const head = families && familyHead(families, pi);
    const groups: [SynthesisDimension, readonly (string | null)[]][] = [
      ['total', [null]],
      ['region', [region]],
      ['template', [plan.template ?? null]],
      ['track', [(plan.template && tracks.get(plan.template)) ?? null]],
      ['understrategiGoal', goals.understrategi.length ? goals.understrategi : [null]],
      ['rusGoal', goals.rus.length ? goals.rus : [null]],
    ];
    if (head !== undefined) groups.push(['family', [doc.plans![head]!.id]]);
    const ctx: PlanContext = { doc, di, plan, pi, region, strategy, goals, groups };
    for (const [bi, box] of plan.boxes.entries()) {
      if (state.levels && !state.levels.has(box.level)) continue;
      for (const [ii, indicator] of (box.indicators ?? []).entries()) {
        // A ramprojekt's indicator summed from its delprojekt: they are counted, it is not (twice).
        if (indicator.fromChildren === true) continue;
        collectIndicator(state, ctx, box, bi, indicator, ii);
      }
    }
  }
}

// Counts one plan indicator: under its roll-up target when it has one, in every group of its plan, and per year.
function collectIndicator(
  state: SynthesisState,
  ctx: PlanContext,
  box: Box,
  bi: number,
  indicator: Indicator,
  ii: number,
): void {
  const { plan } = ctx;
  let measure = indicator.id;
  let rollup = false;
  let name = indicator.name;
  const values = valuesOf(indicator, state.asOf);
  // Without the region's strategy file a roll-up cannot be resolved (validate says
  // STRATEGY_MISSING once, as rollupMappings does): the indicator counts under its own id.
  if (indicator.rollsUpTo !== undefined && ctx.doc.strategy !== undefined) {
    const place = { plan, planAt: ctx.pi, box: box.id, boxAt: bi, indicatorAt: ii };
    const r = resolveRollup(indicator, place, ctx.strategy, ctx.goals);
    append(state.findings, r.findings);
    if (!r.ok) return;
    measure = indicator.rollsUpTo;
    rollup = true;
    name = r.target.indicator.name;
    const ra = rollupAccFor(state, `${ctx.di}\u0000${measure}`, ctx.region, r.target);
    count(ra.acc, state.serial, values, plan.id, indicator.kind);
  }
  noteMeasure(state, { measure, rollup, name, level: box.level }, indicator, plan.id);
  for (const [dimension, list] of ctx.groups) {
    for (const group of list)
      count(accFor(state, dimension, group, measure), state.serial, values, plan.id, indicator.kind);
  }
  for (const [year, v] of values.byYear) {
    count(accFor(state, 'year', String(year), measure), state.serial, v, plan.id, indicator.kind);
  }
}

function rollupAccFor(
  state: SynthesisState,
  key: string,
  region: string | null,
  target: RollupTarget,
): { row: RollupHead; acc: Acc } {
  let ra = state.rollupAccs.get(key);
  if (!ra) {
    const strategyTarget = lastTarget(target.indicator);
    ra = {
      row: {
        region,
        goal: target.goal,
        goalKind: target.goalKind,
        indicator: target.indicator,
        ...(strategyTarget ? { strategyTarget } : {}),
      },
      acc: newAcc(),
    };
    state.rollupAccs.set(key, ra);
  }
  return ra;
}

// Records a measure the first time it is seen, and the kinds and units its plans give it.
function noteMeasure(
  state: SynthesisState,
  first: { measure: string; rollup: boolean; name: string; level: Level },
  indicator: Indicator,
  planId: string,
): void {
  let info = state.measures.get(first.measure);
  if (!info) {
    info = { ...first, unit: indicator.unit ?? '', kinds: new Map(), units: new Map() };
    state.measures.set(first.measure, info);
  }
  if (!info.kinds.has(indicator.kind)) info.kinds.set(indicator.kind, planId);
  const unit = unitKey(indicator.unit);
  if (unit && !info.units.has(unit)) info.units.set(unit, planId);
}

function accFor(
  state: SynthesisState,
  dimension: SynthesisDimension,
  group: string | null,
  measure: string,
): Acc {
  const groups = state.accs.get(dimension)!;
  let byMeasure = groups.get(group);
  if (!byMeasure) {
    byMeasure = new Map();
    groups.set(group, byMeasure);
  }
  let acc = byMeasure.get(measure);
  if (!acc) {
    acc = newAcc();
    byMeasure.set(measure, acc);
  }
  return acc;
}

// The findings about measures whose plans disagree or that cannot be summed; returns the mixed ones.
function checkMeasures(measures: Iterable<MeasureInfo>, findings: Finding[]): Set<string> {
  const mixed = new Set<string>();
  for (const info of measures) {
    const plans = (m: Map<string, string>) => [...m.values()];
    if (info.kinds.size > 1) {
      mixed.add(info.measure);
      findings.push(
        createFinding(
          'SYNTHESIS_KIND_MISMATCH',
          { indicator: info.measure },
          { indicator: info.measure, kinds: [...info.kinds.keys()], plans: plans(info.kinds) },
        ),
      );
    } else if (info.units.size > 1) {
      mixed.add(info.measure);
      findings.push(
        createFinding(
          'SYNTHESIS_UNIT_MISMATCH',
          { indicator: info.measure },
          { indicator: info.measure, units: [...info.units.keys()], plans: plans(info.units) },
        ),
      );
    } else {
      const kind = [...info.kinds.keys()][0]!;
      if (!isSummable(kind))
        findings.push(
          createFinding(
            'SYNTHESIS_NOT_SUMMABLE',
            { indicator: info.measure },
            { indicator: info.measure, kind },
          ),
        );
    }
  }
  return mixed;
}

// The rows, dimension by dimension; groups in order (years ascending, the null group last), measures as first seen.
function synthesisRows(state: SynthesisState, mixed: ReadonlySet<string>): SynthesisRow[] {
  const rows: SynthesisRow[] = [];
  for (const dimension of SYNTHESIS_DIMENSIONS) {
    const groups = [...state.accs.get(dimension)!.entries()];
    groups.sort(
      dimension === 'year'
        ? (a, b) => Number(a[0]) - Number(b[0])
        : (a, b) => (a[0] === null ? 1 : 0) - (b[0] === null ? 1 : 0),
    );
    for (const [group, byMeasure] of groups) {
      for (const info of state.measures.values()) {
        const acc = byMeasure.get(info.measure);
        if (acc) rows.push(synthesisRow(dimension, group, info, acc, mixed.has(info.measure)));
      }
    }
  }
  return rows;
}

function synthesisRow(
  dimension: SynthesisDimension,
  group: string | null,
  info: MeasureInfo,
  acc: Acc,
  isMixed: boolean,
): SynthesisRow {
  const kind = isMixed ? null : [...info.kinds.keys()][0]!;
  const aggregate = aggregateOf(kind, acc);
  return {
    dimension,
    group,
    measure: info.measure,
    rollup: info.rollup,
    claim: info.rollup ? 'contributed' : claimOf(info.level),
    name: info.name,
    kind,
    unit: info.unit || ([...info.units.keys()][0] ?? ''),
    level: info.level,
    aggregate,
    mixed: isMixed,
    plans: acc.plans,
    indicators: acc.indicators,
    ...numbers(aggregate, acc, kind),
  };
}

// Roll-up rows carry no baseline: the strategy indicator's own is what counts.
function rollupRows(rollupAccs: Iterable<{ row: RollupHead; acc: Acc }>): RollupRow[] {
  const rollups: RollupRow[] = [];
  for (const { row, acc } of rollupAccs) {
    const aggregate = aggregateOf(row.indicator.kind, acc);
    const { baseline: _b, ...rest } = numbers(aggregate, acc, row.indicator.kind);
    if (rest.spread) {
      const { baseline: _s, ...spread } = rest.spread;
      rest.spread = spread;
    }
    rollups.push({
      ...row,
      claim: 'contributed',
      aggregate,
      plans: acc.plans,
      indicators: acc.indicators,
      ...rest,
    });
  }
  return rollups;
}

function newAcc(): Acc {
  return {
    plans: 0,
    lastPlan: -1,
    planIds: undefined,
    indicators: 0,
    baseline: tally(),
    target: tally(),
    measured: tally(),
  };
}

function count(
  acc: Acc,
  plan: number,
  values: { baseline?: number; target?: number; measured?: number; weight?: Weight },
  planId: string,
  kind: IndicatorKind,
) {
  if (acc.lastPlan !== plan) {
    acc.lastPlan = plan;
    acc.plans++;
    if (kind === 'percent' || kind === 'index') {
      if (acc.planIds) acc.planIds.push(planId);
      else acc.planIds = [planId];
    }
  }
  acc.indicators++;
  add(acc.baseline, values.baseline);
  add(acc.target, values.target);
  add(acc.measured, values.measured, values.weight);
}

function aggregateOf(kind: IndicatorKind | null, acc: Acc): Aggregate {
  if (kind === null || kind === 'text') return 'count';
  if (isSummable(kind)) return 'sum';
  const m = acc.measured;
  return m.n > 0 && m.weighted === m.n && m.den > 0 ? 'ratio' : 'range';
}

const rangeOf = (t: Tally): Range | undefined => (t.n ? { min: t.min, max: t.max } : undefined);

function numbers(aggregate: Aggregate, acc: Acc, kind: IndicatorKind | null) {
  const out: {
    baseline?: number;
    target?: number;
    measured?: number;
    measuredIndicators: number;
    spread?: Spread;
  } = {
    measuredIndicators: acc.measured.n,
  };
  if (aggregate === 'count') return out;
  if (aggregate === 'sum') {
    if (acc.baseline.n) out.baseline = acc.baseline.sum;
    if (acc.target.n) out.target = acc.target.sum;
    if (acc.measured.n) out.measured = acc.measured.sum;
    return out;
  }
  const m = acc.measured;
  if (aggregate === 'ratio') out.measured = ((kind === 'percent' ? 100 : 1) * m.num) / m.den;
  const baseline = rangeOf(acc.baseline);
  const target = rangeOf(acc.target);
  const measured = aggregate === 'range' ? rangeOf(m) : undefined;
  out.spread = {
    ...(baseline ? { baseline } : {}),
    ...(target ? { target } : {}),
    ...(measured ? { measured } : {}),
    plans: acc.planIds ?? [],
  };
  return out;
}

function lastTarget(indicator: Indicator): Target | undefined {
  let last: Target | undefined;
  for (const t of indicator.targets ?? []) if (!last || t.year >= last.year) last = t;
  return last;
}

function hasFamilies(doc: Document): boolean {
  for (const plan of doc.plans ?? []) if (plan.parent !== undefined) return true;
  return false;
}

// The head of a plan's family, or undefined for a plan in no family (no known parent, no delprojekt).
function familyHead(f: Families, pi: number): number | undefined {
  if (f.parentOf[pi]! < 0 && f.childrenOf[pi]!.length === 0) return undefined;
  return f.rootOf[pi]!;
}
