import type { Draft } from 'immer';
import { createFinding } from '../findings/create.js';
import type { Finding, Location, PathSegment } from '../findings/finding.js';
import type { Document } from '../model/document.js';
import { Id } from '../model/ids.js';
import type { Indicator } from '../model/indicator.js';
import { checkValue, commit, refuse } from './commit.js';
import { allGoals, at, findBox, findGoal, findPlan, isFinding } from './find.js';
import { takeInput } from './input.js';
import type { EditOptions, EditResult, RenameId } from './types.js';

type Kind = RenameId['kind'];
type Rename<K extends Kind> = Extract<RenameId, { kind: K }>;

function duplicate(kind: Kind, id: string, location: Location): Finding {
  return createFinding('EDIT_DUPLICATE_ID', location, { kind, id });
}

/** Every indicator of the strategy's goals, with its path. */
function strategyIndicators(document: Document): { indicator: Indicator; path: PathSegment[] }[] {
  const out: { indicator: Indicator; path: PathSegment[] }[] = [];
  for (const g of allGoals(document)) {
    (g.goal.indicators ?? []).forEach((indicator, ii) => {
      out.push({ indicator, path: [...g.path, 'indicators', ii] });
    });
  }
  return out;
}

/** Every indicator of every plan's boxes, with its path. */
function planIndicators(document: Document): { indicator: Indicator; path: PathSegment[] }[] {
  const out: { indicator: Indicator; path: PathSegment[] }[] = [];
  (document.plans ?? []).forEach((p, pi) => {
    p.boxes.forEach((b, bi) => {
      (b.indicators ?? []).forEach((indicator, ii) => {
        out.push({ indicator, path: ['plans', pi, 'boxes', bi, 'indicators', ii] });
      });
    });
  });
  return out;
}

/**
 * Renames the id of a box, plan, goal or indicator; every reference to it
 * follows. Refused if the old id is unknown, the new one taken or not a valid id.
 */
export function renameId(document: Document, given: RenameId, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  switch (input.kind) {
    case 'box':
      return renameBox(document, input, options);
    case 'plan':
      return renamePlan(document, input, options);
    case 'goal':
      return renameGoal(document, input, options);
    case 'indicator':
      return typeof input.plan === 'string'
        ? renamePlanIndicator(document, { ...input, plan: input.plan }, options)
        : renameStrategyIndicator(document, input, options);
    default:
      return refuse(
        createFinding(
          'EDIT_INVALID_VALUE',
          {},
          {
            field: 'kind',
            problem: 'INVALID_VALUE',
            expected: ['box', 'plan', 'goal', 'indicator'],
            found: String((input as { kind?: unknown }).kind),
          },
        ),
      );
  }
}

/**
 * Why `to` cannot be the new id, if it cannot: not a valid id, or already taken
 * (`taken` says whether another thing of the same kind has it). Empty when it can.
 */
function newIdProblems(
  kind: Kind,
  { from, to }: RenameId,
  location: Location,
  taken: (id: string) => boolean,
): readonly Finding[] {
  const bad = checkValue(Id, to, 'to', location).findings;
  if (bad.length) return bad;
  return to !== from && taken(to) ? [duplicate(kind, to, location)] : [];
}

/** A box's id, and the links and goal links of its plan that name it. */
function renameBox(document: Document, input: Rename<'box'>, options?: EditOptions): EditResult {
  const { from, to } = input;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const { plan, index: pi } = found;
  const bi = findBox(found, from);
  if (isFinding(bi)) return refuse(bi);
  const location = { plan: plan.id, box: from, path: ['plans', pi, 'boxes', bi, 'id'] };
  const problems = newIdProblems('box', input, location, (id) => plan.boxes.some((b) => b.id === id));
  if (problems.length) return refuse(problems);
  return commit(
    document,
    { op: 'renameId', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        const p = draft.plans![pi]!;
        p.boxes[bi]!.id = to;
        (plan.links ?? []).forEach((l, li) => {
          if (l.from === from) p.links![li]!.from = to;
          if (l.to === from) p.links![li]!.to = to;
        });
        (plan.goalLinks ?? []).forEach((g, gi) => {
          if (g.from === from) p.goalLinks![gi]!.from = to;
        });
      },
    },
    options,
  );
}

/** A plan's id: nothing else in the document refers to a plan by id. */
function renamePlan(document: Document, input: Rename<'plan'>, options?: EditOptions): EditResult {
  const { from, to } = input;
  const found = findPlan(document, from);
  if (isFinding(found)) return refuse(found);
  const pi = found.index;
  const location = { plan: from, path: ['plans', pi, 'id'] };
  const problems = newIdProblems('plan', input, location, (id) =>
    (document.plans ?? []).some((p) => p.id === id),
  );
  if (problems.length) return refuse(problems);
  return commit(
    document,
    { op: 'renameId', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        draft.plans![pi]!.id = to;
      },
    },
    options,
  );
}

/** A strategy goal's id, the goals that serve it and the plans' goal links to it. */
function renameGoal(document: Document, input: Rename<'goal'>, options?: EditOptions): EditResult {
  const { from, to } = input;
  const found = findGoal(document, from);
  if (isFinding(found)) return refuse(found);
  const location = { goal: from, path: [...found.path, 'id'] };
  const goals = allGoals(document);
  const problems = newIdProblems('goal', input, location, (id) => goals.some((g) => g.goal.id === id));
  if (problems.length) return refuse(problems);
  const touched: number[] = [];
  (document.plans ?? []).forEach((p, pi) => {
    if ((p.goalLinks ?? []).some((g) => g.goal === from)) touched.push(pi);
  });
  return commit(
    document,
    { op: 'renameId', ...input },
    {
      plans: touched,
      recipe: (draft) => {
        at<{ id: string }>(draft, found.path).id = to;
        for (const g of goals) {
          const serves = g.goal.serves;
          if (!serves?.includes(from)) continue;
          const target = at<{ serves: string[] }>(draft, g.path).serves;
          serves.forEach((s, si) => {
            if (s === from) target[si] = to;
          });
        }
        for (const pi of touched) {
          const links = draft.plans![pi]!.goalLinks!;
          document.plans![pi]!.goalLinks!.forEach((g, gi) => {
            if (g.goal === from) links[gi]!.goal = to;
          });
        }
      },
    },
    options,
  );
}

/** An indicator of a plan's boxes: ids are unique within the plan. */
function renamePlanIndicator(
  document: Document,
  input: Rename<'indicator'> & { readonly plan: string },
  options?: EditOptions,
): EditResult {
  const { from, to } = input;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const pi = found.index;
  const inPlan = planIndicators(document).filter((x) => x.path[1] === pi);
  const hit = inPlan.find((x) => x.indicator.id === from);
  if (!hit) {
    return refuse(
      createFinding(
        'EDIT_UNKNOWN_INDICATOR',
        { plan: found.plan.id, indicator: from, path: ['plans', pi] },
        { indicator: from, plan: found.plan.id },
      ),
    );
  }
  const location = { plan: found.plan.id, indicator: from, path: [...hit.path, 'id'] };
  const problems = newIdProblems('indicator', input, location, (id) =>
    inPlan.some((x) => x.indicator.id === id),
  );
  if (problems.length) return refuse(problems);
  return commit(
    document,
    { op: 'renameId', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        at<Draft<Indicator>>(draft, hit.path).id = to;
      },
    },
    options,
  );
}

/** An indicator of a strategy goal, and every indicator that rolls up into it. */
function renameStrategyIndicator(
  document: Document,
  input: Rename<'indicator'>,
  options?: EditOptions,
): EditResult {
  const { from, to } = input;
  const inStrategy = strategyIndicators(document);
  const hit = inStrategy.find((x) => x.indicator.id === from);
  if (!hit) {
    return refuse(
      createFinding('EDIT_UNKNOWN_INDICATOR', { indicator: from, path: ['strategy'] }, { indicator: from }),
    );
  }
  const location = { indicator: from, path: [...hit.path, 'id'] };
  const problems = newIdProblems('indicator', input, location, (id) =>
    inStrategy.some((x) => x.indicator.id === id),
  );
  if (problems.length) return refuse(problems);
  // Indicators anywhere that roll up into the renamed one follow it.
  const rolling = [...inStrategy, ...planIndicators(document)].filter((x) => x.indicator.rollsUpTo === from);
  const touched = [...new Set(rolling.filter((x) => x.path[0] === 'plans').map((x) => x.path[1] as number))];
  return commit(
    document,
    { op: 'renameId', ...input },
    {
      plans: touched,
      recipe: (draft) => {
        at<Draft<Indicator>>(draft, hit.path).id = to;
        for (const x of rolling) at<Draft<Indicator>>(draft, x.path).rollsUpTo = to;
      },
    },
    options,
  );
}
