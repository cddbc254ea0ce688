import type { Draft } from 'immer';
import { describe } from 'vitest';
import type { Document } from '../../../src/index.js';
import { rollupMappings } from '../../../src/validate/rules/rollup-mappings.js';
import { box, failsAndPasses } from './support.js';

const indicator = (d: Draft<Document>) => box(d, 'o').indicators![0]!;

describe('rollup-mappings', () => {
  failsAndPasses(
    rollupMappings,
    'ROLLUP_UNKNOWN_TARGET',
    (d) => void (indicator(d).rollsUpTo = 'saknas'),
    (d) => void delete indicator(d).rollsUpTo,
  );
});
