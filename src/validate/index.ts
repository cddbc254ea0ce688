export type { GoalEntry, PlanIndex, ValidationContext } from './context.js';
export { buildContext } from './context.js';
export type { Rule } from './rule.js';
export { BUILT_IN_RULES } from './rules/index.js';
export * from './validate.js';
