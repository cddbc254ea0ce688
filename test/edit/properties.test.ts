import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, applyEditPatches, createHistory, diff, isEmptyDiff } from '../../src/edit/index.js';
import { validDocument } from '../support/arbitraries.js';
import { deepFrozen, editSeed, expectedNames, materialize, names } from './support.js';

const params = { seed: 20_250_115, numRuns: 150 };

describe('edit laws', () => {
  it('patches turn the old document into the new one, inverse patches back; the input is unchanged', () => {
    fc.assert(
      fc.property(validDocument, editSeed, (before, seed) => {
        const copy = structuredClone(before);
        const edit = materialize(before, seed);
        const r = applyEdit(before, edit);
        expect(before).toEqual(copy);
        if (!r.ok) return;
        expect(applyEditPatches(before, r.patches)).toEqual(r.document);
        expect(applyEditPatches(r.document, r.inversePatches)).toEqual(before);
        expect(deepFrozen(r.document)).toBe(true);
        // Patches are data: they survive JSON.
        expect(applyEditPatches(before, JSON.parse(JSON.stringify(r.patches)))).toEqual(r.document);
      }),
      params,
    );
  });

  it('a refused edit leaves the document identical and explains itself', () => {
    fc.assert(
      fc.property(validDocument, editSeed, (before, seed) => {
        const history = createHistory(before);
        const r = history.apply(materialize(before, seed));
        if (r.ok) return;
        expect(r.findings.length).toBeGreaterThan(0);
        for (const f of r.findings) expect(f.code).toMatch(/^EDIT_/);
        expect(history.document).toBe(before);
        expect(history.canUndo).toBe(false);
      }),
      params,
    );
  });

  it('diff(a, edit(a)) names exactly the edited things', () => {
    fc.assert(
      fc.property(validDocument, editSeed, (before, seed) => {
        const edit = materialize(before, seed);
        const r = applyEdit(before, edit);
        if (!r.ok) return;
        const d = diff(before, r.document);
        if (r.document === before) {
          expect(isEmptyDiff(d)).toBe(true);
          return;
        }
        expect(names(d)).toEqual(expectedNames(before, edit));
      }),
      params,
    );
  });

  it('undo then redo is the identity; undoing everything gives the start back', () => {
    fc.assert(
      fc.property(validDocument, fc.array(editSeed, { minLength: 1, maxLength: 8 }), (start, seeds) => {
        const history = createHistory(start, { now: () => '2025-01-01' });
        const copy = structuredClone(start);
        for (const seed of seeds) history.apply(materialize(history.document, seed));
        const end = history.document;
        while (history.canUndo) expect(history.undo().ok).toBe(true);
        expect(history.document).toBe(start);
        while (history.canRedo) expect(history.redo().ok).toBe(true);
        expect(history.document).toBe(end);
        expect(start).toEqual(copy);
        // Undo through inverse patches gives the same documents as the history's own undo.
        let doc = end;
        for (const entry of [...history.entries].reverse()) {
          doc = applyEditPatches(doc, entry.inversePatches);
          expect(doc).toEqual(entry.before);
        }
      }),
      { ...params, numRuns: 60 },
    );
  });

  it('a sequence of edits and its undo diff to nothing', () => {
    fc.assert(
      fc.property(validDocument, fc.array(editSeed, { minLength: 1, maxLength: 6 }), (start, seeds) => {
        const history = createHistory(start, { changelog: true, now: () => '2025-01-01' });
        for (const seed of seeds) history.apply(materialize(history.document, seed));
        const forward = diff(start, history.document);
        expect(isEmptyDiff(forward)).toBe(history.entries.length === 0);
        while (history.canUndo) history.undo();
        expect(isEmptyDiff(diff(start, history.document))).toBe(true);
      }),
      { ...params, numRuns: 60 },
    );
  });
});
