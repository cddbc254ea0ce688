import { describe } from 'vitest';
import { levelMissing } from '../../../src/validate/rules/level-missing.js';
import { plan, ruleCases } from './support.js';

describe('level-missing', () => {
  ruleCases(levelMissing, [
    [
      'LEVEL_MISSING',
      (d) => {
        plan(d).boxes = plan(d).boxes.filter((b) => b.id !== 'r');
        plan(d).links = plan(d).links!.filter((l) => l.from !== 'r');
      },
      ['LEVEL_MISSING'],
    ],
  ]);
});
