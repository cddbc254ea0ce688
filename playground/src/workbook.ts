/**
 * Excel workbooks (.xlsx) in the playground: read with the library's
 * browser-safe reader (`effektkedja/spreadsheet`), which is loaded only when
 * a workbook is opened, so the page's first load does not carry exceljs.
 */

import type { Document, Finding, Language } from 'effektkedja';

/** Largest workbook the page reads (the library's own limits on cells and unpacked size apply too). */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/** Whether a file is read as a workbook. */
export function isWorkbook(file: File): boolean {
  return /\.xlsx$/i.test(file.name);
}

/** What reading a workbook gave: the document when it had no errors, and the reader's findings. */
export interface WorkbookFile {
  readonly name: string;
  readonly document?: Document;
  readonly findings: readonly Finding[];
}

/** Reads a workbook file; never throws (a file that cannot be read is a finding of the reader). */
export async function readWorkbookFile(file: File): Promise<WorkbookFile> {
  const { readWorkbook } = await import('effektkedja/spreadsheet');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readWorkbook(bytes, { file: file.name, maxBytes: MAX_WORKBOOK_BYTES });
  return { name: file.name, ...(read.document ? { document: read.document } : {}), findings: read.findings };
}

/**
 * The status line's words on a workbook: its errors and warnings with sheet, row and cell (the
 * document in the text area is YAML, so these places are shown here and not in the findings list).
 */
export function workbookStatus(read: WorkbookFile, lang: Language): string {
  const told = read.findings.filter((f) => f.severity !== 'info');
  const place = (f: Finding): string => {
    const { sheet, row, cell } = f.location;
    if (sheet === undefined) return '';
    return `${sheet}${cell !== undefined ? ` ${cell}` : row !== undefined ? ` ${lang === 'en' ? 'row' : 'rad'} ${row}` : ''}: `;
  };
  const shown = told.slice(0, 3).map((f) => `${place(f)}${f.message[lang]}`);
  const more = told.length - shown.length;
  const head = read.document
    ? lang === 'en'
      ? `Read the workbook ${read.name}.`
      : `Läste arbetsboken ${read.name}.`
    : lang === 'en'
      ? `The workbook ${read.name} could not be read:`
      : `Arbetsboken ${read.name} gick inte att läsa:`;
  const tail = more > 0 ? [lang === 'en' ? `(and ${more} more)` : `(och ${more} till)`] : [];
  return [head, ...shown, ...tail].join(' ');
}
