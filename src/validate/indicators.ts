import type { Location } from '../findings/finding.js';
import type { Indicator } from '../model/indicator.js';
import type { Level } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { ValidationContext } from './context.js';

/** An indicator with where it sits: on a plan's box or on a strategy goal. The location is made only when asked for. */
export interface IndicatorSite {
  readonly indicator: Indicator;
  readonly plan?: Plan | undefined;
  readonly level?: Level | undefined;
  path(): (string | number)[];
  location(...rest: (string | number)[]): Location;
}

/**
 * Calls `visit` for every indicator of the document: plans' boxes first, then
 * strategy goals. One site object is reused, so walking 100,000 indicators
 * allocates almost nothing; do not keep it.
 */
export function forEachIndicator(context: ValidationContext, visit: (site: IndicatorSite) => void): void {
  let base: readonly (string | number)[] = [];
  let where: Omit<Location, 'path'> = {};
  const site = {
    indicator: undefined as unknown as Indicator,
    plan: undefined as Plan | undefined,
    level: undefined as Level | undefined,
    path: () => [...base],
    location: (...rest: (string | number)[]): Location => ({
      ...where,
      indicator: site.indicator.id,
      path: [...base, ...rest],
    }),
  };
  for (const p of context.plans) {
    const boxes = p.plan.boxes;
    for (let bi = 0; bi < boxes.length; bi++) {
      const list = boxes[bi]!.indicators;
      if (!list) continue;
      for (let ii = 0; ii < list.length; ii++) {
        site.indicator = list[ii]!;
        site.plan = p.plan;
        site.level = boxes[bi]!.level;
        base = ['plans', p.at, 'boxes', bi, 'indicators', ii];
        where = { plan: p.plan.id, box: boxes[bi]!.id };
        visit(site);
      }
    }
  }
  for (const entry of context.goals.values()) {
    const list = entry.goal.indicators ?? [];
    for (let ii = 0; ii < list.length; ii++) {
      site.indicator = list[ii]!;
      site.plan = undefined;
      site.level = undefined;
      base = [...entry.path, 'indicators', ii];
      where = { goal: entry.goal.id };
      visit(site);
    }
  }
}
