export * from './adjacency.js';
export * from './cycles.js';
export * from './graphlib.js';
