import { describe } from 'vitest';
import { strategyCoverage } from '../../../src/validate/rules/strategy-coverage.js';
import { ruleCases } from './support.js';

describe('strategy-coverage', () => {
  ruleCases(strategyCoverage, [
    [
      'RUS_GOAL_WITHOUT_UNDERSTRATEGI',
      (d) => void d.strategy!.rus!.goals.push({ id: 'R2', text: 'x' }),
      ['RUS_GOAL_WITHOUT_UNDERSTRATEGI', 'GOAL_WITHOUT_PLAN'],
    ],
    [
      'GOAL_WITHOUT_PLAN',
      (d) => void d.strategy!.understrategier![0]!.goals.push({ id: 'U2', text: 'x', serves: ['R1'] }),
      ['GOAL_WITHOUT_PLAN'],
    ],
  ]);
});
