import { found, type Rule } from '../rule.js';

/** Plans can only be checked against the strategy if the document set has one. */
export const strategyPresent: Rule = {
  name: 'strategy-present',
  codes: ['STRATEGY_MISSING'],
  *check({ document, hasStrategy }) {
    if (!hasStrategy && (document.plans ?? []).length > 0) yield found('STRATEGY_MISSING', { path: [] });
  },
};
