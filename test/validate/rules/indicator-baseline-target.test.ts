import { describe } from 'vitest';
import { indicatorBaselineTarget } from '../../../src/validate/rules/indicator-baseline-target.js';
import { box, ruleCases } from './support.js';

describe('indicator-baseline-target', () => {
  ruleCases(indicatorBaselineTarget, [
    [
      'INDICATOR_WITHOUT_BASELINE',
      (d) => void delete box(d, 'o').indicators![0]!.baseline,
      ['INDICATOR_WITHOUT_BASELINE'],
    ],
    [
      'INDICATOR_WITHOUT_TARGET',
      (d) => void delete box(d, 'o').indicators![0]!.targets,
      ['INDICATOR_WITHOUT_TARGET'],
    ],
  ]);
});
