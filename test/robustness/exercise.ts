/**
 * One pass of each module over one input, with the invariants that hold for
 * any input: no exception, a bounded time, the same output twice, safe text.
 * Shared by the generated properties and the fixture corpus.
 */
import type fc from 'fast-check';
import { expect } from 'vitest';
import {
  applyEdit,
  applyEditPatches,
  buildReport,
  checkDocument,
  coverage,
  createHistory,
  type Document,
  diff,
  documentStatus,
  exportMermaid,
  formatDiff,
  isEmptyDiff,
  type MermaidOptions,
  markdownBlock,
  NATIONAL_TEMPLATES,
  synthesize,
  validate,
} from '../../src/index.js';
import { type editSeed, expectedNames, materialize, names } from '../edit/support.js';
import { deepFreeze } from '../support/mutate.js';
import { expectOwnTags, expectSafeMermaid, timed, wellFormed } from './modules.js';

// The option sets every input is drawn with: each view, strategy, indicators, findings, collapse, language.
function mermaidOptions(doc: unknown): MermaidOptions[] {
  const findings = isDocument(doc) ? validate(doc).findings : [];
  return [
    { view: 'plan' },
    { view: 'plan', strategy: true, showIndicators: true, findings, lang: 'en', direction: 'TB', wrap: 0 },
    { view: 'portfolio', findings, collapse: ['aktiviteter', 'utfall'] },
    { view: 'portfolio', strategy: false, showIndicators: true, wrap: 3 },
    { view: 'template', showIndicators: true },
    { view: 'template', templates: NATIONAL_TEMPLATES, lang: 'en', findings },
  ];
}

function isDocument(value: unknown): value is Document {
  return checkDocument(value).ok;
}

/** Every view of the input: no exception, bounded time, the same text twice, safe text. */
export function exerciseMermaid(input: unknown): void {
  for (const options of mermaidOptions(input)) {
    const frozen = deepFreeze(options);
    const result = timed(() => exportMermaid(input as Document, frozen));
    wellFormed(result.findings);
    expectSafeMermaid(result.text);
    expect(exportMermaid(input as Document, frozen)).toEqual(result);
    const md = markdownBlock(result, { heading: `${result.title} \`\`\` <b>` });
    expect(md.split('```').length).toBe(3); // the fence is never closed early
  }
}

/** Follow-up of an accepted document: never throws, same output twice, HTML holds no user markup. */
export function exerciseFollowup(doc: Document): void {
  const status = timed(() => documentStatus(doc));
  expect(documentStatus(doc)).toEqual(status);
  const synthesis = timed(() => synthesize([doc, doc], { asOf: 2024 }));
  wellFormed(synthesis.findings);
  expect(synthesize([doc, doc], { asOf: 2024 })).toEqual(synthesis);
  const cover = timed(() => coverage(doc));
  expect(coverage(doc)).toEqual(cover);
  const options = { lang: 'en' as const, diagrams: (plan: unknown) => exportMermaid(plan as Document).text };
  const report = timed(() => buildReport(doc, options), 4 * 2000);
  wellFormed(report.validation.findings);
  expect(buildReport(doc, options)).toEqual(report);
  expectOwnTags(report.html);
  // Markdown outside the diagram fences shows `<` only escaped (`\<` or `&lt;`): no HTML from user text.
  const prose = report.markdown.replace(/```mermaid\n[\s\S]*?```/g, '');
  expect(prose).not.toMatch(/(?<!\\)</);
}

/** Edits of an accepted document: diff(a, a) is empty; an edit is named by the diff and undone exactly. */
export function exerciseEdits(doc: Document, seeds: EditSeedList): void {
  expect(isEmptyDiff(timed(() => diff(doc, doc)))).toBe(true);
  if (!doc.plans?.length) return;
  const valid = !validate(doc).findings.some((f) => f.severity === 'error');
  const history = createHistory(doc, { changelog: true, now: () => '2025-01-01' });
  for (const seed of seeds) {
    const edit = materialize(doc, seed);
    const r = timed(() => applyEdit(doc, deepFreeze(edit)));
    wellFormed(r.findings);
    if (!r.ok) {
      for (const f of r.findings) expect(f.code).toMatch(/^EDIT_/);
      continue;
    }
    expect(applyEditPatches(r.document, r.inversePatches)).toEqual(doc);
    const d = diff(doc, r.document);
    expect(isEmptyDiff(d)).toBe(r.document === doc);
    expect(formatDiff(d, { language: 'en', format: 'markdown' }).length).toBeGreaterThan(0);
    // On a document with repeated ids a diff by id cannot say which of two equal ids changed.
    if (valid && r.document !== doc) expect(names(d)).toEqual(expectedNames(doc, edit));
    history.apply(edit);
  }
  while (history.canUndo) expect(history.undo().ok).toBe(true);
  expect(history.document).toBe(doc);
}
/** Seeds of edits (test/edit/support.ts). */
export type EditSeedList = readonly (typeof editSeed extends fc.Arbitrary<infer T> ? T : never)[];
