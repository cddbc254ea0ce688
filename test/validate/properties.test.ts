import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { type Plan, validate } from '../../src/index.js';
import { validDocument } from '../support/arbitraries.js';
import { editable } from '../support/mutate.js';

// Seeded defects: each edit of a valid plan and the code that must find it.
const defects: [string, (plan: Draft<Plan>) => void][] = [
  ['LINK_BACKWARDS', (p) => void p.links!.push({ from: p.boxes.at(-1)!.id, to: p.boxes[0]!.id })],
  ['LINK_SKIPS_LEVEL', (p) => void p.links!.push({ from: p.boxes[0]!.id, to: p.boxes.at(-1)!.id })],
  ['LINK_UNKNOWN_BOX', (p) => void p.links!.push({ from: p.boxes[0]!.id, to: 'saknas' })],
  ['DUPLICATE_ID', (p) => void p.boxes.push({ ...p.boxes[0]! })],
  ['ISOLATED_BOX', (p) => void p.boxes.push({ id: 'ensam', level: 'utfall', text: 'x' })],
  ['PLAN_WITHOUT_GOAL_LINKS', (p) => void (p.goalLinks = [])],
  ['GOAL_LINK_UNKNOWN_GOAL', (p) => void p.goalLinks!.push({ from: p.boxes.at(-1)!.id, goal: 'inget-mal' })],
  [
    'OUTPUT_WITHOUT_INDICATOR',
    (p) => {
      for (const b of p.boxes) if (b.level === 'prestationer') delete b.indicators;
    },
  ],
  [
    'LEVEL_MISSING',
    (p) => {
      const gone = new Set(p.boxes.filter((b) => b.level === 'resurser').map((b) => b.id));
      p.boxes = p.boxes.filter((b) => !gone.has(b.id));
      p.links = p.links!.filter((l) => !gone.has(l.from));
    },
  ],
];

describe('validate: properties', () => {
  it('a plan generated valid stays valid (no finding at warning or error level)', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const bad = validate(doc).findings.filter((f) => f.severity !== 'info');
        expect(bad).toEqual([]);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('each seeded defect is found by its code, in the plan it was seeded in', () => {
    fc.assert(
      fc.property(validDocument, fc.constantFrom(...defects), fc.nat(), (doc, [code, seed], at) => {
        const copy = editable(doc);
        const plan = copy.plans![at % copy.plans!.length]!;
        seed(plan);
        const hits = validate(copy).findings.filter((f) => f.code === code);
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.every((f) => f.location.plan === plan.id)).toBe(true);
      }),
      { numRuns: 300, seed: 43 },
    );
  });

  it('gives the same findings twice and never changes its input', () => {
    fc.assert(
      fc.property(validDocument, fc.constantFrom(...defects), (doc, [, seed]) => {
        seed(doc.plans![0]!);
        const frozen = editable(doc);
        const a = validate(doc);
        expect(validate(doc)).toEqual(a);
        expect(doc).toEqual(frozen);
      }),
      { numRuns: 100, seed: 44 },
    );
  });
});
