import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCustomFinding, createFinding } from '../../src/findings/create.js';

// A finding's message and hint are `{ sv, en }` to every reader (JSON, spread, equality, a
// worker's structured clone), rendered when a language is first read.
describe('the words of a finding', () => {
  const link = (from: string, to: string) =>
    createFinding('LINK_SAME_LEVEL', { plan: 'p' }, { from, to, level: 'utfall' });

  it('reads as plain { sv, en } to JSON, spread, equality and structured clone', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (from, to) => {
        const f = link(from, to);
        const plain = { sv: f.message.sv, en: f.message.en };
        expect(f.message.sv).toContain(`«${from}»`);
        expect(f.message.en).toContain(`«${to}»`);
        expect(Object.keys(f.message)).toEqual(['sv', 'en']);
        expect(JSON.parse(JSON.stringify(f.message))).toEqual(plain);
        expect({ ...f.message }).toStrictEqual(plain);
        expect(structuredClone(f.message)).toStrictEqual(plain);
        expect(f.message).toEqual(plain);
        expect(Object.keys(f.hint ?? {})).toEqual(['sv', 'en']);
        expect({ ...f.hint }).toStrictEqual({ sv: f.hint?.sv, en: f.hint?.en });
      }),
    );
  });

  it('renders each language once, from the details the finding was made with', () => {
    let calls = 0;
    const words = {
      sv: { text: (d: { n?: unknown }) => `sv ${String(d.n)} ${++calls}` },
      en: { text: (d: { n?: unknown }) => `en ${String(d.n)} ${++calls}` },
    };
    const f = createCustomFinding('MY_CODE', 'info', {}, { n: 7 }, words);
    expect(calls).toBe(0);
    expect(f.message.en).toBe('en 7 1');
    expect(f.message.en).toBe('en 7 1');
    expect(f.message.sv).toBe('sv 7 2');
    expect(calls).toBe(2);
  });

  it('keeps the words of two findings apart', () => {
    const a = link('a', 'b');
    const b = link('c', 'd');
    expect(b.message.sv).toContain('«c»');
    expect(a.message.sv).toContain('«a»');
    expect(a.message.sv).not.toBe(b.message.sv);
  });

  // Getters written in an object literal are new functions for every finding, and each such
  // object gets a hidden class of its own in V8: ~1 KB more per finding kept (docs/performance.md).
  it('shares one pair of getters among the words of all findings', () => {
    const getter = (w: object, key: 'sv' | 'en') => Object.getOwnPropertyDescriptor(w, key)?.get;
    const a = link('a', 'b');
    const b = createFinding('DUPLICATE_ID', { plan: 'p' }, { id: 'x', kind: 'box' });
    for (const key of ['sv', 'en'] as const) {
      expect(getter(a.message, key)).toBeTypeOf('function');
      expect(getter(a.message, key)).toBe(getter(b.message, key));
      expect(getter(a.hint!, key)).toBe(getter(a.message, key));
    }
  });
});
