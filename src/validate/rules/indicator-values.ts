import { typeOf } from '../../io/zod-issues.js';
import type { Indicator } from '../../model/indicator.js';
import { indicatorSites } from '../indicators.js';
import { found, type Rule } from '../rule.js';

function* values(indicator: Indicator) {
  if (indicator.baseline)
    yield { field: 'baseline', path: ['baseline', 'value'], value: indicator.baseline.value };
  for (const [i, t] of (indicator.targets ?? []).entries()) {
    yield { field: `targets[${i}]`, path: ['targets', i, 'value'], value: t.value };
  }
  for (const [i, m] of (indicator.measurements ?? []).entries()) {
    yield { field: `measurements[${i}]`, path: ['measurements', i, 'value'], value: m.value };
  }
}

/** Values fit the indicator's kind: numbers for counts, SEK, percent and index, text for text; percent at most 100. */
export const indicatorValues: Rule = {
  name: 'indicator-values',
  codes: ['VALUE_KIND_MISMATCH', 'PERCENT_OVER_100'],
  *check(context) {
    for (const site of indicatorSites(context)) {
      const { indicator } = site;
      for (const v of values(indicator)) {
        const location = { ...site.location, path: [...site.path, ...v.path] };
        const wantsText = indicator.kind === 'text';
        if (wantsText !== (typeof v.value === 'string')) {
          yield found('VALUE_KIND_MISMATCH', location, {
            indicator: indicator.id,
            kind: indicator.kind,
            field: v.field,
            value: v.value,
            found: typeOf(v.value),
          });
        } else if (
          indicator.kind === 'percent' &&
          typeof v.value === 'number' &&
          (v.value > 100 || v.value < 0)
        ) {
          yield found('PERCENT_OVER_100', location, {
            indicator: indicator.id,
            field: v.field,
            value: v.value,
          });
        }
      }
    }
  },
};
