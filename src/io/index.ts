// Reading and writing documents. `resolveLimits` (filling in the defaults) stays inside.
export { documentJsonSchema } from './json-schema.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export { type ConvertTarget, conversionLosses } from './losses.js';
export { type DocumentPart, type DocumentSet, mergeDocuments } from './merge.js';
export {
  checkDocument,
  detectFormat,
  type ParseOptions,
  type ParseResult,
  parseDocument,
  parseDocumentOrThrow,
  type TextFormat,
} from './parse.js';
export type { LocateRequest, Position, SourceMap } from './position.js';
export { attachLocations } from './source-map.js';
export { type WriteOptions, writeDocument } from './write.js';
