import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  applyEditPatches,
  buildReport,
  checkDocument,
  type Edit,
  exportMermaid,
  LEVELS,
  toHtmlPage,
  toMarkdown,
} from '../../src/index.js';
import { editSeed, materialize } from '../edit/support.js';
import { deepFreeze, mutate } from '../support/mutate.js';
import { exerciseEdits, exerciseFollowup, exerciseMermaid } from './exercise.js';
import { FUZZ, hostileValue } from './fuzz.js';
import {
  acceptedHostile,
  expectOwnMarkup,
  expectOwnTags,
  hostileInput,
  timed,
  wellFormed,
} from './modules.js';

describe('every module on hostile input', () => {
  it('Mermaid views of input of any shape never throw and give safe, identical text', () => {
    fc.assert(
      fc.property(hostileInput, (raw) => {
        // Known bug (reported): arrays with holes reach a destructuring in drawChain. See holes test below.
        const frozen = deepFreeze(raw);
        const snapshot = structuredClone(raw);
        exerciseMermaid(frozen);
        expect(raw).toEqual(snapshot);
      }),
      { ...FUZZ, verbose: 0, numRuns: Math.ceil(FUZZ.numRuns! / 2) },
    );
  });

  it('accepted but broken documents go through Mermaid, follow-up and editing', () => {
    fc.assert(
      fc.property(acceptedHostile, fc.array(editSeed, { minLength: 1, maxLength: 4 }), (input, seeds) => {
        const checked = checkDocument(input);
        expect(checked.ok, JSON.stringify(checked.findings.slice(0, 3))).toBe(true);
        if (!checked.ok) return;
        const doc = deepFreeze(checked.value);
        const snapshot = structuredClone(doc);
        exerciseMermaid(doc);
        exerciseFollowup(doc);
        exerciseEdits(doc, seeds);
        expect(doc).toEqual(snapshot);
      }),
      { ...FUZZ, verbose: 0, numRuns: Math.ceil(FUZZ.numRuns! / 12) },
    );
  });

  it('edits that are themselves hostile are refused with findings, never thrown', () => {
    fc.assert(
      fc.property(acceptedHostile, editSeed, fc.nat(), hostileValue, (input, seed, pick, value) => {
        const checked = checkDocument(input);
        if (!checked.ok || !checked.value.plans?.length) return;
        const doc = deepFreeze(checked.value);
        const edit = deepFreeze(mutate(materialize(doc, seed), pick, value)) as Edit;
        const r = timed(() => applyEdit(doc, edit));
        wellFormed(r.findings);
        if (r.ok) expect(applyEditPatches(r.document, r.inversePatches)).toEqual(doc);
        else expect(r.findings.length).toBeGreaterThan(0);
      }),
      { ...FUZZ, verbose: 0, numRuns: Math.ceil(FUZZ.numRuns! / 4) },
    );
  });

  it('Mermaid export of a plan whose boxes array has a hole reports the hole and draws the rest', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const boxes = [, { id: 'a', level: 'utfall', text: 'x' }];
    const plan = { id: 'p', name: 'P', kind: 'projekt', boxes };
    // biome-ignore lint/suspicious/noSparseArray: a hole in the caller's findings too
    const r = exportMermaid(plan as never, { findings: [, undefined] as never });
    expect(r.nodes).toBe(1);
    expect(r.findings.map((f) => f.code)).toEqual(['MERMAID_BOX_SKIPPED']);
  });

  it('a document whose every level holds one box per level name still draws every view', () => {
    // Box ids equal to level names and lane words: ids never become Mermaid syntax.
    const boxes = LEVELS.map((level) => ({ id: level, level, text: level }));
    const doc = deepFreeze({
      formatVersion: 1 as const,
      plans: [{ id: 'subgraph', name: 'end', kind: 'projekt' as const, boxes }],
    });
    exerciseMermaid(doc);
    exerciseFollowup(doc);
  });

  it('the HTML page of a diagram and the report hold no user markup (read by a real HTML parser)', () => {
    fc.assert(
      fc.property(acceptedHostile, (doc) => {
        const result = exportMermaid(doc, { view: 'portfolio' });
        const html = toHtmlPage(result.text, { title: doc.region ?? result.title, mermaidScript: 'void 0' });
        expectOwnMarkup(html, 4); // two JSON data blocks, the bundle, the renderer
        expectOwnTags(html, 4);
        const md = toMarkdown(doc, { view: 'portfolio', heading: doc.region ?? '' });
        expect(md.replace(/```mermaid\n[\s\S]*?```/g, '')).not.toMatch(/(?<!\\)</);
        expectOwnMarkup(buildReport(doc, { diagrams: (plan) => exportMermaid(plan).text }).html);
      }),
      { ...FUZZ, verbose: 0, numRuns: 40 },
    );
  });
});
