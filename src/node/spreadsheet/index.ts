/**
 * Spreadsheet exchange: an insatsplan as an .xlsx workbook that regions can
 * fill in by hand, read back into a document (layout in docs/spreadsheet.md).
 */
export { LEVEL_LABELS } from './cells.js';
export { type ColumnDef, SHEETS, type SheetDef, type SheetKey } from './layout.js';
export { type ReadWorkbookOptions, readWorkbook, type WorkbookReadResult } from './read.js';
export {
  type WriteTableWorkbookOptions,
  type WriteWorkbookOptions,
  type WrittenWorkbook,
  workbookWriteFindings,
  writeTableWorkbook,
  writeWorkbook,
} from './write.js';
