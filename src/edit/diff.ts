import type { Box } from '../model/box.js';
import type { Document } from '../model/document.js';
import type { Indicator, Measurement, Target } from '../model/indicator.js';
import type { GoalLink, Link } from '../model/link.js';
import type { ChangeEntry, Plan } from '../model/plan.js';
import type { Goal, Understrategi } from '../model/strategy.js';
import type { Period } from '../model/time.js';
import { sameJson } from './equal.js';

/** A field whose value changed; `undefined` means the field is absent on that side. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Items added, removed and changed between two lists keyed by id (or by from/to for links). */
export interface ListDiff<T, C> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly changed: readonly C[];
}

/** A target whose value changed for the same year. */
export interface TargetChange {
  readonly year: number;
  readonly before: Target;
  readonly after: Target;
}

/** A measured value that changed for the same period. */
export interface MeasurementChange {
  readonly period: Period;
  readonly before: Measurement;
  readonly after: Measurement;
}

/** How an indicator changed. */
export interface IndicatorDiff {
  readonly id: string;
  /** The id before, if the indicator was renamed (and nothing else about it changed). */
  readonly renamedFrom?: string;
  readonly name: string;
  readonly fields: readonly FieldChange[];
  readonly targets: ListDiff<Target, TargetChange>;
  readonly measurements: ListDiff<Measurement, MeasurementChange>;
}

/** How the indicators of a box or goal changed. */
export type IndicatorsDiff = ListDiff<Indicator, IndicatorDiff>;

/** How a box changed. */
export interface BoxDiff {
  readonly id: string;
  readonly renamedFrom?: string;
  readonly level: Box['level'];
  readonly fields: readonly FieldChange[];
  readonly indicators: IndicatorsDiff;
}

/** How a link's own fields (the assumption) changed. */
export interface LinkChange {
  readonly from: string;
  readonly to: string;
  readonly fields: readonly FieldChange[];
}

/** How a goal link's own fields (the note) changed. */
export interface GoalLinkChange {
  readonly from: string;
  readonly goal: string;
  readonly fields: readonly FieldChange[];
}

/** How a plan changed. */
export interface PlanDiff {
  readonly id: string;
  /** The id before, if the plan was renamed. */
  readonly renamedFrom?: string;
  readonly name: string;
  /** Plan fields (name, period, template, classification, `x-…` keys …). */
  readonly fields: readonly FieldChange[];
  readonly boxes: ListDiff<Box, BoxDiff>;
  readonly links: ListDiff<Link, LinkChange>;
  readonly goalLinks: ListDiff<GoalLink, GoalLinkChange>;
  /** Change-log entries that are new in `after`. */
  readonly changelog: readonly ChangeEntry[];
}

/** A strategy goal with where it sits: the RUS or an understrategi (by id). */
export interface GoalDiffEntry {
  readonly goal: Goal;
  readonly owner: string;
}

/** How a strategy goal changed. */
export interface GoalDiff {
  readonly id: string;
  readonly renamedFrom?: string;
  readonly owner: string;
  readonly text: string;
  /** Goal fields (text, description, serves, `x-…` keys …). */
  readonly fields: readonly FieldChange[];
  readonly indicators: IndicatorsDiff;
}

/** How the strategy changed. */
export interface StrategyDiff {
  /** Fields of the RUS and understrategier other than goals, named `rus.name`, `<understrategi>.horizon` … */
  readonly fields: readonly FieldChange[];
  readonly understrategier: {
    readonly added: readonly Understrategi[];
    readonly removed: readonly Understrategi[];
  };
  readonly goals: ListDiff<GoalDiffEntry, GoalDiff>;
}

/** Everything that differs between two documents, as data. */
export interface DocumentDiff {
  /** Document fields other than strategy and plans (region, templates, `x-…` keys). */
  readonly fields: readonly FieldChange[];
  readonly strategy: StrategyDiff;
  readonly plans: ListDiff<Plan, PlanDiff>;
}

type Obj = Record<string, unknown>;
type Renames = ReadonlyMap<string, string>;

const NO_RENAMES: Renames = new Map();

/**
 * Compares two documents: what plans, boxes, links, goal links, indicators,
 * targets, measurements and strategy goals were added, removed or changed.
 * Linear in the size of the documents; parts the two share (as after an edit)
 * are skipped at once. An id that changed while nothing else did is a rename,
 * and references that followed it are not reported again.
 */
export function diff(before: Document, after: Document): DocumentDiff {
  const strategy = diffStrategy(before, after);
  const goalRenames = renamesOf(strategy.goals.changed);
  const indicatorRenames = new Map<string, string>();
  for (const g of strategy.goals.changed) {
    for (const r of renamesOf(g.indicators.changed)) indicatorRenames.set(r[0], r[1]);
  }
  const plans = diffList(
    before.plans ?? [],
    after.plans ?? [],
    (p) => p.id,
    (a, b, renamedFrom) => diffPlan(a, b, renamedFrom, goalRenames, indicatorRenames),
    (p) => fingerprint(p, ['id', 'changelog']),
  );
  return {
    fields: fieldChanges(before, after, ['strategy', 'plans']),
    strategy,
    plans,
  };
}

/** True if the diff names no change at all. */
export function isEmptyDiff(d: DocumentDiff): boolean {
  return (
    d.fields.length === 0 &&
    d.strategy.fields.length === 0 &&
    d.strategy.understrategier.added.length === 0 &&
    d.strategy.understrategier.removed.length === 0 &&
    emptyList(d.strategy.goals) &&
    emptyList(d.plans)
  );
}

function emptyList(l: ListDiff<unknown, unknown>): boolean {
  return l.added.length === 0 && l.removed.length === 0 && l.changed.length === 0;
}

function renamesOf(changed: readonly { id: string; renamedFrom?: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of changed) if (c.renamedFrom !== undefined) out.set(c.renamedFrom, c.id);
  return out;
}

/** Keys a list; a key seen again gets a counter, so even duplicate ids lose nothing. */
function keyed<T>(list: readonly T[], key: (t: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of list) {
    let k = key(item);
    if (out.has(k)) {
      let n = 2;
      while (out.has(`${k}\u0000${n}`)) n++;
      k = `${k}\u0000${n}`;
    }
    out.set(k, item);
  }
  return out;
}

/** A canonical text of a value without some of its own keys, to find items that differ only in id. */
function fingerprint(value: unknown, without: readonly string[]): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return canonical(value);
  const top: Obj = { ...(value as Obj) };
  for (const k of without) delete top[k];
  return canonical(top);
}

/** JSON with object keys sorted, so equal values give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Obj = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Obj)[k];
      return sorted;
    }
    return v;
  });
}

/**
 * Diffs two lists of things with ids. Removed and added items that are equal
 * but for the id (and `ignore` keys) are paired as renames.
 */
function diffList<T extends { id: string }, C>(
  before: readonly T[],
  after: readonly T[],
  key: (t: T) => string,
  compare: (a: T, b: T, renamedFrom: string | undefined) => C | undefined,
  print: (t: T) => string = (t) => fingerprint(t, ['id']),
): ListDiff<T, C> {
  const a = keyed(before, key);
  const b = keyed(after, key);
  const added: T[] = [];
  const removed: T[] = [];
  const changed: C[] = [];
  for (const [k, item] of b) {
    const old = a.get(k);
    if (old === undefined) added.push(item);
    else if (!sameJson(old, item)) {
      const c = compare(old, item, undefined);
      if (c !== undefined) changed.push(c);
    }
  }
  for (const [k, item] of a) if (!b.has(k)) removed.push(item);
  if (added.length === 0 || removed.length === 0) return { added, removed, changed };
  const byPrint = new Map<string, T[]>();
  for (const r of removed) {
    const f = print(r);
    const list = byPrint.get(f);
    if (list) list.push(r);
    else byPrint.set(f, [r]);
  }
  const paired = new Set<T>();
  const stillAdded: T[] = [];
  for (const item of added) {
    const old = byPrint.get(print(item))?.shift();
    if (old === undefined) {
      stillAdded.push(item);
      continue;
    }
    paired.add(old);
    const c = compare(old, item, old.id);
    if (c !== undefined) changed.push(c);
  }
  return { added: stillAdded, removed: removed.filter((r) => !paired.has(r)), changed };
}

/** Changes of every field but the `skip` ones; `same` may call two values equal after a rename. */
function fieldChanges(
  before: object,
  after: object,
  skip: readonly string[],
  same: (field: string, a: unknown, b: unknown) => boolean = () => false,
): FieldChange[] {
  const a = before as Obj;
  const b = after as Obj;
  const out: FieldChange[] = [];
  const seen = new Set<string>();
  for (const k of [...Object.keys(a), ...Object.keys(b)]) {
    if (seen.has(k) || skip.includes(k)) continue;
    seen.add(k);
    if (!sameJson(a[k], b[k]) && !same(k, a[k], b[k])) out.push({ field: k, before: a[k], after: b[k] });
  }
  return out;
}

function diffIndicators(
  before: readonly Indicator[] | undefined,
  after: readonly Indicator[] | undefined,
  indicatorRenames: Renames,
): IndicatorsDiff {
  if (before === after) return { added: [], removed: [], changed: [] };
  return diffList(
    before ?? [],
    after ?? [],
    (i) => i.id,
    (a, b, renamedFrom) => {
      const fields = fieldChanges(
        a,
        b,
        ['id', 'targets', 'measurements'],
        (k, x, y) => k === 'rollsUpTo' && typeof x === 'string' && indicatorRenames.get(x) === y,
      );
      const targets = diffPlain(
        a.targets,
        b.targets,
        (t) => String(t.year),
        (x, y) => ({
          year: y.year,
          before: x,
          after: y,
        }),
      );
      const measurements = diffPlain(
        a.measurements,
        b.measurements,
        (m) => String(m.period),
        (x, y) => ({
          period: y.period,
          before: x,
          after: y,
        }),
      );
      if (renamedFrom === undefined && !fields.length && emptyList(targets) && emptyList(measurements)) {
        return undefined;
      }
      return {
        id: b.id,
        ...(renamedFrom !== undefined && { renamedFrom }),
        name: b.name,
        fields,
        targets,
        measurements,
      };
    },
  );
}

/** Diffs lists of values without ids (targets by year, measurements by period). */
function diffPlain<T, C>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  key: (t: T) => string,
  change: (a: T, b: T) => C,
): ListDiff<T, C> {
  return diffLinks(before, after, key, key, change);
}

function diffPlan(
  a: Plan,
  b: Plan,
  renamedFrom: string | undefined,
  goalRenames: Renames,
  indicatorRenames: Renames,
): PlanDiff | undefined {
  const fields = fieldChanges(a, b, ['id', 'boxes', 'links', 'goalLinks', 'changelog']);
  const boxes =
    a.boxes === b.boxes
      ? { added: [], removed: [], changed: [] }
      : diffList(
          a.boxes,
          b.boxes,
          (x) => x.id,
          (x, y, from): BoxDiff | undefined => {
            const f = fieldChanges(x, y, ['id', 'indicators']);
            const indicators = diffIndicators(x.indicators, y.indicators, indicatorRenames);
            if (from === undefined && !f.length && emptyList(indicators)) return undefined;
            return {
              id: y.id,
              ...(from !== undefined && { renamedFrom: from }),
              level: y.level,
              fields: f,
              indicators,
            };
          },
        );
  const boxRenames = renamesOf(boxes.changed);
  const box = (id: string) => boxRenames.get(id) ?? id;
  const goal = (id: string) => goalRenames.get(id) ?? id;
  const links = diffLinks(
    a.links,
    b.links,
    (l) => `${box(l.from)}\u0000${box(l.to)}`,
    (l) => `${l.from}\u0000${l.to}`,
    (x, y) => {
      const f = fieldChanges(x, y, ['from', 'to']);
      return f.length ? { from: y.from, to: y.to, fields: f } : undefined;
    },
  );
  const goalLinks = diffLinks(
    a.goalLinks,
    b.goalLinks,
    (g) => `${box(g.from)}\u0000${goal(g.goal)}`,
    (g) => `${g.from}\u0000${g.goal}`,
    (x, y) => {
      const f = fieldChanges(x, y, ['from', 'goal']);
      return f.length ? { from: y.from, goal: y.goal, fields: f } : undefined;
    },
  );
  const changelog = newEntries(a.changelog, b.changelog);
  if (
    renamedFrom === undefined &&
    !fields.length &&
    emptyList(boxes) &&
    emptyList(links) &&
    emptyList(goalLinks) &&
    !changelog.length
  ) {
    return undefined;
  }
  return {
    id: b.id,
    ...(renamedFrom !== undefined && { renamedFrom }),
    name: b.name,
    fields,
    boxes,
    links,
    goalLinks,
    changelog,
  };
}

/** Diffs links; the old side is keyed through renames so links that followed one are not changes. */
function diffLinks<T, C>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  keyBefore: (t: T) => string,
  keyAfter: (t: T) => string,
  compare: (a: T, b: T) => C | undefined,
): ListDiff<T, C> {
  if (before === after) return { added: [], removed: [], changed: [] };
  const a = keyed(before ?? [], keyBefore);
  const b = keyed(after ?? [], keyAfter);
  const added: T[] = [];
  const removed: T[] = [];
  const changed: C[] = [];
  for (const [k, item] of b) {
    const old = a.get(k);
    if (old === undefined) added.push(item);
    else if (!sameJson(old, item)) {
      const c = compare(old, item);
      if (c !== undefined) changed.push(c);
    }
  }
  for (const [k, item] of a) if (!b.has(k)) removed.push(item);
  return { added, removed, changed };
}

/** Change-log entries of `after` that `before` does not have (a log only grows, but may be edited). */
function newEntries(before: readonly ChangeEntry[] | undefined, after: readonly ChangeEntry[] | undefined) {
  if (!after || before === after) return [];
  const old = before ?? [];
  let prefix = 0;
  while (prefix < old.length && prefix < after.length && sameJson(old[prefix], after[prefix])) prefix++;
  if (prefix === old.length) return after.slice(prefix);
  const prints = new Set(old.map((e) => fingerprint(e, [])));
  return after.filter((e) => !prints.has(fingerprint(e, [])));
}

function strategyGoals(document: Document): GoalDiffEntry[] {
  const out: GoalDiffEntry[] = [];
  const s = document.strategy;
  if (s?.rus) for (const goal of s.rus.goals) out.push({ goal, owner: s.rus.id });
  for (const u of s?.understrategier ?? []) for (const goal of u.goals) out.push({ goal, owner: u.id });
  return out;
}

function diffStrategy(before: Document, after: Document): StrategyDiff {
  const sa = before.strategy;
  const sb = after.strategy;
  if (sa === sb) {
    return {
      fields: [],
      understrategier: { added: [], removed: [] },
      goals: { added: [], removed: [], changed: [] },
    };
  }
  const fields: FieldChange[] = [];
  const prefixed = (prefix: string, list: FieldChange[]) => {
    for (const f of list) fields.push({ ...f, field: `${prefix}.${f.field}` });
  };
  prefixed('strategy', fieldChanges(sa ?? {}, sb ?? {}, ['rus', 'understrategier']));
  if (sa?.rus && sb?.rus) prefixed('rus', fieldChanges(sa.rus, sb.rus, ['goals']));
  else if (sa?.rus !== sb?.rus) fields.push({ field: 'rus', before: sa?.rus?.id, after: sb?.rus?.id });
  const ua = keyed(sa?.understrategier ?? [], (u) => u.id);
  const ub = keyed(sb?.understrategier ?? [], (u) => u.id);
  const added: Understrategi[] = [];
  const removed: Understrategi[] = [];
  for (const [k, u] of ub) {
    const old = ua.get(k);
    if (!old) added.push(u);
    else if (old !== u) prefixed(u.id, fieldChanges(old, u, ['goals']));
  }
  for (const [k, u] of ua) if (!ub.has(k)) removed.push(u);
  const ga = strategyGoals(before);
  const gb = strategyGoals(after);
  const goals = diffList(
    ga.map((e) => ({ ...e, id: e.goal.id })),
    gb.map((e) => ({ ...e, id: e.goal.id })),
    (e) => e.id,
    (x, y, renamedFrom) => diffGoal(x, y, renamedFrom),
    (e) => `${e.owner}\u0000${fingerprint(e.goal, ['id'])}`,
  );
  // Goals were compared as entries (goal + owner); a rename shows as a rename of the goal.
  const strip = (e: GoalDiffEntry & { id: string }): GoalDiffEntry => ({ goal: e.goal, owner: e.owner });
  let result: ListDiff<GoalDiffEntry, GoalDiff> = {
    added: goals.added.map(strip),
    removed: goals.removed.map(strip),
    changed: goals.changed,
  };
  // `serves` that only followed a goal rename is no change of its own.
  const renames = renamesOf(result.changed);
  if (renames.size) {
    result = {
      ...result,
      changed: result.changed
        .map((g) => ({
          ...g,
          fields: g.fields.filter(
            (f) =>
              !(
                f.field === 'serves' &&
                Array.isArray(f.before) &&
                sameJson(
                  f.before.map((s: unknown) => (typeof s === 'string' ? (renames.get(s) ?? s) : s)),
                  f.after,
                )
              ),
          ),
        }))
        .filter((g) => g.renamedFrom !== undefined || g.fields.length || !emptyList(g.indicators)),
    };
  }
  return { fields, understrategier: { added, removed }, goals: result };
}

function diffGoal(
  x: GoalDiffEntry & { id: string },
  y: GoalDiffEntry & { id: string },
  renamedFrom: string | undefined,
): GoalDiff | undefined {
  if (x.goal === y.goal && x.owner === y.owner) return undefined;
  const fields = fieldChanges(x.goal, y.goal, ['id', 'indicators']);
  if (x.owner !== y.owner) fields.push({ field: 'owner', before: x.owner, after: y.owner });
  const indicators = diffIndicators(x.goal.indicators, y.goal.indicators, NO_RENAMES);
  if (renamedFrom === undefined && !fields.length && emptyList(indicators)) return undefined;
  return {
    id: y.id,
    ...(renamedFrom !== undefined && { renamedFrom }),
    owner: y.owner,
    text: y.goal.text,
    fields,
    indicators,
  };
}
