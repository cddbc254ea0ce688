import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGuard } from '../../src/io/guard.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { Document } from '../../src/model/document.js';
import { validDocument } from '../support/arbitraries.js';
import { mutate } from '../support/mutate.js';

const guard = compileGuard(Document)!;
const accepts = (v: unknown) => guard(v, { path: [], limits: DEFAULT_LIMITS, unknown: [] });

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1.5,
    2019,
    1899,
    2201,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'x',
    'has space',
    '2019-02-30',
    '2024-02-29',
    '2024-Q5',
    '2024-Q1',
    'utfall',
    'utfal',
    [],
    {},
    [1],
    { id: 'a' },
  ),
  fc.string(),
  fc.integer(),
);

describe('compiled guard', () => {
  it('accepts exactly what the zod schema accepts', () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), anyValue, (doc, pick, value) => {
        const mutated = mutate(doc, pick, value);
        expect(accepts(mutated)).toBe(Document.safeParse(mutated).success);
      }),
      { numRuns: 1000, seed: 99 },
    );
  });

  it('accepts every generated valid document', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        expect(accepts(doc)).toBe(true);
      }),
      { numRuns: 100, seed: 100 },
    );
  });
});
