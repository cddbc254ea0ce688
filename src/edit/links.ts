import { createFinding } from '../findings/create.js';
import type { Document } from '../model/document.js';
import { GoalLink, Link } from '../model/link.js';
import { checkValue, commit, refuse } from './commit.js';
import { findBox, findGoal, findPlan, isFinding } from './find.js';
import { takeInput } from './input.js';
import type { Connect, Disconnect, EditOptions, EditResult, LinkGoal, UnlinkGoal } from './types.js';

/** Links box `from` to box `to` in a plan. Refused if a box is unknown or the link exists. */
export function connect(document: Document, given: Connect, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const { plan, index: pi } = found;
  const missing = [findBox(found, input.from), findBox(found, input.to)].filter(isFinding);
  if (missing.length) return refuse(missing);
  const links = plan.links ?? [];
  const location = { plan: plan.id, link: { from: input.from, to: input.to }, path: ['plans', pi, 'links'] };
  if (links.some((l) => l.from === input.from && l.to === input.to)) {
    return refuse(
      createFinding('EDIT_DUPLICATE_LINK', location, { kind: 'link', from: input.from, to: input.to }),
    );
  }
  const value: Record<string, unknown> = { from: input.from, to: input.to };
  if (input.assumption !== undefined) value.assumption = input.assumption;
  const checked = checkValue(Link, value, 'link', location);
  if (checked.findings.length) return refuse(checked.findings);
  return commit(
    document,
    { op: 'connect', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        const p = draft.plans![pi]!;
        if (p.links) p.links.push(checked.value as Link);
        else p.links = [checked.value as Link];
      },
    },
    options,
  );
}

/** Removes the link `from` → `to`. Refused if the plan has no such link. */
export function disconnect(document: Document, given: Disconnect, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const { plan, index: pi } = found;
  const li = (plan.links ?? []).findIndex((l) => l.from === input.from && l.to === input.to);
  if (li < 0) {
    const location = {
      plan: plan.id,
      link: { from: input.from, to: input.to },
      path: ['plans', pi, 'links'],
    };
    return refuse(
      createFinding('EDIT_UNKNOWN_LINK', location, { kind: 'link', from: input.from, to: input.to }),
    );
  }
  return commit(
    document,
    { op: 'disconnect', ...input },
    { plans: [pi], recipe: (draft) => void draft.plans![pi]!.links!.splice(li, 1) },
    options,
  );
}

/**
 * Links a box to a strategy goal. Refused if the box or goal is unknown or the
 * goal link exists. A document without a strategy cannot be checked for goals
 * (its strategy lives in another file of the set), so there any goal id is taken.
 */
export function linkGoal(document: Document, given: LinkGoal, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const { plan, index: pi } = found;
  const bi = findBox(found, input.box);
  if (isFinding(bi)) return refuse(bi);
  if (document.strategy) {
    const goal = findGoal(document, input.goal);
    if (isFinding(goal)) return refuse(goal);
  }
  const location = { plan: plan.id, box: input.box, goal: input.goal, path: ['plans', pi, 'goalLinks'] };
  if ((plan.goalLinks ?? []).some((g) => g.from === input.box && g.goal === input.goal)) {
    return refuse(
      createFinding('EDIT_DUPLICATE_LINK', location, { kind: 'goalLink', from: input.box, to: input.goal }),
    );
  }
  const value: Record<string, unknown> = { from: input.box, goal: input.goal };
  if (input.note !== undefined) value.note = input.note;
  const checked = checkValue(GoalLink, value, 'goalLink', location);
  if (checked.findings.length) return refuse(checked.findings);
  return commit(
    document,
    { op: 'linkGoal', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        const p = draft.plans![pi]!;
        if (p.goalLinks) p.goalLinks.push(checked.value as GoalLink);
        else p.goalLinks = [checked.value as GoalLink];
      },
    },
    options,
  );
}

/** Removes the goal link from a box to a goal. Refused if there is none. */
export function unlinkGoal(document: Document, given: UnlinkGoal, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const { plan, index: pi } = found;
  const gi = (plan.goalLinks ?? []).findIndex((g) => g.from === input.box && g.goal === input.goal);
  if (gi < 0) {
    const location = { plan: plan.id, box: input.box, goal: input.goal, path: ['plans', pi, 'goalLinks'] };
    return refuse(
      createFinding('EDIT_UNKNOWN_LINK', location, { kind: 'goalLink', from: input.box, to: input.goal }),
    );
  }
  return commit(
    document,
    { op: 'unlinkGoal', ...input },
    { plans: [pi], recipe: (draft) => void draft.plans![pi]!.goalLinks!.splice(gi, 1) },
    options,
  );
}
