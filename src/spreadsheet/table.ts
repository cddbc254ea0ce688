import type ExcelJS from 'exceljs';
import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import { closest } from '../io/suggest.js';
import { normalize, type Plain } from './cells.js';
import type { SheetDef } from './layout.js';

/** A cell of a sheet, unwrapped: its value and whether it is formatted as a percentage. */
export interface ReadCell {
  readonly value: Plain;
  readonly percent: boolean;
}

/** A data row: its 1-based number and its cells by column key. */
export interface TableRow {
  readonly row: number;
  readonly cells: ReadonlyMap<string, Plain>;
  readonly percent: ReadonlySet<string>;
}

/** A sheet read as a table: where each known column is, and its non-blank rows. */
export interface Table {
  readonly def: SheetDef;
  /** The sheet's name as the workbook spells it. */
  readonly name: string;
  readonly headerRow: number;
  /** Column key → column letter. */
  readonly letters: ReadonlyMap<string, string>;
  readonly rows: readonly TableRow[];
}

const HEADER_SEARCH_ROWS = 10;

function plainOf(value: unknown): Plain | { formula: string } | { error: string } {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[])
      .map((r) => (typeof r.text === 'string' ? r.text : ''))
      .join('');
  }
  if ('error' in v) return { error: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) {
    if (v.result === undefined || v.result === null) return { formula: String(v.formula ?? v.sharedFormula) };
    return plainOf(v.result);
  }
  if ('hyperlink' in v || 'text' in v) return plainOf(v.text);
  return undefined;
}

/**
 * A cell's value with formulas (their calculated result), rich text and links
 * unwrapped. Formulas without a result and error values are findings.
 */
export function readCell(cell: ExcelJS.Cell, sheet: string, findings: Finding[]): ReadCell {
  const plain = plainOf(cell.value);
  const where = { sheet, row: Number(cell.row), cell: cell.address };
  if (plain !== null && typeof plain === 'object' && !(plain instanceof Date)) {
    if ('formula' in plain) {
      findings.push(createFinding('SHEET_FORMULA_WITHOUT_RESULT', where, { formula: plain.formula }));
    } else {
      findings.push(createFinding('SHEET_CELL_ERROR', where, { error: plain.error }));
    }
    return { value: undefined, percent: false };
  }
  const fmt = typeof cell.numFmt === 'string' ? cell.numFmt : '';
  return { value: plain, percent: typeof plain === 'number' && fmt.includes('%') };
}

function isBlank(value: Plain): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

// A merged cell's other parts repeat the first part's value: keep that for
// cells merged down a column (a plan id spanning its boxes), not across columns.
function mergedAcross(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.col !== cell.col;
}

/** The accepted headers of a sheet, normalised, to their column keys. */
export function headerIndex(def: SheetDef): Map<string, string> {
  const index = new Map<string, string>();
  for (const col of def.columns) {
    for (const word of [col.header, ...col.aliases]) {
      const key = normalize(word);
      if (!index.has(key)) index.set(key, col.key);
    }
  }
  return index;
}

/**
 * Reads a sheet as a table. The header row is the row among the first ten
 * that names the most known columns (so title rows above it are fine); blank
 * rows, extra spaces around headers and merged header cells are tolerated.
 */
export function readTable(sheet: ExcelJS.Worksheet, def: SheetDef, findings: Finding[]): Table {
  const name = sheet.name;
  const index = headerIndex(def);
  const last = sheet.rowCount;
  let headerRow = findHeaderRow(sheet, index);
  if (headerRow === 0) {
    if (!hasData(sheet, 1, last)) return { def, name, headerRow: 1, letters: new Map(), rows: [] };
    headerRow = 1;
  }
  const { columns, letters } = readHeader(sheet, def, index, headerRow, findings);
  for (const col of def.columns) {
    if (col.required && !columns.has(col.key)) {
      findings.push(
        createFinding(
          'SHEET_MISSING_COLUMN',
          { sheet: name, row: headerRow },
          { sheet: name, column: bareHeader(col.header) },
        ),
      );
    }
  }
  return { def, name, headerRow, letters, rows: readRows(sheet, columns, headerRow, findings) };
}

// The row among the first ten that names the most known columns; 0 when none names one.
function findHeaderRow(sheet: ExcelJS.Worksheet, index: ReadonlyMap<string, string>): number {
  let headerRow = 0;
  let best = 0;
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rowCount);
  for (let r = 1; r <= last; r++) {
    const seen = new Set<string>();
    sheet.getRow(r).eachCell((cell) => {
      if (mergedAcross(cell)) return;
      const key = typeof cell.value === 'string' ? index.get(normalize(cell.value)) : undefined;
      if (key) seen.add(key);
    });
    if (seen.size > best) {
      best = seen.size;
      headerRow = r;
    }
  }
  return headerRow;
}

// The header row's known columns (key to column number and letter); unknown and repeated
// headers are findings.
function readHeader(
  sheet: ExcelJS.Worksheet,
  def: SheetDef,
  index: ReadonlyMap<string, string>,
  headerRow: number,
  findings: Finding[],
): { columns: Map<string, number>; letters: Map<string, string> } {
  const name = sheet.name;
  const columns = new Map<string, number>();
  const letters = new Map<string, string>();
  sheet.getRow(headerRow).eachCell((cell, colNumber) => {
    if (mergedAcross(cell)) return;
    const text = plainOf(cell.value);
    if (typeof text !== 'string' && typeof text !== 'number') return;
    const header = String(text).trim();
    if (header === '') return;
    const key = index.get(normalize(header));
    const where = { sheet: name, row: headerRow, cell: cell.address };
    if (key === undefined) {
      const suggestion = closest(
        header,
        def.columns.map((c) => bareHeader(c.header)),
      );
      findings.push(
        createFinding('SHEET_UNKNOWN_COLUMN', where, {
          sheet: name,
          column: header,
          ...(suggestion ? { suggestion } : {}),
        }),
      );
    } else if (columns.has(key)) {
      findings.push(createFinding('SHEET_DUPLICATE_COLUMN', where, { sheet: name, column: header }));
    } else {
      columns.set(key, colNumber);
      letters.set(key, cell.address.replace(/\d+$/, ''));
    }
  });
  return { columns, letters };
}

// A column's header without its explanation in brackets: "Nivå (resurser, …)" is "Nivå".
function bareHeader(header: string): string {
  return header.replace(/\s*\(.*\)$/, '');
}

// The rows below the header with a value in a known column of their own.
function readRows(
  sheet: ExcelJS.Worksheet,
  columns: ReadonlyMap<string, number>,
  headerRow: number,
  findings: Finding[],
): TableRow[] {
  const rows: TableRow[] = [];
  const last = sheet.rowCount;
  for (let r = headerRow + 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells = new Map<string, Plain>();
    const percent = new Set<string>();
    let blank = true;
    for (const [key, colNumber] of columns) {
      const cell = row.getCell(colNumber);
      if (mergedAcross(cell)) continue;
      const read = readCell(cell, sheet.name, findings);
      if (read.value === undefined) continue;
      cells.set(key, read.value);
      if (read.percent) percent.add(key);
      // A value inherited from a cell merged down from above does not make a row.
      const inherited = cell.isMerged && cell.master !== cell;
      if (!inherited && !isBlank(read.value)) blank = false;
    }
    if (!blank) rows.push({ row: r, cells, percent });
  }
  return rows;
}

function hasData(sheet: ExcelJS.Worksheet, from: number, to: number): boolean {
  for (let r = from; r <= to; r++) {
    let found = false;
    sheet.getRow(r).eachCell((cell) => {
      if (!isBlank(plainOf(cell.value) as Plain)) found = true;
    });
    if (found) return true;
  }
  return false;
}
