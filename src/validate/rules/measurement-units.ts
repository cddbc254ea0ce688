import type { Finding } from '../../findings/finding.js';
import { unitFactor } from '../../model/units.js';
import { forEachIndicator } from '../indicators.js';
import { found, type Rule } from '../rule.js';

const KIND_UNIT: Readonly<Record<string, string>> = { sek: 'kr', percent: '%', count: 'st' };

/** A measurement's own unit converts into the indicator's (the unit table in docs/followup.md). */
export const measurementUnits: Rule = {
  name: 'measurement-units',
  codes: ['MEASUREMENT_UNIT_MISMATCH'],
  check(context) {
    const out: Finding[] = [];
    forEachIndicator(context, (site) => {
      const { indicator } = site;
      const list = indicator.measurements ?? [];
      for (let i = 0; i < list.length; i++) {
        const m = list[i]!;
        if (m.unit === undefined || typeof m.value !== 'number') continue;
        if (unitFactor(m.unit, indicator.unit, indicator.kind) !== undefined) continue;
        out.push(
          found('MEASUREMENT_UNIT_MISMATCH', site.location('measurements', i, 'unit'), {
            indicator: indicator.id,
            field: `measurements[${i}]`,
            unit: m.unit,
            indicatorUnit: indicator.unit ?? KIND_UNIT[indicator.kind] ?? '',
          }),
        );
      }
    });
    return out;
  },
};
