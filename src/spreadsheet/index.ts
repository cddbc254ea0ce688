/**
 * Reading an insatsplan from an .xlsx workbook (layout in docs/spreadsheet.md),
 * in a browser as in Node: `import { readWorkbook } from 'effektkedja/spreadsheet'`.
 * Zip entries are unpacked with the browser's `DecompressionStream` unless
 * another inflater is given; the same limits (size, unpacked size, cells,
 * merged cells) are checked before exceljs reads anything. Writing workbooks,
 * and reading with Node's zlib, is in `effektkedja/node`.
 */
export { LEVEL_LABELS } from './cells.js';
export { type Inflate, streamInflate } from './inflate.js';
export { type ColumnDef, SHEETS, type SheetDef, type SheetKey } from './layout.js';
export { type ReadWorkbookOptions, readWorkbook, type WorkbookReadResult } from './read.js';
