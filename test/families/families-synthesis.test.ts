import { describe, expect, it } from 'vitest';
import { type Document, type Plan, synthesize } from '../../src/index.js';
import { validDocument, validPlan } from '../support/documents.js';

// validPlan carries the indicator i1 (count) with the target 10.
const withTarget = (p: Plan, value: number, fromChildren = false): Plan => ({
  ...p,
  boxes: p.boxes.map((b) =>
    b.id === 'o'
      ? {
          ...b,
          indicators: b.indicators!.map((i) => ({
            ...i,
            targets: [{ value, year: 2026 }],
            ...(fromChildren ? { fromChildren } : {}),
          })),
        }
      : b,
  ),
});

describe('a plan family in the portfolio synthesis', () => {
  const doc: Document = {
    ...validDocument(),
    plans: [
      withTarget(validPlan('ram'), 999, true),
      withTarget({ ...validPlan('d1'), parent: 'ram' }, 10),
      withTarget({ ...validPlan('d2'), parent: 'ram' }, 15),
      withTarget({ ...validPlan('d21'), parent: 'd2' }, 1),
      withTarget(validPlan('x'), 5),
    ],
  };
  const rows = synthesize(doc).rows.filter((r) => r.measure === 'i1');

  it('shows a family as one group, named by its ramprojekt, delprojekt of delprojekt included', () => {
    const family = rows.filter((r) => r.dimension === 'family');
    expect(family.map((r) => [r.group, r.plans, r.target])).toEqual([['ram', 3, 26]]);
  });

  it('counts a ramprojekt indicator summed from its delprojekt once, through them', () => {
    const total = rows.find((r) => r.dimension === 'total')!;
    expect([total.plans, total.target]).toEqual([4, 31]);
  });

  it('gives no family rows for a portfolio without families', () => {
    const plain = synthesize(validDocument()).rows;
    expect(plain.some((r) => r.dimension === 'family')).toBe(false);
  });
});
