import type { Finding } from '../../findings/finding.js';
import { forEachIndicator } from '../indicators.js';
import { found, type Rule } from '../rule.js';

/**
 * An indicator has one target per year and one measured value per period: a
 * second one (a row entered twice, a copy-paste) leaves the follow-up guessing
 * which one counts.
 */
export const repeatedValues: Rule = {
  name: 'repeated-values',
  codes: ['TARGET_REPEATED', 'MEASUREMENT_REPEATED'],
  check(context) {
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    forEachIndicator(context, (site) => {
      const { targets, measurements, id } = site.indicator;
      if (targets && targets.length > 1) {
        seen.clear();
        targets.forEach((t, i) => {
          const key = String(t.year);
          const first = seen.get(key);
          if (first === undefined) seen.set(key, i);
          else {
            out.push(
              found('TARGET_REPEATED', site.location('targets', i), {
                indicator: id,
                year: t.year,
                first,
                index: i,
              }),
            );
          }
        });
      }
      if (measurements && measurements.length > 1) {
        seen.clear();
        measurements.forEach((m, i) => {
          const key = String(m.period);
          const first = seen.get(key);
          if (first === undefined) seen.set(key, i);
          else {
            out.push(
              found('MEASUREMENT_REPEATED', site.location('measurements', i), {
                indicator: id,
                period: m.period,
                first,
                index: i,
              }),
            );
          }
        });
      }
    });
    return out;
  },
};
