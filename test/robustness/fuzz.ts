import fc from 'fast-check';

/**
 * Settings shared by the hostile-input suite. CI runs a fixed seed so a red run
 * can be replayed; `npm run fuzz` runs many more inputs with a fresh seed, and
 * fast-check prints the seed and the shrunk input of any failure.
 */
export const FUZZ: fc.Parameters<unknown> = {
  seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261122,
  numRuns: process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 2500,
  verbose: 1,
};

/** The longest one input may take in any operation before the suite calls it a hang. */
export const PER_INPUT_MS = 2000;

/** Keys an attacker or a broken exporter might write. */
export const hostileKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'formatVersion',
    'plans',
    'boxes',
    'links',
    'goalLinks',
    'strategy',
    'rus',
    'understrategier',
    'goals',
    'id',
    'level',
    'text',
    'from',
    'to',
    'goal',
    'indicators',
    'x-own',
  ),
);

/** Values of every type, with the shapes users get wrong: numbers as strings, NaN, bad dates, odd text. */
export const hostileValue = fc.oneof(
  fc.anything({ key: hostileKey, maxDepth: 4, withBoxedValues: false }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    '60',
    '2019-02-30',
    '2024-13-01',
    'utfal',
    '',
    '\u202E\u200B',
    '😀'.repeat(10),
    'a'.repeat(100_001),
    null,
  ),
);

/**
 * Time limit of one async property test: vitest's 60 s default, more for long
 * `npm run fuzz` runs (a synchronous property cannot be cut short anyway).
 */
export const TEST_TIMEOUT = Math.max(60_000, (FUZZ.numRuns ?? 0) * 100);
