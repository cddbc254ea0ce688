import { describe } from 'vitest';
import { indicatorValues } from '../../../src/validate/rules/indicator-values.js';
import { box, ruleCases } from './support.js';

describe('indicator-values', () => {
  ruleCases(indicatorValues, [
    [
      'PERCENT_OVER_100',
      (d) => {
        const i = box(d, 'o').indicators![0]!;
        i.kind = 'percent';
        i.targets = [{ value: 120, year: 2026 }];
      },
      ['PERCENT_OVER_100'],
    ],
    [
      'VALUE_KIND_MISMATCH',
      (d) => void (box(d, 'o').indicators![0]!.targets = [{ value: '10', year: 2026 }]),
      ['VALUE_KIND_MISMATCH'],
    ],
  ]);
});
