import type { Finding } from '../../findings/finding.js';
import { closest } from '../../io/suggest.js';
import {
  allowsGroup,
  compareParts,
  type DimensionInfo,
  isComplete,
  knownDimensions,
  partsSum,
  type Split,
  splitTolerance,
} from '../../model/disaggregation.js';
import type { IndicatorValue } from '../../model/indicator.js';
import { forEachIndicator, type IndicatorSite } from '../indicators.js';
import { found, type Rule } from '../rule.js';

/**
 * Values split by dimensions (kön, ålder, kommun, the region's own): each split
 * names a known dimension (`DISAGGREGATION_DIMENSION_UNKNOWN`) and groups it allows
 * (`DISAGGREGATION_GROUP_UNKNOWN`); the parts of a count or an amount never exceed
 * the whole (`DISAGGREGATION_PARTS_EXCEED_TOTAL`), and the parts of a complete
 * split add up to it (`DISAGGREGATION_SUM_MISMATCH`). Percent and index parts are
 * shares of each group and are not added.
 */
export const disaggregation: Rule = {
  name: 'disaggregation',
  codes: [
    'DISAGGREGATION_PARTS_EXCEED_TOTAL',
    'DISAGGREGATION_SUM_MISMATCH',
    'DISAGGREGATION_DIMENSION_UNKNOWN',
    'DISAGGREGATION_GROUP_UNKNOWN',
  ],
  check(context) {
    const out: Finding[] = [];
    const dimensions = knownDimensions(context.document.dimensions);
    const known = [...dimensions.keys()];
    const check = (site: IndicatorSite, value: IndicatorValue, splits: readonly Split[], at: Field) => {
      for (let si = 0; si < splits.length; si++) {
        const split = splits[si]!;
        const splitPath = [...fieldPath(at), 'splits', si];
        const owner = ownerOf(site);
        const base = {
          indicator: site.indicator.id,
          ...owner,
          field: fieldName(at),
          dimension: split.dimension,
        };
        const dimension = dimensions.get(split.dimension);
        if (!dimension) {
          const suggestion = closest(split.dimension, known);
          out.push(
            found('DISAGGREGATION_DIMENSION_UNKNOWN', site.location(...splitPath, 'dimension'), {
              ...base,
              ...(suggestion ? { suggestion } : {}),
              known,
            }),
          );
        } else checkGroups(out, site, split, dimension, splitPath, base);
        const kind = site.indicator.kind;
        if ((kind !== 'count' && kind !== 'sek') || typeof value !== 'number') continue;
        const compared = compareParts(kind, value, split);
        if (compared === 'equal') continue;
        const parts: number[] = [];
        for (const p of split.parts) parts.push(p.value);
        const sums = {
          total: value,
          sum: partsSum(split),
          tolerance: kind === 'count' ? 0 : splitTolerance(kind, value, parts),
        };
        if (compared === 'exceed') {
          out.push(
            found('DISAGGREGATION_PARTS_EXCEED_TOTAL', site.location(...splitPath, 'parts'), {
              ...base,
              ...sums,
            }),
          );
        } else if (isComplete(split, dimension)) {
          out.push(
            found('DISAGGREGATION_SUM_MISMATCH', site.location(...splitPath, 'parts'), {
              ...base,
              ...sums,
              completeBy: split.complete === true ? 'stated' : 'values',
            }),
          );
        }
      }
    };
    forEachIndicator(context, (site) => {
      const { baseline, targets, measurements } = site.indicator;
      if (baseline?.splits) check(site, baseline.value, baseline.splits, ['baseline', -1]);
      for (let i = 0; i < (targets?.length ?? 0); i++) {
        const t = targets![i]!;
        if (t.splits) check(site, t.value, t.splits, ['targets', i]);
      }
      for (let i = 0; i < (measurements?.length ?? 0); i++) {
        const m = measurements![i]!;
        if (m.splits) check(site, m.value, m.splits, ['measurements', i]);
      }
    });
    return out;
  },
};

type Field = readonly ['baseline' | 'targets' | 'measurements', number];

function checkGroups(
  out: Finding[],
  site: IndicatorSite,
  split: Split,
  dimension: DimensionInfo,
  splitPath: readonly (string | number)[],
  base: { indicator: string; field: string; dimension: string; plan?: string; goal?: string },
): void {
  for (let pi = 0; pi < split.parts.length; pi++) {
    const group = split.parts[pi]!.group;
    if (allowsGroup(dimension, group)) continue;
    const suggestion = dimension.groups ? closest(group, dimension.groups) : undefined;
    out.push(
      found('DISAGGREGATION_GROUP_UNKNOWN', site.location(...splitPath, 'parts', pi, 'group'), {
        ...base,
        group,
        ...(suggestion ? { suggestion } : {}),
        ...(dimension.groups ? { allowed: dimension.groups } : {}),
      }),
    );
  }
}

function ownerOf(site: IndicatorSite): { plan?: string; goal?: string } {
  if (site.plan) return { plan: site.plan.id };
  const goal = site.location().goal;
  return goal !== undefined ? { goal } : {};
}

// `baseline`, or a list entry such as `targets[0]`.
function fieldName([field, i]: Field): string {
  return field === 'baseline' ? field : `${field}[${i}]`;
}

function fieldPath([field, i]: Field): (string | number)[] {
  return field === 'baseline' ? ['baseline'] : [field, i];
}
