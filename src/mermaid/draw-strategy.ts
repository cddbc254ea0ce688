import { createFinding } from '../findings/create.js';
import type { Indicator } from '../model/indicator.js';
import type { GoalLink } from '../model/link.js';
import type { Plan } from '../model/plan.js';
import type { Goal, Strategy, Tier, Understrategi } from '../model/strategy.js';
import { arr, type DrawContext, str } from './context.js';
import { indicatorLine } from './indicator-text.js';

interface GoalEntry {
  readonly goal: Goal;
  readonly rus: boolean;
}

/** Every goal of the strategy by id; the first of a duplicated id wins, as in the validator's index. */
function goalIndex(strategy: Strategy): Map<string, GoalEntry> {
  const index = new Map<string, GoalEntry>();
  for (const us of arr<Understrategi>(strategy.understrategier)) {
    for (const goal of arr<Goal>(us?.goals)) {
      const id = str(goal?.id);
      if (id && !index.has(id)) index.set(id, { goal, rus: false });
    }
  }
  for (const goal of arr<Goal>(strategy.rus?.goals)) {
    const id = str(goal?.id);
    if (id && !index.has(id)) index.set(id, { goal, rus: true });
  }
  return index;
}

/** The goals a set of plans reaches: those they link to and, step by step, the goals those serve. */
function reachedGoals(plans: readonly Plan[], index: ReadonlyMap<string, GoalEntry>): Set<string> {
  const reached = new Set<string>();
  const stack: string[] = [];
  for (const plan of plans) {
    for (const gl of arr<GoalLink>(plan.goalLinks)) {
      const id = str(gl?.goal);
      if (index.has(id) && !reached.has(id)) {
        reached.add(id);
        stack.push(id);
      }
    }
  }
  while (stack.length) {
    const entry = index.get(stack.pop()!);
    for (const s of arr<string>(entry?.goal.serves)) {
      if (typeof s === 'string' && index.has(s) && !reached.has(s)) {
        reached.add(s);
        stack.push(s);
      }
    }
  }
  return reached;
}

/** A strategy lane to draw: its title, its goals and whether they are the RUS's. */
interface Lane {
  readonly title: string;
  readonly goals: readonly Goal[];
  readonly rus: boolean;
}

/**
 * The lanes of a strategy without a declared ladder: one per understrategi, then
 * the RUS (the order every diagram had before ladders existed).
 */
function understrategiLanes(ctx: DrawContext, strategy: Strategy): Lane[] {
  const lanes: Lane[] = [];
  for (const us of arr<Understrategi>(strategy.understrategier)) {
    if (us)
      lanes.push({ title: ctx.words.understrategi(str(us.name)), goals: arr<Goal>(us.goals), rus: false });
  }
  if (strategy.rus) lanes.push(rusLane(ctx, strategy));
  return lanes;
}

function rusLane(ctx: DrawContext, strategy: Strategy): Lane {
  return { title: ctx.words.rus(str(strategy.rus?.name)), goals: arr<Goal>(strategy.rus?.goals), rus: true };
}

/**
 * The lanes of a declared ladder (`strategy.tiers`), in ladder order: the RUS
 * first, then one lane per tier named by the tier, holding the goals of its
 * understrategier (one without a tier belongs to the first). An understrategi
 * naming a tier the ladder does not have keeps a lane of its own after the
 * tiers (validation reports it).
 */
function ladderLanes(ctx: DrawContext, strategy: Strategy, tiers: readonly Tier[]): Lane[] {
  const lanes: Lane[] = strategy.rus ? [rusLane(ctx, strategy)] : [];
  const tierIds = tiers.map((t) => str(t?.id));
  const goalsOf = new Map<string, Goal[]>(tierIds.map((id) => [id, []]));
  const strays: Lane[] = [];
  for (const us of arr<Understrategi>(strategy.understrategier)) {
    if (!us) continue;
    const tier = us.tier === undefined ? tierIds[0]! : str(us.tier);
    const list = goalsOf.get(tier);
    if (list) for (const g of arr<Goal>(us.goals)) list.push(g);
    else
      strays.push({ title: ctx.words.understrategi(str(us.name)), goals: arr<Goal>(us.goals), rus: false });
  }
  tiers.forEach((tier, i) => {
    const title = str(tier?.name) || tierIds[i]!;
    lanes.push({ title, goals: goalsOf.get(tierIds[i]!) ?? [], rus: false });
  });
  for (const lane of strays) lanes.push(lane);
  return lanes;
}

/** Draws one lane with the wanted goals in it; a lane with none is left out. */
function drawLane(
  ctx: DrawContext,
  lane: Lane,
  index: ReadonlyMap<string, GoalEntry>,
  wanted: ReadonlySet<string>,
  nodeOf: Map<string, string>,
): void {
  const { w, words, marks } = ctx;
  const drawn = lane.goals.filter((g) => {
    const id = str(g?.id);
    return wanted.has(id) && index.get(id)?.goal === g;
  });
  if (!drawn.length) return;
  // A lane is as wide as its goals: its title is wrapped like their text, so it never sticks out.
  w.subgraph(w.id('S'), [lane.title], 'strategy', undefined, w.wrap);
  const cls = lane.rus ? 'rusgoal' : 'usgoal';
  for (const goal of drawn) {
    const id = w.id('G');
    nodeOf.set(goal.id, id);
    if (!ctx.goalNodes.has(goal.id)) ctx.goalNodes.set(goal.id, id);
    const lines = [str(goal.text)];
    if (ctx.showIndicators)
      for (const i of arr<Indicator>(goal.indicators)) if (i) lines.push(indicatorLine(i));
    const count = marks.goal(goal.id);
    if (count) lines.push(words.findings(count));
    w.node(id, lines, count ? [cls, 'finding'] : [cls]);
  }
  w.end();
}

/** The plans' goal links as arrows; a link whose box or goal is not drawn is reported. */
function drawGoalLinks(
  ctx: DrawContext,
  plans: readonly DrawnPlan[],
  nodeOf: ReadonlyMap<string, string>,
): void {
  for (const { plan, nodes } of plans) {
    for (const gl of arr<GoalLink>(plan.goalLinks)) {
      const fromId = str(gl?.from);
      const goalId = str(gl?.goal);
      const from = nodes.get(fromId);
      const to = nodeOf.get(goalId);
      if (from && to) ctx.w.edge(from, to, 'goal');
      else {
        ctx.findings.push(
          createFinding(
            'MERMAID_LINK_SKIPPED',
            { plan: str(plan.id), box: fromId, goal: goalId },
            { from: fromId, to: goalId, missing: from ? goalId : fromId },
          ),
        );
      }
    }
  }
}

/** The goals' `serves` links as arrows; a link to a goal the strategy does not have is reported. */
function drawServes(
  ctx: DrawContext,
  index: ReadonlyMap<string, GoalEntry>,
  nodeOf: ReadonlyMap<string, string>,
): void {
  for (const [goalId, from] of nodeOf) {
    for (const s of arr<string>(index.get(goalId)?.goal.serves)) {
      const to = typeof s === 'string' ? nodeOf.get(s) : undefined;
      if (to) ctx.w.edge(from, to, 'serves');
      else if (!index.has(String(s))) {
        ctx.findings.push(
          createFinding(
            'MERMAID_LINK_SKIPPED',
            { goal: goalId },
            { from: goalId, to: String(s), missing: String(s) },
          ),
        );
      }
    }
  }
}

/** A plan drawn, with the node id of each of its boxes. */
export interface DrawnPlan {
  readonly plan: Plan;
  readonly nodes: ReadonlyMap<string, string>;
}

/**
 * Draws the strategy layer, with the plans' goal links and the goals' `serves`
 * links. Without a declared ladder: a lane per understrategi, then the RUS
 * lane. With `strategy.tiers`: the RUS lane first, then a lane per tier in
 * ladder order. `all` draws every goal (portfolio: goals no plan serves are
 * worth seeing); otherwise only the goals the plans reach.
 */
export function drawStrategy(
  ctx: DrawContext,
  strategy: Strategy,
  plans: readonly DrawnPlan[],
  all: boolean,
): void {
  const index = goalIndex(strategy);
  const wanted = all
    ? new Set(index.keys())
    : reachedGoals(
        plans.map((p) => p.plan),
        index,
      );
  const tiers = arr<Tier>(strategy.tiers);
  const lanes = tiers.length > 0 ? ladderLanes(ctx, strategy, tiers) : understrategiLanes(ctx, strategy);
  const nodeOf = new Map<string, string>();
  for (const lane of lanes) drawLane(ctx, lane, index, wanted, nodeOf);
  drawGoalLinks(ctx, plans, nodeOf);
  drawServes(ctx, index, nodeOf);
}
