import { describe } from 'vitest';
import { planReachesRus } from '../../../src/validate/rules/plan-reaches-rus.js';
import { plan, ruleCases } from './support.js';

describe('plan-reaches-rus', () => {
  ruleCases(planReachesRus, [
    [
      'PLAN_WITHOUT_GOAL_LINKS',
      (d) => void (plan(d).goalLinks = []),
      ['PLAN_WITHOUT_GOAL_LINKS', 'GOAL_WITHOUT_PLAN', 'GOAL_WITHOUT_PLAN'],
    ],
    [
      'PLAN_STOPS_AT_UNDERSTRATEGI',
      (d) => void delete d.strategy!.understrategier![0]!.goals[0]!.serves,
      [
        'PLAN_STOPS_AT_UNDERSTRATEGI',
        'UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL',
        'RUS_GOAL_WITHOUT_UNDERSTRATEGI',
        'GOAL_WITHOUT_PLAN',
      ],
    ],
    [
      'PLAN_SKIPS_UNDERSTRATEGI',
      (d) => void (plan(d).goalLinks![0]!.goal = 'R1'),
      ['PLAN_SKIPS_UNDERSTRATEGI', 'GOAL_WITHOUT_PLAN'],
    ],
    [
      'GOAL_LINK_SKIPS_UNDERSTRATEGI',
      (d) => void plan(d).goalLinks!.push({ from: 'k', goal: 'R1' }),
      ['GOAL_LINK_SKIPS_UNDERSTRATEGI'],
    ],
  ]);
});
