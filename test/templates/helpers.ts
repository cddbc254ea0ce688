import type { Draft } from 'immer';
import { type Document, type Plan, validate } from '../../src/index.js';
import { validDocument } from '../support/documents.js';

/** Validates as users do: the template rule is one of the built-in rules. */
export const check = (doc: Document) => validate(doc);

/** Sorted codes of a validation with the template rule on. */
export const codes = (doc: Document) =>
  check(doc)
    .findings.map((f) => f.code)
    .sort();

/** The small clean document of test/support with `plan` added beside its own clean plan. */
export const withPlan = (plan: Plan): Draft<Document> => {
  const doc = validDocument();
  return { ...doc, plans: [...(doc.plans ?? []), plan as Draft<Plan>] };
};
