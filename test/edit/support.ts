import fc from 'fast-check';
import type { DocumentDiff, Edit } from '../../src/edit/index.js';
import { type Document, LEVELS } from '../../src/index.js';

/** A seed for one edit; `materialize` turns it into an edit against the current document. */
export interface EditSeed {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly text: string;
  readonly value: number;
}

/** Seeds for edits; most become valid edits, some are refused (unknown or taken ids). */
export const editSeed: fc.Arbitrary<EditSeed> = fc.record({
  kind: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.string({ unit: 'grapheme', maxLength: 12 }),
  value: fc.integer({ min: 0, max: 10_000 }),
});

const KINDS = [
  'addBox',
  'updateBox',
  'removeBox',
  'connect',
  'disconnect',
  'linkGoal',
  'unlinkGoal',
  'renameBox',
  'renamePlan',
  'renameGoal',
  'setTarget',
  'recordMeasurement',
  'setTemplate',
  'setClassification',
] as const;

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

/** Every strategy goal id of a document. */
export function goalIds(document: Document): string[] {
  const s = document.strategy;
  return [...(s?.rus?.goals ?? []), ...(s?.understrategier ?? []).flatMap((u) => u.goals)].map((g) => g.id);
}

/** An edit against the document from a seed (an id that never clashes gets the seed's number). */
export function materialize(document: Document, seed: EditSeed): Edit {
  const kind = KINDS[seed.kind % KINDS.length]!;
  const plan = pick(document.plans ?? [], seed.a)!;
  const box = pick(plan.boxes, seed.b) ?? { id: 'none', level: 'resurser' as const, text: '' };
  const other = pick(plan.boxes, seed.c) ?? box;
  const links = plan.links ?? [];
  const goalLinks = plan.goalLinks ?? [];
  const goals = goalIds(document);
  const indicators = plan.boxes.flatMap((b) => b.indicators ?? []);
  const fresh = `n${seed.value}x${seed.c}`;
  switch (kind) {
    case 'addBox':
      return {
        op: 'addBox',
        plan: plan.id,
        box: { id: fresh, level: LEVELS[seed.b % 6]!, text: seed.text },
      };
    case 'updateBox':
      return { op: 'updateBox', plan: plan.id, box: box.id, changes: { text: `${box.text}·${seed.text}` } };
    case 'removeBox':
      return { op: 'removeBox', plan: plan.id, box: box.id };
    case 'connect':
      return { op: 'connect', plan: plan.id, from: box.id, to: other.id };
    case 'disconnect': {
      const l = pick(links, seed.b) ?? { from: box.id, to: other.id };
      return { op: 'disconnect', plan: plan.id, from: l.from, to: l.to };
    }
    case 'linkGoal':
      return { op: 'linkGoal', plan: plan.id, box: box.id, goal: pick(goals, seed.c) ?? 'G' };
    case 'unlinkGoal': {
      const g = pick(goalLinks, seed.b) ?? { from: box.id, goal: 'G' };
      return { op: 'unlinkGoal', plan: plan.id, box: g.from, goal: g.goal };
    }
    case 'renameBox':
      return {
        op: 'renameId',
        kind: 'box',
        plan: plan.id,
        from: box.id,
        to: seed.value % 3 ? fresh : other.id,
      };
    case 'renamePlan':
      return { op: 'renameId', kind: 'plan', from: plan.id, to: fresh };
    case 'renameGoal':
      return { op: 'renameId', kind: 'goal', from: pick(goals, seed.b) ?? 'G', to: fresh };
    case 'setTarget': {
      const ind = pick(indicators, seed.b);
      return {
        op: 'setTarget',
        plan: plan.id,
        indicator: ind?.id ?? 'none',
        target: { value: seed.value, year: 2020 + (seed.c % 10) },
        reason: seed.value % 5 ? 'Ny bedömning' : '',
      };
    }
    case 'recordMeasurement': {
      const ind = pick(indicators, seed.b);
      return {
        op: 'recordMeasurement',
        plan: plan.id,
        indicator: ind?.id ?? 'none',
        measurement: { period: `${2020 + (seed.c % 6)}-Q${1 + (seed.value % 4)}`, value: seed.value },
        replace: seed.value % 2 === 0,
      };
    }
    case 'setTemplate':
      return { op: 'setTemplate', plan: plan.id, template: seed.value % 4 ? `mall-${seed.value % 3}` : null };
    case 'setClassification':
      return {
        op: 'setClassification',
        plan: plan.id,
        classification:
          seed.value % 4 ? { prioritering: seed.text, hallbarhet: { syfte: seed.value % 4 } } : null,
      };
  }
}

/** A diff flattened to short names: `box+ p0/x`, `link- p0/a>b`, `indicator~ p0/i` … */
export function names(d: DocumentDiff): string[] {
  const out: string[] = [];
  for (const f of d.fields) out.push(`field~ ${f.field}`);
  for (const f of d.strategy.fields) out.push(`strategy~ ${f.field}`);
  for (const g of d.strategy.goals.added) out.push(`goal+ ${g.goal.id}`);
  for (const g of d.strategy.goals.removed) out.push(`goal- ${g.goal.id}`);
  for (const g of d.strategy.goals.changed) out.push(`goal~ ${g.id}`);
  for (const p of d.plans.added) out.push(`plan+ ${p.id}`);
  for (const p of d.plans.removed) out.push(`plan- ${p.id}`);
  for (const p of d.plans.changed) {
    if (p.renamedFrom !== undefined) out.push(`plan~ ${p.renamedFrom}>${p.id}`);
    for (const f of p.fields) out.push(`plan~ ${p.id}.${f.field}`);
    for (const b of p.boxes.added) out.push(`box+ ${p.id}/${b.id}`);
    for (const b of p.boxes.removed) out.push(`box- ${p.id}/${b.id}`);
    for (const b of p.boxes.changed) {
      if (b.renamedFrom !== undefined) out.push(`box~ ${p.id}/${b.renamedFrom}>${b.id}`);
      for (const f of b.fields) out.push(`box~ ${p.id}/${b.id}.${f.field}`);
      for (const i of b.indicators.changed) out.push(`indicator~ ${p.id}/${i.id}`);
      for (const i of b.indicators.added) out.push(`indicator+ ${p.id}/${i.id}`);
      for (const i of b.indicators.removed) out.push(`indicator- ${p.id}/${i.id}`);
    }
    for (const l of p.links.added) out.push(`link+ ${p.id}/${l.from}>${l.to}`);
    for (const l of p.links.removed) out.push(`link- ${p.id}/${l.from}>${l.to}`);
    for (const l of p.links.changed) out.push(`link~ ${p.id}/${l.from}>${l.to}`);
    for (const g of p.goalLinks.added) out.push(`goalLink+ ${p.id}/${g.from}>${g.goal}`);
    for (const g of p.goalLinks.removed) out.push(`goalLink- ${p.id}/${g.from}>${g.goal}`);
    for (const g of p.goalLinks.changed) out.push(`goalLink~ ${p.id}/${g.from}>${g.goal}`);
    for (const e of p.changelog) out.push(`log+ ${p.id}/${e.what}`);
  }
  return out.sort();
}

/** What a diff should name after one applied edit on `before`. */
export function expectedNames(before: Document, edit: Edit): string[] {
  const plan =
    'plan' in edit && typeof edit.plan === 'string'
      ? (before.plans ?? []).find((p) => p.id === edit.plan)
      : undefined;
  const p = plan?.id ?? '';
  switch (edit.op) {
    case 'addBox':
      return [`box+ ${p}/${edit.box.id}`];
    case 'updateBox':
      return Object.keys(edit.changes).map((k) => `box~ ${p}/${edit.box}.${k}`);
    case 'removeBox':
      return [
        `box- ${p}/${edit.box}`,
        ...(plan?.links ?? [])
          .filter((l) => l.from === edit.box || l.to === edit.box)
          .map((l) => `link- ${p}/${l.from}>${l.to}`),
        ...(plan?.goalLinks ?? [])
          .filter((g) => g.from === edit.box)
          .map((g) => `goalLink- ${p}/${g.from}>${g.goal}`),
      ].sort();
    case 'connect':
      return [`link+ ${p}/${edit.from}>${edit.to}`];
    case 'disconnect':
      return [`link- ${p}/${edit.from}>${edit.to}`];
    case 'linkGoal':
      return [`goalLink+ ${p}/${edit.box}>${edit.goal}`];
    case 'unlinkGoal':
      return [`goalLink- ${p}/${edit.box}>${edit.goal}`];
    case 'renameId':
      if (edit.kind === 'box') return [`box~ ${p}/${edit.from}>${edit.to}`];
      if (edit.kind === 'plan') return [`plan~ ${edit.from}>${edit.to}`];
      return [`goal~ ${edit.to}`];
    case 'setTarget':
    case 'recordMeasurement':
      return [`indicator~ ${p}/${edit.indicator}`];
    case 'setTemplate':
      return [`plan~ ${p}.template`];
    case 'setClassification':
      return [`plan~ ${p}.classification`];
    default:
      throw new Error(`no expectation for ${(edit as Edit).op}`);
  }
}

/** True if every object reachable from `value` is frozen. */
export function deepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(deepFrozen);
}
