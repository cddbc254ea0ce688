import { describe } from 'vitest';
import { goalLinks } from '../../../src/validate/rules/goal-links.js';
import { plan, ruleCases } from './support.js';

describe('goal-links', () => {
  ruleCases(goalLinks, [
    [
      'GOAL_LINK_UNKNOWN_BOX',
      (d) => void plan(d).goalLinks!.push({ from: 'nope', goal: 'U1' }),
      ['GOAL_LINK_UNKNOWN_BOX'],
    ],
    [
      'GOAL_LINK_UNKNOWN_GOAL',
      (d) => void (plan(d).goalLinks![0]!.goal = 'U2'),
      ['GOAL_LINK_UNKNOWN_GOAL', 'GOAL_WITHOUT_PLAN', 'GOAL_WITHOUT_PLAN'],
    ],
    [
      'GOAL_LINK_FROM_EARLY_LEVEL',
      (d) => void plan(d).goalLinks!.push({ from: 'a', goal: 'U1' }),
      ['GOAL_LINK_FROM_EARLY_LEVEL'],
    ],
  ]);
});
