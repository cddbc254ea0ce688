import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { synthesizeSplits } from '../../src/followup/synthesis-splits.js';
import type { Document } from '../../src/index.js';

type PartSpec = { value: number; numerator?: number; denominator?: number };

function portfolio(
  kind: 'count' | 'percent',
  plans: readonly { total: number; parts: Record<string, PartSpec> | undefined; complete?: boolean }[],
): Document {
  return {
    formatVersion: 1,
    plans: plans.map((p, i) => ({
      id: `p${i}`,
      name: `Plan ${i}`,
      kind: 'projekt',
      boxes: [
        {
          id: 'b',
          level: 'prestationer',
          text: 'Deltagare',
          indicators: [
            {
              id: 'deltagare',
              name: 'Deltagare',
              kind,
              measurements: [
                {
                  period: 2025,
                  value: p.total,
                  ...(p.parts
                    ? {
                        splits: [
                          {
                            dimension: 'kon',
                            parts: Object.entries(p.parts).map(([group, v]) => ({ group, ...v })),
                            ...(p.complete !== undefined ? { complete: p.complete } : {}),
                          },
                        ],
                      }
                    : {}),
                },
              ],
            },
          ],
        },
      ],
    })),
  } as Document;
}

describe('synthesizeSplits', () => {
  it('adds complete count splits per group, and the parts sum to the summed totals', () => {
    const parts = fc.record({ kvinnor: fc.nat(1000), män: fc.nat(1000), annat: fc.nat(50) });
    fc.assert(
      fc.property(fc.array(parts, { minLength: 1, maxLength: 6 }), (list) => {
        const doc = portfolio(
          'count',
          list.map((p) => ({
            total: p.kvinnor + p.män + p.annat,
            parts: { kvinnor: { value: p.kvinnor }, män: { value: p.män }, annat: { value: p.annat } },
          })),
        );
        const rows = synthesizeSplits(doc);
        expect(rows.every((r) => r.aggregate === 'sum')).toBe(true);
        let partsSum = 0;
        for (const r of rows) partsSum += r.value!;
        let total = 0;
        for (const p of list) total += p.kvinnor + p.män + p.annat;
        expect(partsSum).toBe(total);
        expect(rows.find((r) => r.group === 'kvinnor')!.value).toBe(list.reduce((a, p) => a + p.kvinnor, 0));
      }),
    );
  });

  it('lists the values, never adds them, when one plan’s split is partial or missing', () => {
    const partial = synthesizeSplits(
      portfolio('count', [
        { total: 10, parts: { kvinnor: { value: 4 }, män: { value: 6 } }, complete: true },
        { total: 10, parts: { kvinnor: { value: 3 } }, complete: false },
      ]),
    );
    expect(partial.map((r) => [r.group, r.aggregate, r.value, r.values.map((v) => v.value)])).toEqual([
      ['kvinnor', 'list', undefined, [4, 3]],
      ['män', 'list', undefined, [6]],
    ]);
    const missing = synthesizeSplits(
      portfolio('count', [
        { total: 10, parts: { kvinnor: { value: 4 }, män: { value: 6 } }, complete: true },
        { total: 7, parts: undefined },
      ]),
    );
    expect(missing.every((r) => r.aggregate === 'list')).toBe(true);
  });

  it('weighs percent parts from numerators and denominators, else lists them', () => {
    const weighed = synthesizeSplits(
      portfolio('percent', [
        { total: 30, parts: { kvinnor: { value: 25, numerator: 9, denominator: 36 } } },
        { total: 50, parts: { kvinnor: { value: 50, numerator: 2, denominator: 4 } } },
      ]),
    );
    expect(weighed).toEqual([
      expect.objectContaining({ group: 'kvinnor', aggregate: 'ratio', value: (100 * 11) / 40 }),
    ]);
    const listed = synthesizeSplits(
      portfolio('percent', [
        { total: 30, parts: { kvinnor: { value: 25 } } },
        { total: 50, parts: { kvinnor: { value: 50, numerator: 2, denominator: 4 } } },
      ]),
    );
    expect(listed).toEqual([
      expect.objectContaining({
        aggregate: 'list',
        values: [
          { plan: 'p0', value: 25 },
          { plan: 'p1', value: 50 },
        ],
      }),
    ]);
    expect(listed[0]).not.toHaveProperty('value');
  });
});
