import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import { closest } from '../io/suggest.js';
import type { Document } from '../model/document.js';
import type { Indicator } from '../model/indicator.js';
import type { Plan } from '../model/plan.js';
import { unitsAgree } from '../model/units.js';

/** A strategy goal's indicator and the goal it sits on. */
export interface StrategyIndicator {
  readonly indicator: Indicator;
  readonly goal: string;
  readonly goalKind: 'rus' | 'understrategi';
}

/** The strategy of a document, indexed for roll-ups and goal lookups. */
export interface StrategyIndex {
  /** Strategy indicators by id (the first of a repeated id). */
  readonly indicators: ReadonlyMap<string, StrategyIndicator>;
  /** Each goal's kind and, for understrategi goals, the RUS goals it serves (existing ones only). */
  readonly goals: ReadonlyMap<
    string,
    { readonly kind: 'rus' | 'understrategi'; readonly serves: readonly string[] }
  >;
}

/** Indexes a document's strategy goals and their indicators in one pass. */
export function indexStrategy(document: Document): StrategyIndex {
  const indicators = new Map<string, StrategyIndicator>();
  const goals = new Map<string, { kind: 'rus' | 'understrategi'; serves: string[] }>();
  const rusGoals = document.strategy?.rus?.goals ?? [];
  const add = (
    goal: { readonly id: string; readonly indicators?: readonly Indicator[] | undefined },
    goalKind: 'rus' | 'understrategi',
  ) => {
    for (const indicator of goal.indicators ?? []) {
      if (!indicators.has(indicator.id)) indicators.set(indicator.id, { indicator, goal: goal.id, goalKind });
    }
  };
  for (const g of rusGoals) {
    if (!goals.has(g.id)) goals.set(g.id, { kind: 'rus', serves: [] });
    add(g, 'rus');
  }
  for (const u of document.strategy?.understrategier ?? []) {
    for (const g of u.goals) {
      if (!goals.has(g.id)) goals.set(g.id, { kind: 'understrategi', serves: [] });
      add(g, 'understrategi');
    }
  }
  for (const u of document.strategy?.understrategier ?? []) {
    for (const g of u.goals) {
      const entry = goals.get(g.id)!;
      if (entry.kind !== 'understrategi' || entry.serves.length) continue;
      for (const id of g.serves ?? [])
        if (goals.get(id)?.kind === 'rus' && !entry.serves.includes(id)) entry.serves.push(id);
    }
  }
  return { indicators, goals };
}

/** The goals a plan serves: the ones it links to, and the RUS goals its understrategi goals serve. */
export interface PlanGoals {
  readonly understrategi: readonly string[];
  readonly rus: readonly string[];
  /** Every goal reached, directly or through `serves`. */
  readonly all: ReadonlySet<string>;
}

/** The existing strategy goals a plan reaches, each once, in goal-link order. */
export function planGoals(plan: Plan, strategy: StrategyIndex): PlanGoals {
  const understrategi: string[] = [];
  const rus: string[] = [];
  const all = new Set<string>();
  const addRus = (id: string) => {
    if (all.has(id)) return;
    all.add(id);
    rus.push(id);
  };
  for (const gl of plan.goalLinks ?? []) {
    const entry = strategy.goals.get(gl.goal);
    if (!entry) continue;
    if (entry.kind === 'rus') addRus(gl.goal);
    else if (!all.has(gl.goal)) {
      all.add(gl.goal);
      understrategi.push(gl.goal);
    }
  }
  for (const id of understrategi) for (const r of strategy.goals.get(id)!.serves) addRus(r);
  return { understrategi, rus, all };
}

/** How a plan indicator's `rollsUpTo` resolves: the strategy indicator, or the findings that keep it out of the numbers. */
export type RollupResolution =
  | { readonly ok: true; readonly target: StrategyIndicator; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/** Where a plan indicator sits, for findings. */
export interface IndicatorPlace {
  readonly plan: Plan;
  readonly planAt: number;
  readonly box: string;
  readonly boxAt: number;
  readonly indicatorAt: number;
}

/**
 * Checks a plan indicator's roll-up: the target must be a strategy indicator of
 * the same kind and unit (or else the indicator is left out of every number),
 * and should sit on a goal the plan serves.
 */
export function resolveRollup(
  indicator: Indicator,
  place: IndicatorPlace,
  strategy: StrategyIndex,
  goals: PlanGoals,
): RollupResolution {
  const id = indicator.rollsUpTo ?? '';
  const location = {
    plan: place.plan.id,
    box: place.box,
    indicator: indicator.id,
    path: ['plans', place.planAt, 'boxes', place.boxAt, 'indicators', place.indicatorAt, 'rollsUpTo'],
  };
  const target = strategy.indicators.get(id);
  if (!target) {
    const suggestion = closest(id, strategy.indicators.keys());
    return {
      ok: false,
      findings: [
        createFinding('ROLLUP_UNKNOWN_TARGET', location, {
          indicator: indicator.id,
          rollsUpTo: id,
          ...(suggestion ? { suggestion } : {}),
        }),
      ],
    };
  }
  if (target.indicator.kind !== indicator.kind) {
    const details = {
      indicator: indicator.id,
      rollsUpTo: id,
      kind: indicator.kind,
      targetKind: target.indicator.kind,
    };
    return { ok: false, findings: [createFinding('ROLLUP_KIND_MISMATCH', location, details)] };
  }
  if (!unitsAgree(indicator.unit, target.indicator.unit)) {
    const details = {
      indicator: indicator.id,
      rollsUpTo: id,
      unit: indicator.unit ?? null,
      targetUnit: target.indicator.unit ?? null,
    };
    return { ok: false, findings: [createFinding('ROLLUP_UNIT_MISMATCH', location, details)] };
  }
  const findings = goals.all.has(target.goal)
    ? []
    : [
        createFinding('ROLLUP_GOAL_NOT_LINKED', location, {
          indicator: indicator.id,
          rollsUpTo: id,
          goal: target.goal,
        }),
      ];
  return { ok: true, target, findings };
}
