import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, writeDocument } from '../../src/index.js';
import { validDocument } from '../support/arbitraries.js';

describe('parse → write → parse', () => {
  it.each(['yaml', 'json'] as const)('is lossless in %s for any valid document and any text', (format) => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const text = writeDocument(doc, { format });
        const back = parseDocument(text, { format });
        expect(back.findings).toEqual([]);
        expect(back.ok && back.value).toEqual(doc);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('keeps unknown keys of the user on a round trip', () => {
    fc.assert(
      fc.property(
        validDocument,
        fc.string({ minLength: 1, maxLength: 10 }),
        fc.jsonValue(),
        (doc, key, value) => {
          fc.pre(!['__proto__', 'constructor', 'prototype'].includes(key) && !(key in doc));
          const withExtra = { ...doc, [key]: value } as typeof doc;
          const first = parseDocument(JSON.stringify(withExtra));
          fc.pre(first.ok);
          const again = parseDocument(writeDocument(first.ok ? first.value : doc, { format: 'yaml' }));
          expect(again.ok && (again.value as Record<string, unknown>)[key]).toEqual(
            (first.ok ? (first.value as Record<string, unknown>) : {})[key],
          );
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });
});
