import { Graph } from '@dagrejs/graphlib';
import type { Document } from '../model/document.js';
import type { Plan } from '../model/plan.js';

/**
 * A plan as a graphlib graph, for users who run their own algorithms: nodes are
 * box ids labelled with the box, edges are links labelled with the link. Links
 * to boxes that do not exist are left out (the validator reports them).
 * Note: graphlib's own algorithms are recursive; on very long chains prefer this
 * library's iterative `findCycles` and `reachable`.
 */
export function planGraph(plan: Plan): Graph {
  const g = new Graph({ directed: true, multigraph: false });
  g.setGraph({ id: plan.id, name: plan.name });
  for (const box of plan.boxes) g.setNode(box.id, box);
  for (const link of plan.links ?? []) {
    if (g.hasNode(link.from) && g.hasNode(link.to)) g.setEdge(link.from, link.to, link);
  }
  return g;
}

/**
 * The strategy hierarchy as a graphlib graph: RUS goals, understrategi goals and
 * plans as nodes (ids prefixed `goal:` and `plan:`); edges point from what serves
 * to what is served (plan → understrategi goal → RUS goal).
 */
export function strategyGraph(document: Document): Graph {
  const g = new Graph({ directed: true });
  const rus = document.strategy?.rus;
  for (const goal of rus?.goals ?? []) g.setNode(`goal:${goal.id}`, { kind: 'rus', goal });
  for (const u of document.strategy?.understrategier ?? []) {
    for (const goal of u.goals) {
      g.setNode(`goal:${goal.id}`, { kind: 'understrategi', understrategi: u.id, goal });
      for (const served of goal.serves ?? []) {
        if (g.hasNode(`goal:${served}`)) g.setEdge(`goal:${goal.id}`, `goal:${served}`);
      }
    }
  }
  for (const plan of document.plans ?? []) {
    g.setNode(`plan:${plan.id}`, { kind: 'plan', plan });
    for (const gl of plan.goalLinks ?? []) {
      if (g.hasNode(`goal:${gl.goal}`)) g.setEdge(`plan:${plan.id}`, `goal:${gl.goal}`, gl);
    }
  }
  return g;
}
