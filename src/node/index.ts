/**
 * effektkedja/node — the Node-only part: files and folders of documents.
 * Everything in the core entry point is re-exported, so one import suffices.
 * @packageDocumentation
 */
export * from '../index.js';
export * from './files.js';
export * from './mermaid-render.js';
export * from './pdf.js';
export * from './spreadsheet/index.js';
export * from './write-file.js';
