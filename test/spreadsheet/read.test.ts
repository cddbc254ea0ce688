import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { readWorkbook } from '../../src/node/spreadsheet/index.js';
import { findingData } from '../support/findings.js';
import { brief, expectWords, makeBook, readBook, smallBook } from './support.js';

describe('readWorkbook on files that are not workbooks', () => {
  it.each([
    ['a text file', new TextEncoder().encode('formatVersion: 1\nplans: []\n')],
    ['no bytes at all', new Uint8Array()],
    ['a damaged zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])],
  ])('refuses %s with FILE_UNREADABLE and never throws', async (_, bytes) => {
    const r = await readWorkbook(bytes, { file: 'plan.xlsx' });
    expect(r.document).toBeUndefined();
    expect(brief(r.findings)).toEqual(['FILE_UNREADABLE']);
    expect(r.findings[0]!.location.file).toBe('plan.xlsx');
    expectWords(r.findings);
  });

  it('refuses a workbook larger than the limits', async () => {
    const bytes = await makeBook(smallBook());
    const big = await readWorkbook(bytes, { maxBytes: 100 });
    expect(brief(big.findings)).toEqual(['LIMIT_EXCEEDED']);
    const unpacked = await readWorkbook(bytes, { maxUnpackedBytes: 1000 });
    expect(unpacked.findings[0]!.details.limit).toBe('maxUnpackedBytes');
  });

  it('reports a workbook without any sheet of the layout', async () => {
    const r = await readBook({ Blad1: [['Hej']], Rutorr: [['Id']] });
    expect(brief(r.findings)).toEqual([
      'SHEET_NO_DATA',
      'SHEET_UNKNOWN_SHEET Blad1',
      'SHEET_UNKNOWN_SHEET Rutorr',
    ]);
    expect(r.findings.find((f) => f.location.sheet === 'Rutorr')!.details.suggestion).toBe('Rutor');
    expectWords(r.findings);
  });
});

describe('readWorkbook on a filled-in workbook', () => {
  it('reads a small hand-made workbook into a document that validates clean', async () => {
    const r = await readBook(smallBook());
    expect(r.findings).toEqual([]);
    expect(r.document?.plans?.[0]?.boxes.map((b) => b.level)).toEqual([
      'resurser',
      'aktiviteter',
      'prestationer',
      'utfall',
      'kortsiktiga',
      'langsiktiga',
    ]);
    expect(validate(r.document!).findings).toEqual([]);
  });

  it('tolerates the usual mess: title rows, merged headers, blank rows, spaces, English names, numbers as text', async () => {
    const book = smallBook();
    const sheets = {
      ...book,
      // A title above the headers, merged across; headers with stray spaces and case.
      Rutor: [
        ['Effektkedja för Plan', null, null, null],
        [' plan ', 'ID', 'Level ', 'text'],
        ['p', ' r ', 'resurser', 'Medel'],
        [null, null, null, null],
        [null, 'a', 'AKTIVITETER', 'Rådgivning'],
        [null, 'o', 'Outputs', 'Företag deltar'],
        ['', '   ', '', ''],
        [null, 'u', 'utfall', 'Ökad kunskap'],
        [null, 'k', 'Kortsiktiga samhallseffekter', 'Nya arbetssätt'],
        [null, 'l', 'Långsiktiga samhällseffekter ', 'Fler företag'],
      ],
      Indicators: [
        ['Plan', 'Box', 'Strategy', 'Goal', 'Indicator', 'Name', 'Kind', 'Baseline', 'Baseline year'],
        ['p', 'o', null, null, 'antal', 'Antal företag', 'count', ' 1 300 000 ', '2024'],
        ['p', 'o', null, null, 'andel', 'Andel nöjda', 'procent', { value: 0.07, numFmt: '0%' }, 2024],
        ['p', 'o', null, null, 'kr', 'Investerat', 'kronor', '41,5', { formula: '2020+4', result: 2024 }],
      ],
      Planer: [
        ['Id', 'Namn', 'Slag', 'Från', 'Till'],
        ['p', 'Plan', 'Projekt', { value: new Date('2024-03-01T00:00:00Z'), numFmt: 'yyyy-mm-dd' }, '2026'],
      ],
    };
    delete (sheets as Record<string, unknown>).Indikatorer;
    delete (sheets as Record<string, unknown>).Värden;
    const r = await readBook(sheets, (wb) => {
      wb.getWorksheet('Rutor')!.mergeCells('A1:D1');
      // The plan id merged down the boxes it holds, as people do.
      wb.getWorksheet('Rutor')!.mergeCells('A3:A10');
    });
    expect(r.findings).toEqual([]);
    const plan = r.document!.plans![0]!;
    expect(plan.period).toEqual({ from: '2024-03-01', to: 2026 });
    expect(plan.boxes.map((b) => `${b.id}:${b.level}`)).toEqual([
      'r:resurser',
      'a:aktiviteter',
      'o:prestationer',
      'u:utfall',
      'k:kortsiktiga',
      'l:langsiktiga',
    ]);
    expect(plan.boxes[2]!.indicators!.map((i) => [i.kind, i.baseline])).toEqual([
      ['count', { value: 1_300_000, year: 2024 }],
      ['percent', { value: 7, year: 2024 }],
      ['sek', { value: 41.5, year: 2024 }],
    ]);
  });

  it('locates a wrong level, a bad number and a duplicate id by sheet, row and cell', async () => {
    const book = smallBook();
    book.Rutor![2] = ['p', 'a', 'Aktivitet', 'Rådgivning'];
    book.Rutor!.push(['p', 'r', 'Resurser', 'Samma id']);
    book.Indikatorer![1] = ['p', 'o', null, null, 'antal', 'Antal företag', 'antal', 'många', 2024.5];
    const r = await readBook(book);
    expect(r.document).toBeUndefined();
    expect(brief(r.findings).sort()).toEqual([
      'SHEET_BAD_LEVEL Rutor C3',
      'SHEET_BAD_NUMBER Indikatorer H2',
      'SHEET_BAD_NUMBER Indikatorer I2',
      'SHEET_DUPLICATE_ID Rutor B8',
    ]);
    const level = r.findings.find((f) => f.code === 'SHEET_BAD_LEVEL')!;
    expect(level.location).toMatchObject({ file: 'plan.xlsx', sheet: 'Rutor', row: 3, cell: 'C3' });
    expect(level.details.suggestion).toBe('Aktiviteter');
    expect(findingData(level)).toEqual({
      code: 'SHEET_BAD_LEVEL',
      details: {
        column: 'Nivå',
        expected: [
          'Resurser',
          'Aktiviteter',
          'Prestationer',
          'Utfall',
          'Kortsiktiga samhällseffekter',
          'Långsiktiga samhällseffekter',
        ],
        found: 'Aktivitet',
        suggestion: 'Aktiviteter',
      },
      location: { cell: 'C3', file: 'plan.xlsx', row: 3, sheet: 'Rutor' },
      severity: 'error',
    });
    expectWords(r.findings);
  });

  it('locates what the schema check finds in a cell: an id with a space, a year out of range', async () => {
    const book = smallBook();
    book.Rutor![1] = ['p', 'r 1', 'Resurser', 'Medel'];
    book.Planer![1] = ['p', 'Plan', 'projekt', 1800, 2026];
    const r = await readBook(book);
    expect(r.document).toBeUndefined();
    expect(brief(r.findings)).toEqual(['INVALID_FORMAT Rutor B2', 'OUT_OF_RANGE Planer D2']);
    expect(r.findings[0]!.location.path).toEqual(['plans', 0, 'boxes', 0, 'id']);
  });

  it('locates findings of validate through locate()', async () => {
    const book = smallBook();
    book.Länkar!.push(['p', 'l', 'r']);
    const r = await readBook(book);
    const located = r.locate(validate(r.document!).findings);
    expect(brief(located.filter((f) => f.code === 'LINK_BACKWARDS'))).toEqual([
      'LINK_BACKWARDS Länkar row 7',
    ]);
    expect(located.every((f) => f.location.file === 'plan.xlsx')).toBe(true);
  });

  it('reports references to plans, boxes and goals that are not in the workbook', async () => {
    const book = smallBook();
    book.Planer!.push(['q', 'Plan två', 'projekt']);
    book.Rutor!.push(['x', 'z', 'Resurser', 'Medel'], [null, 'y', 'Resurser', 'Medel']);
    book.Indikatorer!.push(
      ['p', 'nope', null, null, 'i2', 'Namn', 'antal'],
      [null, null, null, 'U9', 'i3', 'Namn', 'antal'],
      ['p', 'o', 'us', 'U1', 'i4', 'Namn', 'antal'],
      [null, null, null, null, 'i5', 'Namn', 'antal'],
    );
    book.Värden!.push(['p', 'o', null, null, 'saknas', 'Mätning', 2025, 3]);
    const r = await readBook(book);
    expect(brief(r.findings).sort()).toEqual([
      'SHEET_BOTH_OWNERS Indikatorer D5',
      'SHEET_MISSING_VALUE Indikatorer B6',
      'SHEET_MISSING_VALUE Rutor A9',
      'SHEET_UNKNOWN_REFERENCE Indikatorer B3',
      'SHEET_UNKNOWN_REFERENCE Indikatorer D4',
      'SHEET_UNKNOWN_REFERENCE Rutor A8',
      'SHEET_UNKNOWN_REFERENCE Värden E3',
    ]);
    const unknownPlan = r.findings.find((f) => f.location.cell === 'A8')!;
    expect(findingData(unknownPlan)).toEqual({
      code: 'SHEET_UNKNOWN_REFERENCE',
      details: { column: 'Plan', id: 'x', kind: 'plan', suggestion: 'p', target: 'Planer' },
      location: { cell: 'A8', file: 'plan.xlsx', row: 8, sheet: 'Rutor' },
      severity: 'error',
    });
    expectWords(r.findings);
  });

  it('reports bad choices, bad JSON, a second RUS and unknown or doubled columns', async () => {
    const book = smallBook();
    book.Strategier!.push(['RUS', 'rus2', 'En till']);
    book.Planer![0] = ['Id', 'Namn', 'Slag', 'Från', 'Till', 'Budget', 'Namn', 'Extra (JSON)'];
    book.Planer![1] = ['p', 'Plan', 'projektt', 2024, 2026, 100, 'x', '{"x-a": 1'];
    book.Värden![1] = ['p', 'o', null, null, 'antal', 'Prognos', 2026, 40];
    const r = await readBook(book);
    expect(brief(r.findings).sort()).toEqual([
      'SHEET_BAD_JSON Planer H2',
      'SHEET_BAD_VALUE Planer C2',
      'SHEET_BAD_VALUE Värden F2',
      'SHEET_DUPLICATE_COLUMN Planer G1',
      'SHEET_SECOND_RUS Strategier A4',
      'SHEET_UNKNOWN_COLUMN Planer F1',
    ]);
    expect(r.findings.find((f) => f.location.cell === 'C2')!.details.suggestion).toBe('projekt');
    // The JSON parser's own (English) words stay out of the message, in details.detail.
    const json = r.findings.find((f) => f.code === 'SHEET_BAD_JSON')!;
    expect(findingData(json)).toEqual({
      code: 'SHEET_BAD_JSON',
      details: { column: 'Extra (JSON)', detail: expect.any(String), reason: 'syntax' },
      location: { cell: 'H2', file: 'plan.xlsx', row: 2, sheet: 'Planer' },
      severity: 'error',
    });
    expect(json.details.detail).toBeTruthy();
    expectWords(r.findings);
  });

  it('uses the result of formulas, and reports formulas without one and error values', async () => {
    const book = smallBook();
    book.Värden![1] = [
      'p',
      'o',
      null,
      null,
      'antal',
      'Målvärde',
      { formula: '2025+1', result: 2026 },
      { formula: 'B9' },
    ];
    book.Värden!.push(['p', 'o', null, null, 'antal', 'Mätning', 2025, { error: '#DIV/0!' }]);
    const r = await readBook(book);
    expect(brief(r.findings).sort()).toEqual([
      'SHEET_CELL_ERROR Värden H3',
      'SHEET_FORMULA_WITHOUT_RESULT Värden H2',
    ]);
    expect(findingData(r.findings.find((f) => f.code === 'SHEET_FORMULA_WITHOUT_RESULT')!)).toEqual({
      code: 'SHEET_FORMULA_WITHOUT_RESULT',
      details: { formula: 'B9' },
      location: { cell: 'H2', file: 'plan.xlsx', row: 2, sheet: 'Värden' },
      severity: 'error',
    });
    const fine = smallBook();
    fine.Värden![1] = [
      'p',
      'o',
      null,
      null,
      'antal',
      'Målvärde',
      { formula: '2025+1', result: 2026 },
      { formula: '4*10', result: 40 },
    ];
    const ok = await readBook(fine);
    expect(ok.document!.plans![0]!.boxes[2]!.indicators![0]!.targets).toEqual([{ value: 40, year: 2026 }]);
  });

  it('reports a newer format version and sheets that appear twice', async () => {
    const r = await readBook({
      Om: [
        ['Fält', 'Värde'],
        ['Formatversion', 2],
      ],
      ...smallBook(),
      Boxes: [['Plan', 'Id', 'Level', 'Text']],
    });
    expect(brief(r.findings)).toEqual(['UNSUPPORTED_VERSION Om B2', 'SHEET_DUPLICATE_SHEET Boxes']);
    expectWords(r.findings);
  });
});
