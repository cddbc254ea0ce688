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

function indexPlan(plan: Plan, at: number): PlanIndex {
  const boxes = new Map<string, number>();
  plan.boxes.forEach((box: Box, i) => {
    if (!boxes.has(box.id)) boxes.set(box.id, i);
  });
  const levelOf = plan.boxes.map((b) => levelIndex(b.level));
  const successors: number[][] = plan.boxes.map(() => []);
  const predecessors: number[][] = plan.boxes.map(() => []);
  const links = plan.links ?? [];
  for (const link of links) {
    const from = boxes.get(link.from);
    const to = boxes.get(link.to);
    if (from === undefined || to === undefined) continue;
    successors[from]!.push(to);
    predecessors[to]!.push(from);
  }
  return { plan, at, boxes, levelOf, successors, predecessors, links, goalLinks: plan.goalLinks ?? [] };
}

/** The path of a box inside the document. */
export function boxPath(p: PlanIndex, box: number): (string | number)[] {
  return ['plans', p.at, 'boxes', box];
}
