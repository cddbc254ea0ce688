import { describe } from 'vitest';
import { outputIndicator } from '../../../src/validate/rules/output-indicator.js';
import { box, ruleCases } from './support.js';

describe('output-indicator', () => {
  ruleCases(outputIndicator, [
    ['OUTPUT_WITHOUT_INDICATOR', (d) => void delete box(d, 'o').indicators, ['OUTPUT_WITHOUT_INDICATOR']],
  ]);
});
