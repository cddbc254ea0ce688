import { castDraft } from 'immer';
import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import { Box } from '../model/box.js';
import type { Document } from '../model/document.js';
import type { Plan } from '../model/plan.js';
import { checkValue, commit, refuse } from './commit.js';
import { sameJson } from './equal.js';
import { findBox, findPlan, isFinding } from './find.js';
import { takeInput } from './input.js';
import type { AddBox, EditOptions, EditResult, RemoveBox, UpdateBox } from './types.js';

/** Indicator ids already used in a plan, leaving out one box's own. */
function indicatorIds(plan: Plan, except = -1): Set<string> {
  const ids = new Set<string>();
  plan.boxes.forEach((b, bi) => {
    if (bi !== except) for (const ind of b.indicators ?? []) ids.add(ind.id);
  });
  return ids;
}

/** Findings for indicator ids of `box` that clash with the plan's other indicators or each other. */
function indicatorClashes(plan: Plan, planIndex: number, box: Box, boxIndex: number): Finding[] {
  const taken = indicatorIds(plan, boxIndex);
  const out: Finding[] = [];
  for (const ind of box.indicators ?? []) {
    if (taken.has(ind.id)) {
      out.push(
        createFinding(
          'EDIT_DUPLICATE_ID',
          { plan: plan.id, box: box.id, indicator: ind.id, path: ['plans', planIndex, 'boxes'] },
          { kind: 'indicator', id: ind.id },
        ),
      );
    }
    taken.add(ind.id);
  }
  return out;
}

/** Adds a box to a plan. Refused if the id is taken, the plan unknown or the box not valid. */
export function addBox(document: Document, given: AddBox, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const { plan, index: pi } = found;
  const boxes = plan.boxes;
  const checked = checkValue(Box, input.box, 'box', {
    plan: plan.id,
    path: ['plans', pi, 'boxes', boxes.length],
  });
  if (checked.findings.length) return refuse(checked.findings);
  const box = checked.value as Box;
  if (boxes.some((b) => b.id === box.id)) {
    return refuse(
      createFinding(
        'EDIT_DUPLICATE_ID',
        { plan: plan.id, box: box.id, path: ['plans', pi, 'boxes'] },
        { kind: 'box', id: box.id },
      ),
    );
  }
  const clashes = indicatorClashes(plan, pi, box, -1);
  if (clashes.length) return refuse(clashes);
  const at = input.index;
  if (at !== undefined && !(Number.isInteger(at) && at >= 0 && at <= boxes.length)) {
    return refuse(
      createFinding(
        'EDIT_INVALID_VALUE',
        { plan: plan.id, path: ['plans', pi, 'boxes'] },
        { field: 'index', problem: 'OUT_OF_RANGE', min: 0, max: boxes.length, found: String(at) },
      ),
    );
  }
  return commit(
    document,
    { op: 'addBox', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        const list = draft.plans![pi]!.boxes;
        if (at === undefined) list.push(castDraft(box));
        else list.splice(at, 0, castDraft(box));
      },
    },
    options,
  );
}

/**
 * Changes fields of a box; fields not named in `changes` (also `x-…` keys)
 * stay as they are. Refused if the result is not a valid box or `changes` changes the id.
 */
export function updateBox(document: Document, given: UpdateBox, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const bi = findBox(found, input.box);
  if (isFinding(bi)) return refuse(bi);
  const { plan, index: pi } = found;
  const old = plan.boxes[bi]!;
  const path = ['plans', pi, 'boxes', bi];
  const changes = input.changes as Record<string, unknown>;
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    return refuse(
      createFinding(
        'EDIT_INVALID_VALUE',
        { plan: plan.id, box: old.id, path },
        {
          field: 'changes',
          problem: 'INVALID_TYPE',
          expected: 'object',
          found: Array.isArray(changes) ? 'array' : changes === null ? 'null' : typeof changes,
        },
      ),
    );
  }
  if ('id' in changes && changes.id !== old.id) {
    return refuse(
      createFinding(
        'EDIT_ID_CHANGE',
        { plan: plan.id, box: old.id, path: [...path, 'id'] },
        {
          box: old.id,
          id: typeof changes.id === 'string' ? changes.id : null,
        },
      ),
    );
  }
  const merged: Record<string, unknown> = { ...old };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const checked = checkValue(Box, merged, 'box', { plan: plan.id, box: old.id, path });
  if (checked.findings.length) return refuse(checked.findings);
  const box = checked.value as Record<string, unknown>;
  const clashes = indicatorClashes(plan, pi, box as Box, bi);
  if (clashes.length) return refuse(clashes);
  return commit(
    document,
    { op: 'updateBox', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        const target = draft.plans![pi]!.boxes[bi]! as Record<string, unknown>;
        for (const [key, value] of Object.entries(changes)) {
          // Only changed keys are written, so patches and diffs name just what changed.
          if (value === undefined) {
            if (key in target) delete target[key];
          } else if (!sameJson(old[key], value)) {
            target[key] = box[key];
          }
        }
      },
    },
    options,
  );
}

/** Removes a box and every link and goal link that starts or ends at it. */
export function removeBox(document: Document, given: RemoveBox, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const bi = findBox(found, input.box);
  if (isFinding(bi)) return refuse(bi);
  const { plan, index: pi } = found;
  const id = plan.boxes[bi]!.id;
  const touches = (l: { from: string; to?: string }) => l.from === id || l.to === id;
  const dropLinks = (plan.links ?? []).some(touches);
  const dropGoalLinks = (plan.goalLinks ?? []).some((g) => g.from === id);
  return commit(
    document,
    { op: 'removeBox', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        const p = draft.plans![pi]!;
        p.boxes.splice(bi, 1);
        // Removed from the end so the indices still to visit stay valid.
        if (dropLinks && p.links) {
          for (let i = p.links.length - 1; i >= 0; i--) if (touches(plan.links![i]!)) p.links.splice(i, 1);
        }
        if (dropGoalLinks && p.goalLinks) {
          for (let i = p.goalLinks.length - 1; i >= 0; i--) {
            if (plan.goalLinks![i]!.from === id) p.goalLinks.splice(i, 1);
          }
        }
      },
    },
    options,
  );
}
