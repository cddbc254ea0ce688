import { indicatorSites } from '../indicators.js';
import { found, type Rule } from '../rule.js';

/**
 * A plan's indicator can only be followed up against a baseline and a target.
 * Strategy goals' indicators are often statistics tracked elsewhere; they are not checked here.
 */
export const indicatorBaselineTarget: Rule = {
  name: 'indicator-baseline-target',
  codes: ['INDICATOR_WITHOUT_BASELINE', 'INDICATOR_WITHOUT_TARGET'],
  *check(context) {
    for (const site of indicatorSites(context)) {
      if (!site.plan) continue;
      const { indicator } = site;
      if (indicator.kind === 'text') continue;
      if (!indicator.baseline)
        yield found('INDICATOR_WITHOUT_BASELINE', site.location, { indicator: indicator.id });
      if ((indicator.targets ?? []).length === 0) {
        yield found('INDICATOR_WITHOUT_TARGET', site.location, { indicator: indicator.id });
      }
    }
  },
};
