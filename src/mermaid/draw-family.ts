import type { Plan } from '../model/plan.js';
import { planChain } from './chains.js';
import { type DrawContext, str } from './context.js';
import { drawChain } from './draw-chain.js';
import type { DrawnPlan } from './draw-strategy.js';

/**
 * The ramprojekt each plan is drawn inside: its `parent` when that plan is
 * drawn too and following parents never comes back to the plan (a loop, which
 * validation reports, is drawn flat).
 */
function parentsDrawn(plans: readonly Plan[]): Map<Plan, Plan> {
  const byId = new Map<string, Plan>();
  for (const plan of plans) {
    const id = str(plan.id);
    if (id && !byId.has(id)) byId.set(id, plan);
  }
  const parentOf = new Map<Plan, Plan>();
  for (const plan of plans) {
    const parent = byId.get(str(plan.parent));
    if (!parent || parent === plan) continue;
    const seen = new Set<Plan>([plan]);
    let up: Plan | undefined = parent;
    while (up && !seen.has(up)) {
      seen.add(up);
      up = byId.get(str(up.parent));
    }
    if (!up) parentOf.set(plan, parent);
  }
  return parentOf;
}

/**
 * Draws plans as chains, each delprojekt inside its ramprojekt's subgraph
 * (`plan.parent`), as deep as the family goes. Plans without a drawn parent
 * are drawn in the given order, their delprojekt in the given order inside
 * them: a portfolio without families is drawn exactly as plan after plan.
 * Returns the plans in drawing order with their box nodes.
 */
export function drawPlans(ctx: DrawContext, plans: readonly Plan[]): DrawnPlan[] {
  const parentOf = parentsDrawn(plans);
  const children = new Map<Plan, Plan[]>();
  for (const plan of plans) {
    const parent = parentOf.get(plan);
    if (!parent) continue;
    const list = children.get(parent);
    if (list) list.push(plan);
    else children.set(parent, [plan]);
  }
  const drawn: DrawnPlan[] = [];
  const draw = (plan: Plan): void => {
    const kids = children.get(plan);
    const entry: { plan: Plan; nodes: ReadonlyMap<string, string> } = { plan, nodes: new Map() };
    drawn.push(entry);
    entry.nodes = drawChain(ctx, planChain(ctx, plan), kids ? () => kids.forEach(draw) : undefined);
  };
  for (const plan of plans) if (!parentOf.has(plan)) draw(plan);
  return drawn;
}
