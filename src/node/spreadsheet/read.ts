import {
  type ReadWorkbookOptions,
  readWorkbook as readWith,
  type WorkbookReadResult,
} from '../../spreadsheet/read.js';
import { zlibInflate } from './inflate.js';

/**
 * Reads an .xlsx workbook in the layout of docs/spreadsheet.md into a
 * document, unpacking with Node's zlib (the browser-safe reader of
 * `effektkedja/spreadsheet`, given the `zlibInflate` unpacker). Never throws: a file
 * that is not a workbook, a broken cell or a wrong level is a finding with its
 * sheet, row and cell. The document is given only when there are no errors;
 * check it with `validate` like any other.
 */
export function readWorkbook(
  input: Uint8Array | ArrayBuffer,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookReadResult> {
  return readWith(input, { inflate: zlibInflate, ...options });
}
