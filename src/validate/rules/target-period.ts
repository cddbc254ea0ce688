import { yearOf } from '../../model/time.js';
import { indicatorSites } from '../indicators.js';
import { found, type Rule } from '../rule.js';

/**
 * Outputs and outcomes are measured during the project, so their targets fall in
 * the plan's period. Effects come later by nature and are not checked.
 */
export const targetPeriod: Rule = {
  name: 'target-period',
  codes: ['TARGET_OUTSIDE_PERIOD'],
  *check(context) {
    for (const site of indicatorSites(context)) {
      const period = site.plan?.period;
      if (!period || (site.level !== 'prestationer' && site.level !== 'utfall')) continue;
      const from = yearOf(period.from);
      const to = yearOf(period.to);
      for (const [i, target] of (site.indicator.targets ?? []).entries()) {
        if (target.year < from || target.year > to) {
          yield found(
            'TARGET_OUTSIDE_PERIOD',
            { ...site.location, path: [...site.path, 'targets', i, 'year'] },
            { indicator: site.indicator.id, year: target.year, from, to },
          );
        }
      }
    }
  },
};
