export type { GoalEntry, PlanIndex, ValidationContext } from './context.js';
export { buildContext } from './context.js';
export type { Rule } from './rule.js';
export { BUILT_IN_RULES } from './rules/index.js';
export { templateConformance, templateConformanceRule } from './rules/template-conformance.js';
export {
  type SeverityOverride,
  summarize,
  type ValidateOptions,
  type ValidationReport,
  type ValidationSummary,
  validate,
} from './validate.js';
