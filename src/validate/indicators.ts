import type { Location } from '../findings/finding.js';
import type { Indicator } from '../model/indicator.js';
import type { Level } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { ValidationContext } from './context.js';

/** An indicator with where it sits: on a plan's box or on a strategy goal. */
export interface IndicatorSite {
  readonly indicator: Indicator;
  readonly path: readonly (string | number)[];
  readonly location: Location;
  readonly plan?: Plan;
  readonly level?: Level;
}

/** Every indicator of the document: plans' boxes first, then strategy goals. */
export function* indicatorSites(context: ValidationContext): Generator<IndicatorSite> {
  for (const p of context.plans) {
    for (const [bi, box] of p.plan.boxes.entries()) {
      for (const [ii, indicator] of (box.indicators ?? []).entries()) {
        const path = ['plans', p.at, 'boxes', bi, 'indicators', ii];
        yield {
          indicator,
          path,
          location: { plan: p.plan.id, box: box.id, indicator: indicator.id, path },
          plan: p.plan,
          level: box.level,
        };
      }
    }
  }
  for (const entry of context.goals.values()) {
    for (const [ii, indicator] of (entry.goal.indicators ?? []).entries()) {
      const path = [...entry.path, 'indicators', ii];
      yield { indicator, path, location: { goal: entry.goal.id, indicator: indicator.id, path } };
    }
  }
}
