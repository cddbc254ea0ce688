import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/followup/report.js';
import { splitSynthesisTable } from '../../src/followup/splits.js';
import { synthesizeSplits } from '../../src/followup/synthesis-splits.js';
import type { Document } from '../../src/index.js';
import { tableToCsv } from '../../src/text/table.js';

type PartSpec = { value: number; numerator?: number; denominator?: number };

function portfolio(
  kind: 'count' | 'percent',
  plans: readonly { total: number; parts: Record<string, PartSpec> | undefined; complete?: boolean }[],
): Draft<Document> {
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
  } as Draft<Document>;
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

describe('the split synthesis in the report and its CSV', () => {
  const doc = () =>
    portfolio('count', [
      { total: 10, parts: { kvinnor: { value: 4 }, män: { value: 6 } }, complete: true },
      { total: 5, parts: { kvinnor: { value: 3 }, män: { value: 2 } }, complete: true },
    ]);

  it('shows one table per dimension under the synthesis, with sums, the plans’ values and the claim (sv)', () => {
    const r = buildReport(doc(), { asOf: 2025 });
    expect(r.splitSynthesis.map((s) => [s.group, s.aggregate, s.value, s.claim])).toEqual([
      ['kvinnor', 'sum', 7, 'delivered'],
      ['män', 'sum', 8, 'delivered'],
    ]);
    const md = r.markdown;
    const at = md.indexOf('### Uppdelning i portföljen');
    expect(at).toBeGreaterThan(md.indexOf('### Syntes av uppföljningen'));
    expect(md.slice(at)).toContain(
      [
        '#### Efter kön',
        '',
        '| Indikator | Namn | Grupp | Typ | Sammanräkning | Senaste mätvärde | Planernas värden | Anspråk |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| deltagare | Deltagare | kvinnor | antal | summa | 7 | p0: 4; p1: 3 | levererat |',
        '| deltagare | Deltagare | män | antal | summa | 8 | p0: 6; p1: 2 | levererat |',
      ].join('\n'),
    );
    expect(r.html).toContain('<h3>Uppdelning i portföljen</h3>');
    expect(r.html).toContain('<h4>Efter kön</h4>');
    expect(r.html).toMatch(/<td>p0: 4; p1: 3<\/td>\s*<td>levererat<\/td>/);
  });

  it('lists instead of adding, labels utfall as reached and roll-ups as contributions, in English too', () => {
    const d = doc();
    const ind = d.plans![1]!.boxes[0]!.indicators![0]!;
    ind.measurements![0]!.splits![0]!.complete = false;
    d.plans![0]!.boxes[0]!.level = 'utfall';
    const en = buildReport(d, { asOf: 2025, lang: 'en' });
    expect(en.markdown).toContain('### Disaggregation across the portfolio');
    expect(en.markdown).toContain('#### By gender');
    expect(en.markdown).toContain(
      '| deltagare | Deltagare | kvinnor | count | by plan |  | p0: 4; p1: 3 | reached |',
    );
    d.plans![0]!.boxes[0]!.indicators![0]!.rollsUpTo = 'nyforetagare';
    expect(synthesizeSplits(d)[0]!.claim).toBe('contributed');
  });

  it('adds no section to a report without splits', () => {
    const r = buildReport(portfolio('count', [{ total: 10, parts: undefined }]), { asOf: 2025 });
    expect(r.splitSynthesis).toEqual([]);
    expect(r.markdown).not.toContain('Uppdelning i portföljen');
    expect(r.html).not.toContain('Uppdelning i portföljen');
  });

  it('gives uppdelning.csv one row per group, the dimension first, in either CSV dialect', () => {
    const table = splitSynthesisTable(synthesizeSplits(doc()), 'sv');
    expect(table.columns[0]).toBe('Indelning');
    expect(table.rows[0]).toEqual([
      'kön',
      'deltagare',
      'Deltagare',
      'kvinnor',
      'antal',
      'summa',
      7,
      'p0: 4; p1: 3',
      'levererat',
    ]);
    const csv = tableToCsv(table, 'excel-sv');
    // The plans' values hold the separator, so that cell is quoted.
    expect(csv.split('\r\n')[1]).toBe(
      'kön;deltagare;Deltagare;kvinnor;antal;summa;7;"p0: 4; p1: 3";levererat',
    );
    expect(tableToCsv(table, 'rfc4180').split('\r\n')[1]).toBe(
      'kön,deltagare,Deltagare,kvinnor,antal,summa,7,"p0: 4; p1: 3",levererat',
    );
  });
});
