import type { Finding } from '../../findings/finding.js';
import { typeOf } from '../../io/zod-issues.js';
import type { IndicatorValue } from '../../model/indicator.js';
import { forEachIndicator, type IndicatorSite } from '../indicators.js';
import { found, type Rule } from '../rule.js';

type Field = 'baseline' | 'targets' | 'measurements';

/** Values fit the indicator's kind: numbers for counts, SEK, percent and index, text for text; percent within 0–100. */
export const indicatorValues: Rule = {
  name: 'indicator-values',
  codes: ['VALUE_KIND_MISMATCH', 'PERCENT_OVER_100'],
  check(context) {
    const out: Finding[] = [];
    // The field name and path are made only for a finding, not for every value checked.
    const checkValue = (site: IndicatorSite, value: IndicatorValue, field: Field, i: number) => {
      const { indicator } = site;
      const wantsText = indicator.kind === 'text';
      if (wantsText !== (typeof value === 'string')) {
        out.push(
          found('VALUE_KIND_MISMATCH', site.location(...valuePath(field, i)), {
            indicator: indicator.id,
            kind: indicator.kind,
            field: fieldName(field, i),
            value,
            found: typeOf(value),
          }),
        );
      } else if (indicator.kind === 'percent' && typeof value === 'number' && (value > 100 || value < 0)) {
        out.push(
          found('PERCENT_OVER_100', site.location(...valuePath(field, i)), {
            indicator: indicator.id,
            field: fieldName(field, i),
            value,
          }),
        );
      }
    };
    forEachIndicator(context, (site) => {
      const { baseline, targets, measurements } = site.indicator;
      if (baseline) checkValue(site, baseline.value, 'baseline', -1);
      if (targets) for (let i = 0; i < targets.length; i++) checkValue(site, targets[i]!.value, 'targets', i);
      if (measurements) {
        for (let i = 0; i < measurements.length; i++) {
          checkValue(site, measurements[i]!.value, 'measurements', i);
        }
      }
    });
    return out;
  },
};

// `baseline`, or a list entry such as `targets[0]`.
function fieldName(field: Field, i: number): string {
  return field === 'baseline' ? field : `${field}[${i}]`;
}

function valuePath(field: Field, i: number): (string | number)[] {
  return field === 'baseline' ? ['baseline', 'value'] : [field, i, 'value'];
}
