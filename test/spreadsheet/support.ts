import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Finding } from '../../src/index.js';
import { readWorkbook, type WorkbookReadResult } from '../../src/node/spreadsheet/index.js';

/** A cell as a test writes it: a value, or a value with a number format. */
export type TestCell = ExcelJS.CellValue | { readonly value: ExcelJS.CellValue; readonly numFmt: string };

/** Sheets as rows of cells, in order. */
export type TestBook = Readonly<Record<string, readonly (readonly TestCell[])[]>>;

function isFormatted(cell: TestCell): cell is { value: ExcelJS.CellValue; numFmt: string } {
  return cell !== null && typeof cell === 'object' && 'numFmt' in cell;
}

/** Writes a workbook the way a person might have filled it in; `edit` may merge cells and so on. */
export async function makeBook(
  sheets: TestBook,
  edit?: (book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === undefined) return;
        const target = sheet.getCell(r + 1, c + 1);
        if (isFormatted(cell)) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else target.value = cell as ExcelJS.CellValue;
      });
    });
  }
  edit?.(book);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Reads a test workbook. */
export async function readBook(
  sheets: TestBook,
  edit?: (book: ExcelJS.Workbook) => void,
): Promise<WorkbookReadResult> {
  return readWorkbook(await makeBook(sheets, edit), { file: 'plan.xlsx' });
}

/** The findings as short lines (code, sheet, cell), for readable assertions. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    const l = f.location;
    return [f.code, l.sheet, l.cell ?? (l.row !== undefined ? `row ${l.row}` : undefined)]
      .filter(Boolean)
      .join(' ');
  });
}

/** Asserts that every finding has words in both languages and a file. */
export function expectWords(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.message.sv.length).toBeGreaterThan(0);
    expect(f.message.en.length).toBeGreaterThan(0);
    expect(f.message.sv).not.toContain('undefined');
    expect(f.message.en).not.toContain('undefined');
  }
}

/** A small plan workbook: one plan, its chain and goal links, and a strategy. */
export function smallBook(): Record<string, TestCell[][]> {
  return {
    Strategier: [
      ['Typ', 'Id', 'Namn'],
      ['RUS', 'rus', 'RUS'],
      ['Understrategi', 'us', 'Näringslivsstrategi'],
    ],
    Mål: [
      ['Strategi', 'Id', 'Text', 'Tjänar'],
      ['rus', 'R1', 'Fler jobb'],
      ['us', 'U1', 'Fler nya företag', 'R1'],
    ],
    Planer: [
      ['Id', 'Namn', 'Slag', 'Från', 'Till'],
      ['p', 'Plan', 'projekt', 2024, 2026],
    ],
    Rutor: [
      ['Plan', 'Id', 'Nivå', 'Text'],
      ['p', 'r', 'Resurser', 'Medel'],
      ['p', 'a', 'Aktiviteter', 'Rådgivning'],
      ['p', 'o', 'Prestationer', 'Företag deltar'],
      ['p', 'u', 'Utfall', 'Ökad kunskap'],
      ['p', 'k', 'Kortsiktiga samhällseffekter', 'Nya arbetssätt'],
      ['p', 'l', 'Långsiktiga samhällseffekter', 'Fler företag'],
    ],
    Länkar: [
      ['Plan', 'Från', 'Till'],
      ['p', 'r', 'a'],
      ['p', 'a', 'o'],
      ['p', 'o', 'u'],
      ['p', 'u', 'k'],
      ['p', 'k', 'l'],
    ],
    Mållänkar: [
      ['Plan', 'Från', 'Mål'],
      ['p', 'l', 'U1'],
    ],
    Indikatorer: [
      ['Plan', 'Ruta', 'Strategi', 'Mål', 'Id', 'Namn', 'Slag', 'Utgångsvärde', 'Utgångsår'],
      ['p', 'o', null, null, 'antal', 'Antal företag', 'antal', 0, 2024],
    ],
    Värden: [
      ['Plan', 'Ruta', 'Strategi', 'Mål', 'Indikator', 'Typ', 'År/period', 'Värde'],
      ['p', 'o', null, null, 'antal', 'Målvärde', 2026, 40],
    ],
  };
}
