import { describe } from 'vitest';
import { duplicateIds } from '../../../src/validate/rules/duplicate-ids.js';
import { plan, ruleCases } from './support.js';

describe('duplicate-ids', () => {
  ruleCases(duplicateIds, [
    [
      'DUPLICATE_ID',
      (d) => void plan(d).boxes.push({ id: 'u', level: 'utfall', text: 'Igen' }),
      ['DUPLICATE_ID'],
    ],
  ]);
});
