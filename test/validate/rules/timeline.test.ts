import type { Draft } from 'immer';
import { describe } from 'vitest';
import type { Document } from '../../../src/index.js';
import { timeline } from '../../../src/validate/rules/timeline.js';
import { box, failsAndPasses } from './support.js';

// The rule's other cases (windows per level, dates, options) are in test/followup/timeline.test.ts.
const indicator = (d: Draft<Document>) => box(d, 'o').indicators![0]!;

describe('timeline', () => {
  failsAndPasses(
    timeline,
    'MEASUREMENT_BEFORE_BASELINE',
    (d) => void (indicator(d).measurements = [{ period: 2022, value: 12 }]),
    (d) => void (indicator(d).measurements = [{ period: 2025, value: 12 }]),
  );
  failsAndPasses(
    timeline,
    'TARGET_BEFORE_BASELINE',
    (d) => void (indicator(d).targets = [{ value: 10, year: 2023 }]),
    (d) => void (indicator(d).targets = [{ value: 10, year: 2025 }]),
  );
});
