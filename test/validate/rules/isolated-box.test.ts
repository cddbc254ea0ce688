import { describe } from 'vitest';
import { isolatedBox } from '../../../src/validate/rules/isolated-box.js';
import { plan, ruleCases } from './support.js';

describe('isolated-box', () => {
  ruleCases(isolatedBox, [
    [
      'ISOLATED_BOX',
      (d) => void plan(d).boxes.push({ id: 'x', level: 'utfall', text: 'Ensam' }),
      ['ISOLATED_BOX'],
    ],
  ]);
});
