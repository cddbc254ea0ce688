import { createFinding } from '../findings/create.js';
import type { Indicator } from '../model/indicator.js';
import type { GoalLink } from '../model/link.js';
import type { Plan } from '../model/plan.js';
import type { Goal, Strategy, Understrategi } from '../model/strategy.js';
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

/**
 * Draws the strategy layer: a lane per understrategi, then the RUS lane, with
 * the plans' goal links and the goals' `serves` links. `all` draws every goal
 * (portfolio: goals no plan serves are worth seeing); otherwise only the goals
 * the plans reach.
 */
export function drawStrategy(
  ctx: DrawContext,
  strategy: Strategy,
  plans: readonly { readonly plan: Plan; readonly nodes: ReadonlyMap<string, string> }[],
  all: boolean,
): void {
  const { w, words, marks } = ctx;
  const index = goalIndex(strategy);
  const wanted = all
    ? new Set(index.keys())
    : reachedGoals(
        plans.map((p) => p.plan),
        index,
      );
  const nodeOf = new Map<string, string>();

  const lane = (title: string, goals: readonly Goal[], rus: boolean) => {
    const drawn = goals.filter((g) => {
      const id = str(g?.id);
      return wanted.has(id) && index.get(id)?.goal === g;
    });
    if (!drawn.length) return;
    // A lane is as wide as its goals: its title is wrapped like their text, so it never sticks out.
    w.subgraph(w.id('S'), [title], 'strategy', undefined, w.wrap);
    for (const goal of drawn) {
      const id = w.id('G');
      nodeOf.set(goal.id, id);
      if (!ctx.goalNodes.has(goal.id)) ctx.goalNodes.set(goal.id, id);
      const lines = [str(goal.text)];
      if (ctx.showIndicators)
        for (const i of arr<Indicator>(goal.indicators)) if (i) lines.push(indicatorLine(i));
      const count = marks.goal(goal.id);
      if (count) lines.push(words.findings(count));
      w.node(id, lines, count ? [rus ? 'rusgoal' : 'usgoal', 'finding'] : [rus ? 'rusgoal' : 'usgoal']);
    }
    w.end();
  };
  for (const us of arr<Understrategi>(strategy.understrategier)) {
    if (us) lane(words.understrategi(str(us.name)), arr<Goal>(us.goals), false);
  }
  if (strategy.rus) lane(words.rus(str(strategy.rus.name)), arr<Goal>(strategy.rus.goals), true);

  for (const { plan, nodes } of plans) {
    for (const gl of arr<GoalLink>(plan.goalLinks)) {
      const fromId = str(gl?.from);
      const goalId = str(gl?.goal);
      const from = nodes.get(fromId);
      const to = nodeOf.get(goalId);
      if (from && to) w.edge(from, to, 'goal');
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
  for (const [goalId, from] of nodeOf) {
    for (const s of arr<string>(index.get(goalId)?.goal.serves)) {
      const to = typeof s === 'string' ? nodeOf.get(s) : undefined;
      if (to) w.edge(from, to, 'serves');
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
