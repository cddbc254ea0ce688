/**
 * effektkedja/node — the Node-only part: files and folders of documents, workbooks, SVG, PNG
 * and PDF rendering in Chromium, atomic file writes. The core (parsing, validation, Mermaid
 * text, editing, follow-up) is imported from `effektkedja`; this entry point does not repeat it.
 * @packageDocumentation
 */
export {
  ANY_EXTENSIONS,
  type AnyParseResult,
  DOCUMENT_EXTENSIONS,
  findDocumentFiles,
  type LoadedSet,
  loadDocumentSet,
  loadRegionSets,
  type ReadOptions,
  type RegionSet,
  readAnyDocument,
  readDocumentFile,
  writeWorkbookBytes,
} from './files.js';
export {
  findChromium,
  loadPanzoomScript,
  type MermaidRenderOptions,
  mermaidHtmlPage,
  renderMermaidPng,
  renderMermaidSvg,
} from './mermaid-render.js';
export { htmlToPdf, type PdfOptions, renderMermaidPdf } from './pdf.js';
export {
  type ColumnDef,
  LEVEL_LABELS,
  type ReadWorkbookOptions,
  readWorkbook,
  SHEETS,
  type SheetDef,
  type SheetKey,
  type WorkbookReadResult,
  type WriteTableWorkbookOptions,
  type WriteWorkbookOptions,
  type WrittenWorkbook,
  workbookWriteFindings,
  writeTableWorkbook,
  writeWorkbook,
} from './spreadsheet/index.js';
export { WriteFileError, writeFileAtomic } from './write-file.js';
