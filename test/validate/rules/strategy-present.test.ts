import { describe } from 'vitest';
import { strategyPresent } from '../../../src/validate/rules/strategy-present.js';
import { ruleCases } from './support.js';

describe('strategy-present', () => {
  ruleCases(strategyPresent, [['STRATEGY_MISSING', (d) => void delete d.strategy, ['STRATEGY_MISSING']]]);
});
