import type { Draft } from 'immer';
import { describe } from 'vitest';
import type { Document } from '../../../src/index.js';
import { repeatedValues } from '../../../src/validate/rules/repeated-values.js';
import { box, failsAndPasses } from './support.js';

const indicator = (d: Draft<Document>) => box(d, 'o').indicators![0]!;

describe('repeated-values', () => {
  failsAndPasses(
    repeatedValues,
    'MEASUREMENT_REPEATED',
    (d) =>
      void (indicator(d).measurements = [
        { period: 2025, value: 12 },
        { period: 2025, value: 21 },
      ]),
    (d) =>
      void (indicator(d).measurements = [
        { period: '2025-Q1', value: 12 },
        { period: '2025-Q2', value: 21 },
      ]),
  );
  failsAndPasses(
    repeatedValues,
    'TARGET_REPEATED',
    (d) =>
      void (indicator(d).targets = [
        { value: 10, year: 2026 },
        { value: 12, year: 2026 },
      ]),
    (d) =>
      void (indicator(d).targets = [
        { value: 10, year: 2025 },
        { value: 12, year: 2026 },
      ]),
  );
});
