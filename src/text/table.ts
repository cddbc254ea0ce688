import { escapeHtml } from '../text/html.js';
import { escapeMarkdown } from '../text/markdown.js';
/** A table cell: text, a number, or empty. */
export type DataCell = string | number | null;

/** A table as data: column heads and rows of cells. */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly DataCell[])[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * How a CSV file is written. `rfc4180`: comma-separated, decimal point, no
 * byte-order mark — for programs. `excel-sv`: what Excel and LibreOffice with a
 * Swedish locale open directly — semicolon-separated, decimal comma, UTF-8 with
 * a byte-order mark (without it Excel reads å, ä and ö as Windows-1252).
 */
export type CsvDialect = 'rfc4180' | 'excel-sv';

/** The CSV dialects, for options and their checks. */
export const CSV_DIALECTS: readonly CsvDialect[] = ['excel-sv', 'rfc4180'];

/**
 * One CSV field (RFC 4180). Text is quoted when it holds a comma, a semicolon,
 * a quote or a line break — both separators, whichever the dialect, so a reader
 * that splits on the other one cannot cut `x;=1+1;y` into a formula — with quotes
 * doubled. Text that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) gets a leading apostrophe. Numbers stay
 * numbers: with `decimalComma`, 5.5 is written 5,5 (never quoted).
 */
export function csvCell(cell: DataCell, decimalComma = false): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return decimalComma ? String(cell).replace('.', ',') : String(cell);
  }
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A table as CSV: a header row, CRLF line ends, in the dialect asked for (RFC 4180 by default). */
export function tableToCsv(table: DataTable, dialect: CsvDialect = 'rfc4180'): string {
  const sv = dialect === 'excel-sv';
  const sep = sv ? ';' : ',';
  const lines = [table.columns.map((c) => csvCell(c, sv)).join(sep)];
  for (const row of table.rows) lines.push(row.map((c) => csvCell(c, sv)).join(sep));
  return `${sv ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

function markdownCell(cell: DataCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return escapeMarkdown(cell);
}

/** A table as a GitHub-flavoured Markdown table, every cell escaped. */
export function tableToMarkdown(table: DataTable): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const out = [line(table.columns.map(markdownCell)), line(table.columns.map(() => '---'))];
  for (const row of table.rows) out.push(line(table.columns.map((_, i) => markdownCell(row[i] ?? null))));
  return out.join('\n');
}

/** A table as an HTML `<table>`, every cell escaped; numbers are right-aligned. */
export function tableToHtml(table: DataTable): string {
  const out = ['<table>', '<thead><tr>'];
  for (const c of table.columns) out.push(`<th scope="col">${escapeHtml(c)}</th>`);
  out.push('</tr></thead>', '<tbody>');
  for (const row of table.rows) {
    out.push('<tr>');
    for (let i = 0; i < table.columns.length; i++) {
      const cell = row[i] ?? null;
      if (typeof cell === 'number')
        out.push(`<td class="num">${Number.isFinite(cell) ? String(cell) : ''}</td>`);
      else out.push(`<td>${cell === null ? '' : escapeHtml(cell)}</td>`);
    }
    out.push('</tr>');
  }
  out.push('</tbody>', '</table>');
  return out.join('');
}
