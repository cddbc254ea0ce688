export * from './cycles.js';
export * from './graphlib.js';
