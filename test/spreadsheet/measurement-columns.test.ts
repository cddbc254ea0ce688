import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/spreadsheet/index.js';
import { brief, readBook, smallBook } from './support.js';

// A measurement's own unit, numerator and denominator have columns of their own on Värden
// (Enhet, Täljare, Nämnare), no longer the Extra (JSON) column; older workbooks still read.
function document(): Document {
  return {
    formatVersion: 1,
    plans: [
      {
        id: 'p',
        name: 'Exportlyft',
        kind: 'projekt',
        boxes: [
          {
            id: 'o',
            level: 'prestationer',
            text: 'Företag investerar',
            indicators: [
              {
                id: 'investerat',
                name: 'Gjorda investeringar (kronor)',
                kind: 'sek',
                unit: 'kr',
                baseline: { value: 0, year: 2024 },
                targets: [{ value: 24_000_000, year: 2026 }],
                measurements: [{ period: 2025, value: 9.5, note: 'ur lägesrapporten', unit: 'mnkr' }],
              },
              {
                id: 'andel',
                name: 'Andel exportmogna företag',
                kind: 'percent',
                baseline: { value: 10, year: 2024 },
                targets: [{ value: 50, year: 2026 }],
                measurements: [{ period: '2025-H1', value: 30, numerator: 12, denominator: 40 }],
              },
            ],
          },
        ],
      },
    ],
  } as Document;
}

async function valuesSheet(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  const sheet = book.getWorksheet('Värden')!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const out: Record<string, unknown> = {};
    (row.values as unknown[]).forEach((v, i) => {
      if (v !== undefined && v !== null) out[header[i]!] = v;
    });
    if (Object.keys(out).length) rows.push(out);
  });
  return rows;
}

describe('a measurement’s unit, numerator and denominator in the workbook', () => {
  it('writes them in Enhet, Täljare and Nämnare and reads them back, keys in schema order', async () => {
    const doc = document();
    const written = await writeWorkbook(doc, { spareRows: 0 });
    expect(written.findings).toEqual([]);
    const rows = await valuesSheet(written.bytes);
    const measured = rows.filter((r) => r.Typ === 'Mätning');
    expect(measured).toEqual([
      expect.objectContaining({
        Indikator: 'investerat',
        Värde: 9.5,
        Enhet: 'mnkr',
        Anteckning: 'ur lägesrapporten',
      }),
      expect.objectContaining({ Indikator: 'andel', Värde: 30, Täljare: 12, Nämnare: 40 }),
    ]);
    for (const r of rows) expect(r['Extra (JSON)']).toBeUndefined();
    const read = await readWorkbook(written.bytes, { file: 'plan.xlsx' });
    expect(read.findings).toEqual([]);
    expect(JSON.stringify(read.document)).toBe(JSON.stringify(doc));
  });

  it('reads a workbook without the columns, with them in Extra (JSON) as before', async () => {
    const book = smallBook();
    book.Värden![0]!.push('Extra (JSON)');
    book.Värden!.push(['p', 'o', null, null, 'antal', 'Mätning', 2025, 12, '{"unit":"st"}']);
    const r = await readBook(book);
    expect(brief(r.findings)).toEqual([]);
    const indicator = r.document!.plans![0]!.boxes[2]!.indicators![0]!;
    expect(indicator.measurements).toEqual([{ period: 2025, value: 12, unit: 'st' }]);
  });

  it('reads the columns typed by hand, and says where a numerator is not a number', async () => {
    const book = smallBook();
    book.Värden![0]!.push('Enhet', 'Täljare', 'Nämnare');
    book.Värden!.push(['p', 'o', null, null, 'antal', 'Mätning', 2025, 12, 'personer', '3', 4]);
    book.Värden!.push(['p', 'o', null, null, 'antal', 'Mätning', 2026, 15, null, 'tolv', 40]);
    const r = await readBook(book);
    expect(brief(r.findings)).toEqual(['SHEET_BAD_NUMBER Värden J4']);
  });

  it('keeps a unit typed on a target row, and reports it as a key a target does not have', async () => {
    const book = smallBook();
    book.Värden![0]!.push('Enhet');
    book.Värden![1]!.push('st');
    const r = await readBook(book);
    expect(r.document!.plans![0]!.boxes[2]!.indicators![0]!.targets).toEqual([
      { value: 40, year: 2026, unit: 'st' },
    ]);
    expect(brief(r.findings)).toEqual(['UNKNOWN_KEY Värden I2']);
  });
});
