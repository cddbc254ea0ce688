import ExcelJS from 'exceljs';
import { append } from '../../collections/append.js';
import { createFinding } from '../../findings/create.js';
import type { Finding } from '../../findings/finding.js';
import type { Document } from '../../model/document.js';
import { EXCEL_MAX_CELL_CHARS, type Plain } from '../../spreadsheet/cells.js';
import { ABOUT_FIELDS, SHEETS, type SheetDef } from '../../spreadsheet/layout.js';
import type { DataTable } from '../../text/table.js';
import { type Layout, layoutDocument } from './rows.js';

/** Options for writing a workbook. */
export interface WriteWorkbookOptions {
  /** The time recorded as the workbook's creation and change (default: now). */
  readonly now?: Date;
  /** Empty rows below the data that get the drop-down lists, for filling in by hand (default 200). */
  readonly spareRows?: number;
}

/** A written workbook and what it could not carry in plain cells. */
export interface WrittenWorkbook {
  /** The .xlsx file. */
  readonly bytes: Uint8Array;
  /** Notes on values carried as JSON, values lost, and cells too long for Excel. */
  readonly findings: readonly Finding[];
}

const INSTRUCTIONS = [
  'Så fyller du i arbetsboken',
  'Varje blad är en tabell med rubriker på första raden. Tomma rader hoppas över.',
  'Planer: en rad per plan. Rutor: en rad per ruta i effektkedjan, med planens id i kolumnen Plan och nivån ur listan.',
  'Länkar: en rad per pil, från en ruta till en ruta på en senare nivå. Målkopplingar: från en ruta till ett mål på bladet Mål.',
  'Indikatorer: en rad per indikator, på en ruta (Plan + Ruta) eller på ett mål (Strategi + Mål). Värden: målvärden och mätningar.',
  'Uppdelning: ett värde fördelat på kön, ålder, kommun eller en egen dimension, en rad per grupp (Typ och År/period säger vilket värde).',
  'Strategier: RUS och understrategier. Mål: strategiernas mål; i Bidrar till anges vilka RUS-mål ett mål i en understrategi bidrar till.',
  'Extra (JSON): det som inte ryms i de vanliga kolumnerna. Rör det inte om du inte vet vad det är.',
  'Kolumnen Plan kan lämnas tom när arbetsboken bara har en plan. Se docs/spreadsheet.md för alla kolumner.',
  '',
  'How to fill in the workbook',
  'Each sheet is a table with headers in the first row; English headers and sheet names are accepted too. Blank rows are skipped.',
  'Levels may be written in Swedish (Långsiktiga samhällseffekter), without å/ä/ö, as ids (langsiktiga) or in English.',
];

function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function tooLong(sheet: string, row: number, column: number, cell: Plain): Finding[] {
  if (typeof cell !== 'string' || cell.length <= EXCEL_MAX_CELL_CHARS) return [];
  const address = `${columnLetter(column)}${row}`;
  return [
    createFinding(
      'SHEET_CELL_TOO_LONG',
      { sheet, row, cell: address },
      { sheet, length: cell.length, max: EXCEL_MAX_CELL_CHARS },
    ),
  ];
}

function aboutRows(layout: Layout): [string, Plain][] {
  return [
    [ABOUT_FIELDS.formatVersion.label, layout.about.formatVersion],
    [ABOUT_FIELDS.region.label, layout.about.region],
    [ABOUT_FIELDS.extra.label, layout.about.extra],
    [ABOUT_FIELDS.strategyExtra.label, layout.about.strategyExtra],
  ];
}

function lengthFindings(layout: Layout): Finding[] {
  const out: Finding[] = [];
  for (const [i, [, v]] of aboutRows(layout).entries()) append(out, tooLong('Om', i + 2, 2, v));
  for (const def of SHEETS) {
    if (def.key === 'about') continue;
    for (const [r, row] of layout.sheets[def.key].entries()) {
      for (const [ci, col] of def.columns.entries())
        append(out, tooLong(def.name, r + 2, ci + 1, row.cells[col.key]));
    }
  }
  return out;
}

/**
 * What writing `document` as a workbook would report, without writing it:
 * values carried in the Extra (JSON) column, values a workbook cannot hold,
 * cells longer than Excel allows.
 */
export function workbookWriteFindings(document: Document): Finding[] {
  const layout = layoutDocument(document);
  return [...layout.findings, ...lengthFindings(layout)];
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addTable(book: ExcelJS.Workbook, def: SheetDef, layout: Layout, spare: number): void {
  const sheet = book.addWorksheet(def.name);
  sheet.columns = def.columns.map((col) => ({ header: col.header, key: col.key, width: col.width }));
  styleHeader(sheet);
  const rows = def.key === 'about' ? [] : layout.sheets[def.key];
  for (const row of rows) {
    const added = sheet.addRow(def.columns.map((col) => row.cells[col.key] ?? null));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  const last = rows.length + 1 + spare;
  def.columns.forEach((col, ci) => {
    if (!col.options) return;
    const letter = columnLetter(ci + 1);
    for (let r = 2; r <= last; r++) {
      sheet.getCell(`${letter}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'warning',
        formulae: [`"${col.options.join(',')}"`],
      };
    }
  });
}

function addAbout(book: ExcelJS.Workbook, layout: Layout): void {
  const sheet = book.addWorksheet('Om');
  sheet.columns = [
    { header: 'Fält', key: 'field', width: 28 },
    { header: 'Värde', key: 'value', width: 60 },
  ];
  styleHeader(sheet);
  for (const [label, value] of aboutRows(layout)) sheet.addRow([label, value ?? null]);
  sheet.addRow([]);
  for (const line of INSTRUCTIONS) {
    const row = sheet.addRow([line === '' ? null : line]);
    if (line.startsWith('Så fyller') || line.startsWith('How to fill')) row.font = { bold: true };
  }
}

/**
 * Writes a document as an .xlsx workbook in the layout of docs/spreadsheet.md.
 * Nothing is silently dropped: what plain cells cannot hold goes to the Extra
 * (JSON) column, and the findings say so (and name anything a workbook cannot
 * hold at all). Reading the workbook back with `readWorkbook` gives the same document.
 */
export async function writeWorkbook(
  document: Document,
  options: WriteWorkbookOptions = {},
): Promise<WrittenWorkbook> {
  const layout = layoutDocument(document);
  const book = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  book.creator = 'effektkedja';
  book.created = now;
  book.modified = now;
  const spare = Math.max(0, options.spareRows ?? 200);
  for (const def of SHEETS) {
    if (def.key === 'about') addAbout(book, layout);
    else addTable(book, def, layout, spare);
  }
  const buffer = await book.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return { bytes, findings: [...layout.findings, ...lengthFindings(layout)] };
}

/** Options of `writeTableWorkbook`. */
export interface WriteTableWorkbookOptions {
  /** The name of the one sheet (at most 31 characters, as Excel allows). */
  readonly sheet: string;
  /** The time recorded as the workbook's creation and change (default: now). */
  readonly now?: Date;
}

/**
 * Writes a table (column heads and rows, as the CSV files have them) as an .xlsx
 * workbook of one sheet, with the header styled and frozen as in the document
 * workbook. Numbers stay numbers and text stays text: a cell starting with `=` is
 * never a formula. Cells longer than Excel allows are findings.
 */
export async function writeTableWorkbook(
  table: DataTable,
  options: WriteTableWorkbookOptions,
): Promise<WrittenWorkbook> {
  const book = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  book.creator = 'effektkedja';
  book.created = now;
  book.modified = now;
  const name = options.sheet.slice(0, 31);
  const sheet = book.addWorksheet(name);
  sheet.columns = table.columns.map((header, i) => ({
    header,
    key: `c${i}`,
    width: Math.min(60, Math.max(10, header.length + 2)),
  }));
  styleHeader(sheet);
  const findings: Finding[] = [];
  table.rows.forEach((row, r) => {
    const cells = table.columns.map((_, i) => {
      const cell = row[i] ?? null;
      return typeof cell === 'number' && !Number.isFinite(cell) ? null : cell;
    });
    sheet.addRow(cells);
    cells.forEach((cell, ci) => {
      append(findings, tooLong(name, r + 2, ci + 1, cell ?? undefined));
    });
  });
  const buffer = await book.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), findings };
}
