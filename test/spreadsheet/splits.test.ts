import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/spreadsheet/index.js';

// Splits by dimension (issue 15, item 2) and the region's own dimensions travel through
// a workbook and back unchanged: YAML ↔ xlsx stays lossless for them. They have no sheet
// of their own yet: they ride in the Extra (JSON) column, and the writer says so.
function document(): Document {
  return {
    formatVersion: 1,
    plans: [
      {
        id: 'p',
        name: 'Starta eget',
        kind: 'projekt',
        boxes: [
          {
            id: 'o',
            level: 'prestationer',
            text: 'Blivande företagare får rådgivning',
            indicators: [
              {
                id: 'radgivna',
                name: 'Antal rådgivna personer',
                kind: 'count',
                baseline: {
                  value: 120,
                  year: 2023,
                  splits: [
                    {
                      dimension: 'kon',
                      parts: [
                        { group: 'kvinnor', value: 54 },
                        { group: 'män', value: 66 },
                      ],
                    },
                  ],
                },
                targets: [
                  {
                    value: 200,
                    year: 2026,
                    splits: [
                      { dimension: 'bransch', parts: [{ group: 'livsmedel', value: 80 }], complete: false },
                    ],
                  },
                ],
                measurements: [
                  {
                    period: 2025,
                    value: 163,
                    splits: [
                      {
                        dimension: 'kon',
                        parts: [
                          { group: 'kvinnor', value: 81 },
                          { group: 'män', value: 80 },
                          { group: 'annat', value: 2 },
                        ],
                      },
                      {
                        dimension: 'alder',
                        parts: [{ group: '18-29', value: 61 }],
                        complete: false,
                      },
                    ],
                  },
                ],
              },
              {
                id: 'andel',
                name: 'Andel som startat företag',
                kind: 'percent',
                measurements: [
                  {
                    period: 2025,
                    value: 30,
                    numerator: 12,
                    denominator: 40,
                    splits: [
                      {
                        dimension: 'kon',
                        parts: [
                          { group: 'kvinnor', value: 25, numerator: 5, denominator: 20 },
                          { group: 'män', value: 35, numerator: 7, denominator: 20 },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    dimensions: [{ id: 'bransch', name: 'Bransch', groups: ['besöksnäring', 'livsmedel'] }],
  } as Document;
}

describe('splits in the workbook', () => {
  it('baseline, target and measurement splits and declared dimensions read back unchanged', async () => {
    const doc = document();
    const written = await writeWorkbook(doc, { spareRows: 0 });
    expect(written.findings.map((f) => [f.code, f.details.sheet, f.details.keys])).toEqual([
      ['SHEET_CARRIED_AS_JSON', 'Indikatorer', ['baseline']],
      ['SHEET_CARRIED_AS_JSON', 'Värden', ['splits']],
      ['SHEET_CARRIED_AS_JSON', 'Om', ['dimensions']],
    ]);
    const read = await readWorkbook(written.bytes, { file: 'plan.xlsx' });
    expect(read.findings).toEqual([]);
    expect(read.document).toEqual(doc);
    // Keys in schema order, as the YAML writer puts them.
    expect(JSON.stringify(read.document)).toBe(JSON.stringify(doc));
  });
});
