export * from './json-schema.js';
export * from './limits.js';
export { type ConvertTarget, conversionLosses } from './losses.js';
export * from './merge.js';
export * from './parse.js';
export type { LocateRequest, Position, SourceMap } from './position.js';
export { attachLocations } from './source-map.js';
export * from './write.js';
