import { describe } from 'vitest';
import { linkDirection } from '../../../src/validate/rules/link-direction.js';
import { plan, ruleCases } from './support.js';

describe('link-direction', () => {
  ruleCases(linkDirection, [
    ['LINK_BACKWARDS', (d) => void plan(d).links!.push({ from: 'u', to: 'a' }), ['LINK_BACKWARDS', 'CYCLE']],
    [
      'LINK_SAME_LEVEL',
      (d) => {
        plan(d).boxes.push({ id: 'a2', level: 'aktiviteter', text: 'Mer' });
        plan(d).links!.push({ from: 'a', to: 'a2' });
      },
      ['LINK_SAME_LEVEL', 'ACTIVITY_WITHOUT_EFFECT'],
    ],
    ['LINK_SKIPS_LEVEL', (d) => void plan(d).links!.push({ from: 'a', to: 'l' }), ['LINK_SKIPS_LEVEL']],
  ]);
});
