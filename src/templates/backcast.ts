import { createFinding } from '../findings/create.js';
import { EffektkedjaError } from '../findings/error.js';
import type { Result } from '../findings/result.js';
import { closest } from '../io/suggest.js';
import type { Document } from '../model/document.js';
import { LEVEL_INFO } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { Template } from '../model/template.js';
import { type InstantiateOptions, safeInstantiate } from './instantiate.js';

/** What backcasting needs besides the goal and the template: the new plan's id, name, kind, period … */
export type BackcastOptions = InstantiateOptions;

/**
 * A new plan planned backwards from a strategy goal (seed 000: start from the
 * effect the region wants, then ask what must happen before it): the template's
 * chain with every box a placeholder to be written, and goal links from the
 * chain's last level to the goal. The period is the goal's understrategi's (or
 * the RUS's) horizon unless given. The validator's findings on the plan then
 * form the to-do list, from the effect back to the resources. Refuses a goal
 * that is not in the document's strategy with `BACKCAST_UNKNOWN_GOAL`.
 */
export function safeBackcast(
  document: Document,
  goalId: string,
  template: Template,
  options: BackcastOptions,
): Result<Plan> {
  const rus = document.strategy?.rus;
  const understrategi = (document.strategy?.understrategier ?? []).find((u) =>
    u.goals.some((g) => g.id === goalId),
  );
  const inRus = rus?.goals.some((g) => g.id === goalId) ?? false;
  if (!understrategi && !inRus) {
    const known: string[] = [];
    for (const g of rus?.goals ?? []) known.push(g.id);
    for (const u of document.strategy?.understrategier ?? []) for (const g of u.goals) known.push(g.id);
    const suggestion = closest(goalId, known);
    return {
      ok: false,
      findings: [
        createFinding(
          'BACKCAST_UNKNOWN_GOAL',
          { path: ['goal'] },
          { goal: goalId, ...(suggestion ? { suggestion } : {}) },
        ),
      ],
    };
  }
  const horizon = understrategi ? understrategi.horizon : rus?.horizon;
  const made = safeInstantiate(template, {
    ...options,
    ...(options.period === undefined && horizon ? { period: horizon } : {}),
  });
  if (!made.ok) return made;
  const plan = made.value;
  let last = -1;
  for (const b of plan.boxes) last = Math.max(last, LEVEL_INFO[b.level].index);
  const boxes = plan.boxes.map((b) => ({ ...b, placeholder: true }));
  const goalLinks = boxes
    .filter((b) => LEVEL_INFO[b.level].index === last)
    .map((b) => ({ from: b.id, goal: goalId }));
  return { ok: true, value: { ...plan, boxes, goalLinks }, findings: [] };
}

/** Like `safeBackcast`, but throws an `EffektkedjaError` carrying the findings when it refuses. */
export function backcast(
  document: Document,
  goalId: string,
  template: Template,
  options: BackcastOptions,
): Plan {
  const result = safeBackcast(document, goalId, template, options);
  if (!result.ok) throw new EffektkedjaError(result.findings, options.language ?? 'sv');
  return result.value;
}
