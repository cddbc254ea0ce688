import type { Draft } from 'immer';
import { describe } from 'vitest';
import type { Document } from '../../../src/index.js';
import { measurementUnits } from '../../../src/validate/rules/measurement-units.js';
import { box, failsAndPasses } from './support.js';

const indicator = (d: Draft<Document>) => box(d, 'o').indicators![0]!;

describe('measurement-units', () => {
  const sek = (d: Draft<Document>, unit: string) => {
    Object.assign(indicator(d), { kind: 'sek', unit: 'kr', baseline: { value: 0, year: 2024 } });
    indicator(d).targets = [{ value: 24_000_000, year: 2026 }];
    indicator(d).measurements = [{ period: 2025, value: 12, unit }];
  };
  failsAndPasses(
    measurementUnits,
    'MEASUREMENT_UNIT_MISMATCH',
    (d) => sek(d, 'företag'),
    (d) => sek(d, 'mnkr'),
  );
});
