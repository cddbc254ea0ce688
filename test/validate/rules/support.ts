import type { Draft } from 'immer';
import { expect, it } from 'vitest';
import { type Document, type Plan, type Rule, validate } from '../../../src/index.js';
import { validDocument } from '../../support/documents.js';
import { editable } from '../../support/mutate.js';

// Helpers of the per-rule tests (one file per src/validate/rules/<rule>.ts): edits of the
// small valid document of test/support/documents.ts, and the codes a rule finds.

/** The codes every rule finds in a document, in order. */
export const codes = (doc: Document) => validate(doc).findings.map((f) => f.code);
/** The codes one rule alone finds in a document. */
export const codesOf = (rule: Rule, doc: Document) =>
  validate(doc, { builtInRules: [rule] }).findings.map((f) => f.code);
export const plan = (doc: Draft<Document>): Draft<Plan> => doc.plans![0]!;
export const box = (doc: Draft<Document>, id: string) => plan(doc).boxes.find((b) => b.id === id)!;
/** A copy of the valid document, edited. */
export const change = (edit: (doc: Draft<Document>) => void) => {
  const doc = editable(validDocument());
  edit(doc);
  return doc;
};

/** One row: a code of the rule, an edit of the valid document, and exactly the codes all rules then find. */
export type RuleCase = readonly [
  code: string,
  edit: (doc: Draft<Document>) => void,
  expected: readonly string[],
];

/**
 * The passing document (the valid one: the rule finds nothing) and, per row, a failing one:
 * the rule alone finds the row's code, and all rules together find exactly the row's codes.
 */
export function ruleCases(rule: Rule, cases: readonly RuleCase[]): void {
  it(`passes the valid document: ${rule.name} finds nothing`, () => {
    expect(codesOf(rule, validDocument())).toEqual([]);
  });
  it.each(cases)('%s', (code, edit, expected) => {
    const doc = change(edit);
    expect(codesOf(rule, doc)).toContain(code);
    const found = codes(doc);
    expect(found).toContain(code);
    expect([...found].sort()).toEqual([...expected].sort());
  });
}

/** A failing and a passing edit of the valid document for one code: the rule alone finds it once, then not. */
export function failsAndPasses(
  rule: Rule,
  code: string,
  fails: (doc: Draft<Document>) => void,
  passes: (doc: Draft<Document>) => void,
): void {
  it(`${code}: a failing document`, () => {
    expect(codesOf(rule, change(fails))).toEqual([code]);
  });
  it(`${code}: a passing document`, () => {
    expect(codesOf(rule, change(passes))).toEqual([]);
  });
}
