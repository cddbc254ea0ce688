// A read worker sends a result as JSON text only when JSON gives back what a structured
// clone would (src/node/json-exact.ts, `messageOf` in src/node/read-pool.ts): any value,
// any reply, the same on arrival either way.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateFolder } from '../../bench/generate.js';
import { parseDocument } from '../../src/index.js';
import { jsonExact } from '../../src/node/json-exact.js';
import { messageOf, replyOf, type WorkerReply } from '../../src/node/read-pool.js';

// Equal as a structured clone keeps things: -0 is not 0, NaN is NaN, a hole is not
// undefined, an undefined value is not a missing key, and prototypes and key order count.
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  // Dates, maps, typed arrays…: never sent as JSON, compared as Node compares them.
  if (Object.getPrototypeOf(a) !== Object.prototype && Object.getPrototypeOf(a) !== null && !Array.isArray(a))
    return isDeepStrictEqual(a, b);
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (i in a !== i in bs || !same(a[i], bs[i])) return false;
    return true;
  }
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const anyValue = fc.anything({
  // The leaves JSON cannot carry come often, not once in thousands of doubles.
  values: [
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.constantFrom(null, undefined, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  ],
  withNullPrototype: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withBoxedValues: true,
  withBigInt: true,
  withObjectString: true,
});

describe('which values travel as JSON text (jsonExact)', () => {
  it('JSON gives back what a structured clone gives, for any value it lets through', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        if (!jsonExact(value)) return;
        expect(same(JSON.parse(JSON.stringify(value)), structuredClone(value))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets through plain data and stops -0, NaN, infinities, undefined, holes and class instances', () => {
    expect(jsonExact({ a: [1, 'två', true, null, { b: 1.5 }], 'x-å': '' })).toBe(true);
    expect(jsonExact(Object.assign(Object.create(null), { a: 1 }))).toBe(true);
    const stopped: unknown[] = [
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      { a: Number.NEGATIVE_INFINITY },
      { a: undefined },
      [1, undefined],
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
      [1, , 2],
      new Date(0),
      new Map(),
      new Uint8Array(2),
      1n,
      { a: [{ b: -0 }] },
    ];
    for (const value of stopped) expect(jsonExact(value), String(value)).toBe(false);
  });

  it('lets through every document the generator makes, as read: plans travel as JSON', () => {
    const texts = generateFolder(4, { regions: 2, defectRate: 0.3, seed: 3 }, (d) => stringify(d), 'yaml');
    let read = 0;
    for (const text of texts.values()) {
      const result = parseDocument(text, { format: 'yaml' });
      if (!result.ok) continue;
      read++;
      expect(jsonExact(result.value)).toBe(true);
      expect(jsonExact(result.findings)).toBe(true);
    }
    expect(read).toBeGreaterThan(5);
  });
});

describe('a worker reply on its way (messageOf, replyOf)', () => {
  const anyReply = fc.record(
    {
      id: fc.nat(),
      ok: fc.boolean(),
      value: anyValue,
      findings: fc.array(
        fc.record({
          code: fc.constantFrom('UNKNOWN_KEY', 'LIMIT_EXCEEDED'),
          severity: fc.constantFrom('error', 'warning', 'info'),
          location: fc.record({ file: fc.string(), path: fc.array(fc.oneof(fc.string(), fc.nat())) }),
          details: fc.dictionary(fc.string(), anyValue),
        }),
        { maxLength: 3 },
      ),
      stamp: fc.string(),
      format: fc.constantFrom('yaml', 'json'),
    },
    { requiredKeys: ['id', 'ok', 'findings'] },
  ) as fc.Arbitrary<WorkerReply>;

  it('arrives as a structured clone of it would, whether it went as JSON or as itself', () => {
    fc.assert(
      fc.property(anyReply, (reply) => {
        // The trip between threads is a structured clone of the message.
        const arrived = replyOf(structuredClone(messageOf(reply, true)));
        expect(same(arrived, structuredClone(reply))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('goes as JSON text when that is exact, and as itself when a value could hold one object twice', () => {
    const reply: WorkerReply = {
      id: 3,
      ok: true,
      value: { a: [1] },
      findings: [],
      stamp: '9:x',
      format: 'yaml',
    };
    expect(messageOf(reply, true)).toBe(JSON.stringify(reply));
    expect(messageOf(reply, false)).toBe(reply);
    const negativeZero = { ...reply, value: { a: -0 } };
    expect(messageOf(negativeZero, true)).toBe(negativeZero);
  });
});
