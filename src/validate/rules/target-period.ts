import type { Finding } from '../../findings/finding.js';
import { yearOf } from '../../model/time.js';
import { forEachIndicator } from '../indicators.js';
import { found, type Rule } from '../rule.js';

/**
 * Outputs and outcomes are measured during the project, so their targets fall in
 * the plan's period. Effects come later by nature and are not checked.
 */
export const targetPeriod: Rule = {
  name: 'target-period',
  codes: ['TARGET_OUTSIDE_PERIOD'],
  check(context) {
    const out: Finding[] = [];
    forEachIndicator(context, (site) => {
      const period = site.plan?.period;
      const targets = site.indicator.targets;
      if (!period || !targets || (site.level !== 'prestationer' && site.level !== 'utfall')) return;
      const from = yearOf(period.from);
      const to = yearOf(period.to);
      for (let i = 0; i < targets.length; i++) {
        const year = targets[i]!.year;
        if (year < from || year > to) {
          out.push(
            found('TARGET_OUTSIDE_PERIOD', site.location('targets', i, 'year'), {
              indicator: site.indicator.id,
              year,
              from,
              to,
            }),
          );
        }
      }
    });
    return out;
  },
};
