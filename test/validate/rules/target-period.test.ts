import { describe } from 'vitest';
import { targetPeriod } from '../../../src/validate/rules/target-period.js';
import { box, ruleCases } from './support.js';

describe('target-period', () => {
  ruleCases(targetPeriod, [
    [
      'TARGET_OUTSIDE_PERIOD',
      (d) => void (box(d, 'o').indicators![0]!.targets![0]!.year = 2029),
      ['TARGET_OUTSIDE_PERIOD'],
    ],
  ]);
});
