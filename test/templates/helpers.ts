import { BUILT_IN_RULES, type Document, type Plan, type Rule, validate } from '../../src/index.js';
import { templateConformance } from '../../src/validate/rules/template-conformance.js';
import { validDocument } from '../support/documents.js';

/** The built-in rules with the template rule, whether or not the lead has wired it in yet. */
export const RULES: readonly Rule[] = BUILT_IN_RULES.some((r) => r.name === templateConformance.name)
  ? BUILT_IN_RULES
  : [...BUILT_IN_RULES, templateConformance];

/** Validates with the template rule on. */
export const check = (doc: Document) => validate(doc, { builtInRules: RULES });

/** Sorted codes of a validation with the template rule on. */
export const codes = (doc: Document) =>
  check(doc)
    .findings.map((f) => f.code)
    .sort();

/** The small clean document of test/support with `plan` added beside its own clean plan. */
export const withPlan = (plan: Plan): Document => {
  const doc = validDocument();
  return { ...doc, plans: [...(doc.plans ?? []), plan] };
};
