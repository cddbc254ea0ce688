import { type Adjacency, buildAdjacency, markRepeatedEdges, toLists } from '../graph/adjacency.js';
import type { Box } from '../model/box.js';
import type { Document } from '../model/document.js';
import type { Level } from '../model/levels.js';
import type { GoalLink, Link } from '../model/link.js';
import type { Plan } from '../model/plan.js';
import type { Goal, Understrategi } from '../model/strategy.js';

/** A plan with its boxes indexed, built once and shared by all rules. */
export interface PlanIndex {
  readonly plan: Plan;
  /** Position of the plan in `document.plans`, for paths. */
  readonly at: number;
  /** First box with each id (later duplicates are reported, not indexed). Made on first use: rules ask {@link positionOf}. */
  readonly boxes: ReadonlyMap<string, number>;
  /** Position of the first box with this id, or -1 if the plan has none. */
  positionOf(id: string): number;
  readonly levelOf: readonly number[];
  /**
   * Links whose both ends exist (duplicates once), as box positions; `successors[i]`
   * are the boxes box i contributes to. Made on first use from `forward`.
   */
  readonly successors: readonly (readonly number[])[];
  /** The boxes that contribute to box i. Made on first use from `backward`. */
  readonly predecessors: readonly (readonly number[])[];
  /** The same links as `successors`, in compact form (cheaper to keep for every plan). */
  readonly forward: Adjacency;
  /** The same links as `predecessors`, in compact form. */
  readonly backward: Adjacency;
  readonly links: readonly Link[];
  /** For each link, the position of its `from` box, or -1 if the plan has no such box. */
  readonly linkFrom: readonly number[];
  /** For each link, the position of its `to` box, or -1 if the plan has no such box. */
  readonly linkTo: readonly number[];
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

// Position of a level, as a switch rather than a lookup in an object keyed by user
// data (no prototype keys can answer) or a Map (measured slower, once per box).
function levelPosition(level: Level): number {
  switch (level) {
    case 'resurser':
      return 0;
    case 'aktiviteter':
      return 1;
    case 'prestationer':
      return 2;
    case 'utfall':
      return 3;
    case 'kortsiktiga':
      return 4;
    case 'langsiktiga':
      return 5;
    default:
      return -1; // not a level (the schema refuses it): on no level of the chain
  }
}

const NO_LINKS: readonly Link[] = [];
const NO_GOAL_LINKS: readonly GoalLink[] = [];

// Built for speed: one pass over boxes, then the links. Each link's ends are
// looked up once here, so no rule repeats the lookups. What is kept for every plan
// is compact (flat arrays of exact size), since a national set's indexes all live
// until validation ends and the garbage collector copies whatever survives.
function indexPlan(plan: Plan, at: number): PlanIndex {
  const n = plan.boxes.length;
  const ids = n > SMALL_PLAN ? boxMap(plan.boxes) : undefined;
  // Emptied before each plan, not after: a plan that throws half-way (data that is not a
  // Document, from JavaScript) must not leave its boxes in the table for the next.
  if (!ids) slots.fill(0);
  const duplicateBoxes: number[] = [];
  const levelOf = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const box: Box = plan.boxes[i]!;
    if ((ids ? ids.get(box.id)! : firstOrAdd(plan.boxes, i)) !== i) duplicateBoxes.push(i);
    levelOf[i] = levelPosition(box.level);
  }
  const links = plan.links ?? NO_LINKS;
  const m = links.length;
  const linkFrom = new Array<number>(m);
  const linkTo = new Array<number>(m);
  const skip = linkScratch(m);
  for (let li = 0; li < m; li++) {
    const link = links[li]!;
    const from = ids ? (ids.get(link.from) ?? -1) : slotOf(plan.boxes, link.from);
    const to = ids ? (ids.get(link.to) ?? -1) : slotOf(plan.boxes, link.to);
    linkFrom[li] = from;
    linkTo[li] = to;
    skip[li] = from < 0 || to < 0 ? 1 : 0;
  }
  const duplicateLinks = markRepeatedEdges(n, linkFrom, linkTo, skip);
  let hasNonForwardLink = false;
  for (let li = 0; li < m && !hasNonForwardLink; li++) {
    if (!skip[li] && levelOf[linkTo[li]!]! <= levelOf[linkFrom[li]!]!) hasNonForwardLink = true;
  }
  return new IndexedPlan(
    plan,
    at,
    ids,
    levelOf,
    links,
    linkFrom,
    linkTo,
    buildAdjacency(n, linkFrom, linkTo, skip),
    buildAdjacency(n, linkTo, linkFrom, skip),
    plan.goalLinks ?? NO_GOAL_LINKS,
    duplicateBoxes,
    duplicateLinks,
    hasNonForwardLink,
  );
}

// Plans are small (about 20 boxes): up to this many, their boxes are found by id in one table
// reused from plan to plan, which allocates nothing. A Map per plan, grown entry by entry, was
// almost half of what validate allocated at national size (docs/performance.md, "Sizes in turns").
const SMALL_PLAN = 32;
// The table: open addressing, a slot holds a box's position + 1 (0 is empty), at most a quarter full.
const SLOTS = 128;
const slots = new Int32Array(SLOTS);

// A hash of the length and four characters: ids of one plan mostly differ in their last or middle
// ones. A clash costs one more comparison, never a wrong answer (ids are compared with ===).
function slotHash(id: string): number {
  if (typeof id !== 'string') return 0; // not a Document's id (JavaScript callers): found by === alone
  const n = id.length;
  if (n === 0) return 0;
  const h =
    Math.imul(n, 0x9e3779b1) ^
    Math.imul(id.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(id.charCodeAt(n >> 1), 0xc2b2ae35) ^
    Math.imul(id.charCodeAt(n - 1), 0x27d4eb2f) ^
    id.charCodeAt(n > 1 ? n - 2 : 0);
  return (h ^ (h >>> 15)) & (SLOTS - 1);
}

/** Position of the first box with this id in the table, or -1. */
function slotOf(boxes: readonly Box[], id: string): number {
  for (let h = slotHash(id); ; h = (h + 1) & (SLOTS - 1)) {
    const at = slots[h]!;
    if (at === 0) return -1;
    if (boxes[at - 1]!.id === id) return at - 1;
  }
}

/** Position of the first box with box i's id, entering box i in the table if it is the first. */
function firstOrAdd(boxes: readonly Box[], i: number): number {
  const id = boxes[i]!.id;
  for (let h = slotHash(id); ; h = (h + 1) & (SLOTS - 1)) {
    const at = slots[h]!;
    if (at === 0) {
      slots[h] = i + 1;
      return i;
    }
    if (boxes[at - 1]!.id === id) return at - 1;
  }
}

/** Position of the first of the first `end` boxes with this id, or -1. */
function scanFor(boxes: readonly Box[], id: string, end: number): number {
  for (let i = 0; i < end; i++) if (boxes[i]!.id === id) return i;
  return -1;
}

/** The position of the first box with each id. */
function boxMap(boxes: readonly Box[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (let i = 0; i < boxes.length; i++) if (!ids.has(boxes[i]!.id)) ids.set(boxes[i]!.id, i);
  return ids;
}

// Which links to leave out of the adjacency (unknown ends, duplicates): reused
// from plan to plan.
let skipScratch = new Uint8Array(64);
function linkScratch(m: number): Uint8Array {
  if (skipScratch.length < m) skipScratch = new Uint8Array(Math.max(m, skipScratch.length * 2));
  return skipScratch;
}

// The per-box lists are made only if a rule asks for them (custom rules, and
// `cycles` for the rare plan that can loop); built-in rules read the compact form.
class IndexedPlan implements PlanIndex {
  private successorLists: number[][] | undefined = undefined;
  private predecessorLists: number[][] | undefined = undefined;
  constructor(
    readonly plan: Plan,
    readonly at: number,
    /** Made here for a plan above {@link SMALL_PLAN} boxes, else on first use of `boxes`. */
    private ids: Map<string, number> | undefined,
    readonly levelOf: readonly number[],
    readonly links: readonly Link[],
    readonly linkFrom: readonly number[],
    readonly linkTo: readonly number[],
    readonly forward: Adjacency,
    readonly backward: Adjacency,
    readonly goalLinks: readonly GoalLink[],
    readonly duplicateBoxes: readonly number[],
    readonly duplicateLinks: readonly number[],
    readonly hasNonForwardLink: boolean,
  ) {}

  get boxes(): ReadonlyMap<string, number> {
    this.ids ??= boxMap(this.plan.boxes);
    return this.ids;
  }

  positionOf(id: string): number {
    return this.ids ? (this.ids.get(id) ?? -1) : scanFor(this.plan.boxes, id, this.plan.boxes.length);
  }

  get successors(): readonly (readonly number[])[] {
    this.successorLists ??= toLists(this.forward);
    return this.successorLists;
  }

  get predecessors(): readonly (readonly number[])[] {
    this.predecessorLists ??= toLists(this.backward);
    return this.predecessorLists;
  }
}

/** The path of a box inside the document. */
export function boxPath(p: PlanIndex, box: number): (string | number)[] {
  return ['plans', p.at, 'boxes', box];
}
