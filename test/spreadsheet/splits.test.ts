import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { type Document, validate } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/spreadsheet/index.js';
import { validDocument } from '../support/arbitraries.js';
import { editable } from '../support/mutate.js';
import { brief, expectWords, readBook, smallBook } from './support.js';

// Splits by dimension (issue 15, item 2) and the region's own dimensions travel through
// a workbook and back unchanged: YAML ↔ xlsx stays lossless for them. Splits have a sheet
// of their own, Uppdelning (one row per part); the declared dimensions ride in the Om sheet's JSON.
function document(): Draft<Document> {
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
  } as Draft<Document>;
}

async function sheetRows(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('splits in the workbook', () => {
  it('baseline, target and measurement splits go to Uppdelning and read back unchanged', async () => {
    const doc = document();
    const written = await writeWorkbook(doc, { spareRows: 0 });
    expect(written.findings.map((f) => [f.code, f.details.sheet, f.details.keys])).toEqual([
      ['SHEET_CARRIED_AS_JSON', 'Om', ['dimensions']],
    ]);
    const rows = await sheetRows(written.bytes, 'Uppdelning');
    expect(rows[0]).toEqual([
      'Plan',
      'Ruta',
      'Strategi',
      'Mål',
      'Indikator',
      'Typ',
      'År/period',
      'Dimension',
      'Grupp',
      'Tal',
      'Täljare',
      'Nämnare',
      'Hela värdet',
      'Extra (JSON)',
    ]);
    // One row per part: the baseline's (with its year), the target's, then the measurements'.
    expect(rows.slice(1).map((r) => r.slice(4, 13))).toEqual([
      ['radgivna', 'Utgångsvärde', 2023, 'kon', 'kvinnor', 54],
      ['radgivna', 'Utgångsvärde', 2023, 'kon', 'män', 66],
      ['radgivna', 'Målvärde', 2026, 'bransch', 'livsmedel', 80, undefined, undefined, 'nej'],
      ['radgivna', 'Mätning', 2025, 'kon', 'kvinnor', 81],
      ['radgivna', 'Mätning', 2025, 'kon', 'män', 80],
      ['radgivna', 'Mätning', 2025, 'kon', 'annat', 2],
      ['radgivna', 'Mätning', 2025, 'alder', '18-29', 61, undefined, undefined, 'nej'],
      ['andel', 'Mätning', 2025, 'kon', 'kvinnor', 25, 5, 20],
      ['andel', 'Mätning', 2025, 'kon', 'män', 35, 7, 20],
    ]);
    const read = await readWorkbook(written.bytes, { file: 'plan.xlsx' });
    expect(read.findings).toEqual([]);
    expect(read.document).toEqual(doc);
    // Keys in schema order, as the YAML writer puts them.
    expect(JSON.stringify(read.document)).toBe(JSON.stringify(doc));
  });

  it('keeps in Extra (JSON) the splits a row could not point at, and still reads back the same', async () => {
    const doc = document();
    const indicator = doc.plans![0]!.boxes[0]!.indicators![0]!;
    // Two measurements of one period: a row of Uppdelning could not tell them apart.
    indicator.measurements!.push({ ...editable(indicator.measurements![0]!), value: 160 });
    // A split with a key of its own, and an empty list of splits.
    indicator.targets![0]!.splits![0] = { ...indicator.targets![0]!.splits![0]!, 'x-källa': 'SCB' };
    const indicators = doc.plans![0]!.boxes[0]!.indicators!;
    const { measurements, ...andel } = indicators[1]!;
    indicators[1] = { ...andel, baseline: { value: 20, year: 2023, splits: [] }, measurements };
    const written = await writeWorkbook(doc, { spareRows: 0 });
    expect(written.findings.map((f) => [f.code, f.details.sheet, f.details.keys])).toEqual([
      ['SHEET_CARRIED_AS_JSON', 'Värden', ['splits']],
      ['SHEET_CARRIED_AS_JSON', 'Indikatorer', ['baseline']],
      ['SHEET_CARRIED_AS_JSON', 'Om', ['dimensions']],
    ]);
    const rows = await sheetRows(written.bytes, 'Uppdelning');
    expect(rows.slice(1).map((r) => [r[4], r[5], r[7]])).toEqual([
      ['radgivna', 'Utgångsvärde', 'kon'],
      ['radgivna', 'Utgångsvärde', 'kon'],
      ['andel', 'Mätning', 'kon'],
      ['andel', 'Mätning', 'kon'],
    ]);
    const read = await readWorkbook(written.bytes);
    expect(read.findings).toEqual([]);
    expect(JSON.stringify(read.document)).toBe(JSON.stringify(doc));
  });

  it('reads splits of any generated document back unchanged, on plan and strategy indicators', async () => {
    const group = fc.constantFrom('kvinnor', 'män', 'annat', '16-29', '65+', 'Växjö', 'Ö-land; "x"', '=1+1');
    const part = fc.record(
      {
        group,
        value: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
        numerator: fc.nat(500),
        denominator: fc.integer({ min: 1, max: 500 }),
      },
      { requiredKeys: ['group', 'value'] },
    );
    const split = fc.record(
      {
        dimension: fc.constantFrom('kon', 'alder', 'kommun', 'bransch'),
        parts: fc.array(part, { minLength: 1, maxLength: 4 }),
        complete: fc.boolean(),
      },
      { requiredKeys: ['dimension', 'parts'] },
    );
    const splits = fc.uniqueArray(split, { minLength: 1, maxLength: 3, selector: (s) => s.dimension });
    await fc.assert(
      fc.asyncProperty(validDocument, fc.infiniteStream(splits), async (base, stream) => {
        const doc = editable(base);
        const values: Record<string, unknown>[] = [];
        const indicators = [
          ...(doc.plans ?? []).flatMap((p) => p.boxes.flatMap((b) => b.indicators ?? [])),
          ...(doc.strategy?.understrategier ?? []).flatMap((s) => s.goals.flatMap((g) => g.indicators ?? [])),
        ];
        for (const ind of indicators) {
          if (ind.baseline) values.push(ind.baseline);
          for (const t of ind.targets ?? []) values.push(t);
          for (const m of ind.measurements ?? []) values.push(m);
        }
        const it = stream[Symbol.iterator]();
        for (const v of values) v.splits = it.next().value;
        const written = await writeWorkbook(doc, { spareRows: 0 });
        const read = await readWorkbook(written.bytes);
        expect(read.findings).toEqual([]);
        expect(JSON.stringify(read.document)).toBe(JSON.stringify(doc));
      }),
      { numRuns: 25, seed: 20261201 },
    );
  });
});

describe('Uppdelning filled in by hand', () => {
  const head = ['Plan', 'Ruta', 'Indikator', 'Typ', 'År/period', 'Dimension', 'Grupp', 'Tal', 'Hela värdet'];
  function book(rows: unknown[][], values?: unknown[][]) {
    const b = smallBook();
    b.Värden = [
      ['Plan', 'Ruta', 'Strategi', 'Mål', 'Indikator', 'Typ', 'År/period', 'Värde'],
      ['p', 'o', null, null, 'antal', 'Målvärde', 2026, 40],
      ['p', 'o', null, null, 'antal', 'Mätning', 2025, 25],
      ...((values ?? []) as never[][]),
    ];
    b.Uppdelning = [head, ...(rows as never[][])];
    return readBook(b);
  }

  it('makes one split per value and dimension, in row order, English type words and blank plan allowed', async () => {
    const read = await book([
      ['p', 'o', 'antal', 'Mätning', 2025, 'kon', 'kvinnor', 12],
      [null, 'o', 'antal', 'measurement', 2025, 'kon', 'män', 13],
      ['p', 'o', 'antal', 'Målvärde', 2026, 'kon', 'kvinnor', 20, 'nej'],
      ['p', 'o', 'antal', 'Utgångsvärde', null, 'kon', 'kvinnor', 0],
    ]);
    expect(brief(read.findings)).toEqual([]);
    const ind = read.document!.plans![0]!.boxes[2]!.indicators![0]!;
    expect(ind.baseline).toEqual({
      value: 0,
      year: 2024,
      splits: [{ dimension: 'kon', parts: [{ group: 'kvinnor', value: 0 }] }],
    });
    expect(ind.targets![0]!.splits).toEqual([
      { dimension: 'kon', parts: [{ group: 'kvinnor', value: 20 }], complete: false },
    ]);
    expect(ind.measurements![0]!.splits).toEqual([
      {
        dimension: 'kon',
        parts: [
          { group: 'kvinnor', value: 12 },
          { group: 'män', value: 13 },
        ],
      },
    ]);
  });

  it('gives located findings for rows that point nowhere or disagree', async () => {
    const read = await book([
      ['p', 'o', 'antal', 'Mätning', 2024, 'kon', 'kvinnor', 12],
      ['p', 'o', 'antl', 'Mätning', 2025, 'kon', 'kvinnor', 12],
      ['p', 'o', 'antal', 'Mätvärde', null, 'kon', 'kvinnor', 12],
      ['p', 'o', 'antal', 'Utgångsvärde', 2020, 'kon', 'kvinnor', 0],
      ['p', 'o', 'antal', 'Mätning', 2025, null, 'kvinnor', 12],
      ['p', 'o', 'antal', 'Slutvärde', 2025, 'kon', 'kvinnor', 12],
      ['p', 'o', 'antal', 'Mätning', 2025, 'kon', 'kvinnor', 'tolv'],
      ['p', 'o', 'antal', 'Målvärde', 2026, 'kon', 'kvinnor', 20, 'ja'],
      ['p', 'o', 'antal', 'Målvärde', 2026, 'kon', 'män', 20, 'nej'],
    ]);
    // Sorted as every reader's findings are: by code, then place.
    expect(brief(read.findings).sort()).toEqual([
      'SHEET_BAD_NUMBER Uppdelning H8',
      'SHEET_BAD_VALUE Uppdelning D7',
      'SHEET_BAD_VALUE Uppdelning E2',
      'SHEET_BAD_VALUE Uppdelning E5',
      'SHEET_BAD_VALUE Uppdelning I10',
      'SHEET_MISSING_VALUE Uppdelning E4',
      'SHEET_MISSING_VALUE Uppdelning F6',
      'SHEET_UNKNOWN_REFERENCE Uppdelning C3',
    ]);
    const at = (cell: string) => read.findings.find((f) => f.location.cell === cell)!.details;
    expect(at('E2')).toMatchObject({ column: 'År/period', found: '2024', expected: ['2025'] });
    expect(at('E5')).toMatchObject({ column: 'År/period', found: '2020', expected: ['2024'] });
    expect(at('D7')).toMatchObject({ column: 'Typ', found: 'Slutvärde' });
    expect(at('I10')).toMatchObject({ column: 'Hela värdet', found: 'nej', expected: ['ja'] });
    expect(read.findings.every((f) => f.location.file === 'plan.xlsx' && f.location.row !== undefined)).toBe(
      true,
    );
    expectWords(read.findings);
    expect(read.document).toBeUndefined();
  });

  it('locates the rule findings of a split on its rows', async () => {
    const read = await book([
      ['p', 'o', 'antal', 'Mätning', 2025, 'kon', 'kvinnor', 12],
      ['p', 'o', 'antal', 'Mätning', 2025, 'kon', 'män', 20],
    ]);
    expect(read.findings).toEqual([]);
    const found = read.locate(
      validate(read.document!).findings.filter((f) => f.code.startsWith('DISAGGREGATION')),
    );
    expect(found.map((f) => [f.code, f.location.sheet, f.location.row])).toEqual([
      ['DISAGGREGATION_PARTS_EXCEED_TOTAL', 'Uppdelning', 2],
    ]);
  });
});

describe('workbooks written before Uppdelning', () => {
  it('still read splits from the Extra (JSON) column; rows of Uppdelning replace them', async () => {
    const b = smallBook();
    const kon = { dimension: 'kon', parts: [{ group: 'kvinnor', value: 10 }] };
    b.Indikatorer = [
      ['Plan', 'Ruta', 'Strategi', 'Mål', 'Id', 'Namn', 'Slag', 'Extra (JSON)'],
      [
        'p',
        'o',
        null,
        null,
        'antal',
        'Antal företag',
        'antal',
        JSON.stringify({ baseline: { value: 20, year: 2024, splits: [kon] } }),
      ],
    ];
    b.Värden = [
      ['Plan', 'Ruta', 'Strategi', 'Mål', 'Indikator', 'Typ', 'År/period', 'Värde', 'Extra (JSON)'],
      ['p', 'o', null, null, 'antal', 'Mätning', 2025, 25, JSON.stringify({ splits: [kon] })],
      ['p', 'o', null, null, 'antal', 'Mätning', 2026, 30, JSON.stringify({ splits: [kon] })],
    ];
    const old = await readBook(b);
    expect(old.findings).toEqual([]);
    const ind = old.document!.plans![0]!.boxes[2]!.indicators![0]!;
    expect(ind.baseline).toEqual({ value: 20, year: 2024, splits: [kon] });
    expect(ind.measurements!.map((m) => m.splits)).toEqual([[kon], [kon]]);

    b.Uppdelning = [
      ['Indikator', 'Typ', 'År/period', 'Dimension', 'Grupp', 'Tal'],
      ['antal', 'Mätning', 2026, 'kon', 'män', 12],
    ];
    const both = await readBook(b);
    expect(both.findings).toEqual([]);
    const again = both.document!.plans![0]!.boxes[2]!.indicators![0]!;
    expect(again.measurements!.map((m) => m.splits)).toEqual([
      [kon],
      [{ dimension: 'kon', parts: [{ group: 'män', value: 12 }] }],
    ]);
  });
});
