import type { Box } from '../model/box.js';
import type { Document } from '../model/document.js';
import { levelIndex } from '../model/levels.js';
import type { GoalLink, Link } from '../model/link.js';
import type { Plan } from '../model/plan.js';
import type { Goal, Understrategi } from '../model/strategy.js';

/** A plan with its boxes indexed, built once and shared by all rules. */
export interface PlanIndex {
  readonly plan: Plan;
  /** Position of the plan in `document.plans`, for paths. */
  readonly at: number;
  /** First box with each id (later duplicates are reported, not indexed). */
  readonly boxes: ReadonlyMap<string, number>;
  readonly levelOf: readonly number[];
  /** Links whose both ends exist, as box positions; `successors[i]` are the boxes box i contributes to. */
  readonly successors: readonly (readonly number[])[];
  readonly predecessors: readonly (readonly number[])[];
  readonly links: readonly Link[];
  readonly goalLinks: readonly GoalLink[];
  /** Positions of boxes whose id repeats an earlier box's id. */
  readonly duplicateBoxes: readonly number[];
  /** Positions of links that repeat an earlier link. */
  readonly duplicateLinks: readonly number[];
  /** True if some link does not go forward: only then can the plan hold a cycle. */
  readonly hasNonForwardLink: boolean;
}

/** A strategy goal and where it sits. */
export interface GoalEntry {
  readonly goal: Goal;
  readonly kind: 'rus' | 'understrategi';
  readonly understrategi?: Understrategi;
  readonly path: readonly (string | number)[];
}

/** What the rules read: the document and indexes built once. */
export interface ValidationContext {
  readonly document: Document;
  readonly plans: readonly PlanIndex[];
  /** First goal with each id across the RUS and the understrategier. */
  readonly goals: ReadonlyMap<string, GoalEntry>;
  readonly hasStrategy: boolean;
}

/** Builds the indexes of a document in one pass over its plans and strategy. */
export function buildContext(document: Document): ValidationContext {
  const plans = (document.plans ?? []).map((plan, at) => indexPlan(plan, at));
  const goals = new Map<string, GoalEntry>();
  const rus = document.strategy?.rus;
  rus?.goals.forEach((goal, i) => {
    if (!goals.has(goal.id)) goals.set(goal.id, { goal, kind: 'rus', path: ['strategy', 'rus', 'goals', i] });
  });
  (document.strategy?.understrategier ?? []).forEach((u, ui) => {
    u.goals.forEach((goal, gi) => {
      if (!goals.has(goal.id)) {
        goals.set(goal.id, {
          goal,
          kind: 'understrategi',
          understrategi: u,
          path: ['strategy', 'understrategier', ui, 'goals', gi],
        });
      }
    });
  });
  return { document, plans, goals, hasStrategy: goals.size > 0 };
}

// Built for speed: one pass over boxes and one over links, no per-link allocation.
function indexPlan(plan: Plan, at: number): PlanIndex {
  const n = plan.boxes.length;
  const boxes = new Map<string, number>();
  const duplicateBoxes: number[] = [];
  const levelOf: number[] = new Array(n);
  const successors: number[][] = new Array(n);
  const predecessors: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const box: Box = plan.boxes[i]!;
    if (boxes.has(box.id)) duplicateBoxes.push(i);
    else boxes.set(box.id, i);
    levelOf[i] = levelIndex(box.level);
    successors[i] = [];
    predecessors[i] = [];
  }
  const links = plan.links ?? [];
  const duplicateLinks: number[] = [];
  let hasNonForwardLink = false;
  for (let li = 0; li < links.length; li++) {
    const link = links[li]!;
    const from = boxes.get(link.from);
    const to = boxes.get(link.to);
    if (from === undefined || to === undefined) continue;
    const out = successors[from]!;
    if (out.includes(to)) {
      duplicateLinks.push(li);
      continue;
    }
    out.push(to);
    predecessors[to]!.push(from);
    if (levelOf[to]! <= levelOf[from]!) hasNonForwardLink = true;
  }
  return {
    plan,
    at,
    boxes,
    levelOf,
    successors,
    predecessors,
    links,
    goalLinks: plan.goalLinks ?? [],
    duplicateBoxes,
    duplicateLinks,
    hasNonForwardLink,
  };
}

/** The path of a box inside the document. */
export function boxPath(p: PlanIndex, box: number): (string | number)[] {
  return ['plans', p.at, 'boxes', box];
}
