/**
 * Spreadsheet exchange: an insatsplan as an .xlsx workbook that regions can
 * fill in by hand, read back into a document (layout in docs/spreadsheet.md).
 * The reader itself is browser-safe (src/spreadsheet); here it unpacks with zlib.
 */
export { LEVEL_LABELS } from '../../spreadsheet/cells.js';
export { type ColumnDef, SHEETS, type SheetDef, type SheetKey } from '../../spreadsheet/layout.js';
export type { ReadWorkbookOptions, WorkbookReadResult } from '../../spreadsheet/read.js';
export { readWorkbook } from './read.js';
export {
  type WriteTableWorkbookOptions,
  type WriteWorkbookOptions,
  type WrittenWorkbook,
  workbookWriteFindings,
  writeTableWorkbook,
  writeWorkbook,
} from './write.js';
