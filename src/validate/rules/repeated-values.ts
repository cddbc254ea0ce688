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
    // Calls `repeat` for each entry whose key an earlier entry of the list already had.
    const repeats = <T>(
      list: readonly T[] | undefined,
      key: (t: T) => unknown,
      repeat: (first: number, i: number, t: T) => void,
    ) => {
      if (!list || list.length < 2) return;
      seen.clear();
      list.forEach((t, i) => {
        const k = String(key(t));
        const first = seen.get(k);
        if (first === undefined) seen.set(k, i);
        else repeat(first, i, t);
      });
    };
    forEachIndicator(context, (site) => {
      const { targets, measurements, id } = site.indicator;
      repeats(
        targets,
        (t) => t.year,
        (first, index, t) => {
          out.push(
            found('TARGET_REPEATED', site.location('targets', index), {
              indicator: id,
              year: t.year,
              first,
              index,
            }),
          );
        },
      );
      repeats(
        measurements,
        (m) => m.period,
        (first, index, m) => {
          out.push(
            found('MEASUREMENT_REPEATED', site.location('measurements', index), {
              indicator: id,
              period: m.period,
              first,
              index,
            }),
          );
        },
      );
    });
    return out;
  },
};
