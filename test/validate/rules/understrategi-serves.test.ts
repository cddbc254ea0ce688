import { describe } from 'vitest';
import { understrategiServes } from '../../../src/validate/rules/understrategi-serves.js';
import { ruleCases } from './support.js';

describe('understrategi-serves', () => {
  ruleCases(understrategiServes, [
    [
      'SERVES_UNKNOWN_GOAL',
      (d) => void (d.strategy!.understrategier![0]!.goals[0]!.serves = ['R1', 'R9']),
      ['SERVES_UNKNOWN_GOAL'],
    ],
    [
      'UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL',
      (d) => void d.strategy!.understrategier![0]!.goals.push({ id: 'U2', text: 'x' }),
      ['UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL', 'GOAL_WITHOUT_PLAN'],
    ],
  ]);
});
