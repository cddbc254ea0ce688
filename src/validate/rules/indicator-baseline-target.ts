import type { Finding } from '../../findings/finding.js';
import { forEachIndicator } from '../indicators.js';
import { found, type Rule } from '../rule.js';

/**
 * A plan's indicator can only be followed up against a baseline and a target.
 * Strategy goals' indicators are often statistics tracked elsewhere; they are not checked here,
 * nor is a ramprojekt's indicator summed from its delprojekt (`fromChildren`).
 */
export const indicatorBaselineTarget: Rule = {
  name: 'indicator-baseline-target',
  codes: ['INDICATOR_WITHOUT_BASELINE', 'INDICATOR_WITHOUT_TARGET'],
  check(context) {
    const out: Finding[] = [];
    forEachIndicator(context, (site) => {
      const { indicator } = site;
      // A ramprojekt's indicator summed from its delprojekt takes their baselines and targets.
      if (!site.plan || indicator.kind === 'text' || indicator.fromChildren === true) return;
      if (!indicator.baseline)
        out.push(found('INDICATOR_WITHOUT_BASELINE', site.location(), { indicator: indicator.id }));
      if (!indicator.targets || indicator.targets.length === 0) {
        out.push(found('INDICATOR_WITHOUT_TARGET', site.location(), { indicator: indicator.id }));
      }
    });
    return out;
  },
};
