import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import type { Document } from '../model/document.js';
import type { Indicator } from '../model/indicator.js';
import type { Plan } from '../model/plan.js';
import type { Goal } from '../model/strategy.js';
import type { IndicatorAddress } from './types.js';

/** A plan found by id, with its index in `document.plans`. */
export interface FoundPlan {
  readonly plan: Plan;
  readonly index: number;
}

/** The plan with this id, or the finding that it does not exist. */
export function findPlan(document: Document, id: string): FoundPlan | Finding {
  const plans = document.plans ?? [];
  for (let i = 0; i < plans.length; i++) {
    if (plans[i]!.id === id) return { plan: plans[i]!, index: i };
  }
  return createFinding('EDIT_UNKNOWN_PLAN', { plan: String(id), path: ['plans'] }, { plan: String(id) });
}

/** Index of the box with this id in the plan, or the finding that it does not exist. */
export function findBox(found: FoundPlan, id: string): number | Finding {
  const i = found.plan.boxes.findIndex((b) => b.id === id);
  if (i >= 0) return i;
  return createFinding(
    'EDIT_UNKNOWN_BOX',
    { plan: found.plan.id, box: String(id), path: ['plans', found.index, 'boxes'] },
    { plan: found.plan.id, box: String(id) },
  );
}

/** True if `x` is a finding rather than a found thing. */
export function isFinding(x: unknown): x is Finding {
  return typeof x === 'object' && x !== null && 'code' in x && 'message' in x;
}

/** A strategy goal found by id, with the path to it. */
export interface FoundGoal {
  readonly goal: Goal;
  readonly path: readonly PathSegment[];
}

/** Every goal of the strategy (RUS first, then the understrategier), with its path. */
export function allGoals(document: Document): FoundGoal[] {
  const out: FoundGoal[] = [];
  const rus = document.strategy?.rus;
  if (rus) {
    for (const [gi, goal] of rus.goals.entries()) out.push({ goal, path: ['strategy', 'rus', 'goals', gi] });
  }
  for (const [ui, u] of (document.strategy?.understrategier ?? []).entries()) {
    for (const [gi, goal] of u.goals.entries()) {
      out.push({ goal, path: ['strategy', 'understrategier', ui, 'goals', gi] });
    }
  }
  return out;
}

/** The goal with this id, or the finding that it does not exist. */
export function findGoal(document: Document, id: string): FoundGoal | Finding {
  const found = allGoals(document).find((g) => g.goal.id === id);
  if (found) return found;
  return createFinding('EDIT_UNKNOWN_GOAL', { goal: String(id), path: ['strategy'] }, { goal: String(id) });
}

/** An indicator found by address, with the path to it and the plan it sits in, if any. */
export interface FoundIndicator {
  readonly indicator: Indicator;
  readonly path: readonly PathSegment[];
  /** Index of the plan; undefined for a strategy goal's indicator. */
  readonly planIndex?: number;
  readonly plan?: string;
  readonly box?: string;
}

/** The indicator at an address (plan or goal), or the findings that it cannot be found. */
export function findIndicator(document: Document, address: IndicatorAddress): FoundIndicator | Finding {
  const id = address.indicator;
  if (typeof address.plan === 'string') {
    const found = findPlan(document, address.plan);
    if (isFinding(found)) return found;
    const boxes = found.plan.boxes;
    for (let bi = 0; bi < boxes.length; bi++) {
      const list = boxes[bi]!.indicators ?? [];
      for (let ii = 0; ii < list.length; ii++) {
        if (list[ii]!.id === id) {
          return {
            indicator: list[ii]!,
            path: ['plans', found.index, 'boxes', bi, 'indicators', ii],
            planIndex: found.index,
            plan: found.plan.id,
            box: boxes[bi]!.id,
          };
        }
      }
    }
    return createFinding(
      'EDIT_UNKNOWN_INDICATOR',
      { plan: found.plan.id, indicator: String(id), path: ['plans', found.index] },
      { indicator: String(id), plan: found.plan.id },
    );
  }
  if (typeof address.goal === 'string') {
    const found = findGoal(document, address.goal);
    if (isFinding(found)) return found;
    const list = found.goal.indicators ?? [];
    const ii = list.findIndex((x) => x.id === id);
    if (ii >= 0) return { indicator: list[ii]!, path: [...found.path, 'indicators', ii] };
    return createFinding(
      'EDIT_UNKNOWN_INDICATOR',
      { goal: found.goal.id, indicator: String(id), path: [...found.path] },
      { indicator: String(id), goal: found.goal.id },
    );
  }
  return createFinding(
    'EDIT_INVALID_VALUE',
    { indicator: String(id) },
    { field: 'plan', problem: 'MISSING_KEY', key: 'plan', expected: 'string' },
  );
}

/** Walks a plain path inside a draft or a document. */
export function at<T>(root: unknown, path: readonly PathSegment[]): T {
  let node = root as Record<string | number, unknown>;
  for (const seg of path) node = node[seg] as Record<string | number, unknown>;
  return node as T;
}
