import { describe } from 'vitest';
import { spanOrder } from '../../../src/validate/rules/span-order.js';
import { plan, ruleCases } from './support.js';

describe('span-order', () => {
  ruleCases(spanOrder, [
    [
      'SPAN_REVERSED',
      (d) => void (plan(d).period = { from: 2026, to: 2024 }),
      ['SPAN_REVERSED', 'TARGET_OUTSIDE_PERIOD'],
    ],
  ]);
});
