import { describe } from 'vitest';
import { reachability } from '../../../src/validate/rules/reachability.js';
import { plan, ruleCases } from './support.js';

describe('reachability', () => {
  ruleCases(reachability, [
    [
      'ACTIVITY_WITHOUT_EFFECT',
      (d) => {
        plan(d).boxes.push({ id: 'a2', level: 'aktiviteter', text: 'Mer' });
        plan(d).links!.push({ from: 'r', to: 'a2' });
      },
      ['ACTIVITY_WITHOUT_EFFECT'],
    ],
    [
      'EFFECT_NOT_REACHED',
      (d) => {
        plan(d).boxes.push({ id: 'k2', level: 'kortsiktiga', text: 'Annat' });
        plan(d).links!.push({ from: 'k2', to: 'l' });
      },
      ['EFFECT_NOT_REACHED'],
    ],
    [
      'RESOURCE_UNUSED',
      (d) => {
        plan(d).boxes.push({ id: 'r2', level: 'resurser', text: 'Mer pengar' });
        plan(d).links!.push({ from: 'r2', to: 'o' });
      },
      ['RESOURCE_UNUSED', 'LINK_SKIPS_LEVEL'],
    ],
  ]);
});
