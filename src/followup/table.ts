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
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break,
 * quotes doubled. Text that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) gets a leading apostrophe; numbers stay numbers.
 */
export function csvCell(cell: DataCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A table as CSV (RFC 4180: comma-separated, CRLF line ends, a header row). */
export function tableToCsv(table: DataTable): string {
  const lines = [table.columns.map(csvCell).join(',')];
  for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
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
