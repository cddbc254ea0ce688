import { describe } from 'vitest';
import { horizons } from '../../../src/validate/rules/horizons.js';
import { plan, ruleCases } from './support.js';

describe('horizons', () => {
  ruleCases(horizons, [
    [
      'HORIZON_NOT_NESTED',
      (d) => {
        plan(d).period = { from: 2024, to: 2028 };
      },
      ['HORIZON_NOT_NESTED'],
    ],
  ]);
});
