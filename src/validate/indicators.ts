import type { Location } from '../findings/finding.js';
import type { Indicator } from '../model/indicator.js';
import type { Level } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { GoalEntry, ValidationContext } from './context.js';

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
  const site = new Site();
  for (const p of context.plans) {
    const boxes = p.plan.boxes;
    for (let bi = 0; bi < boxes.length; bi++) {
      const list = boxes[bi]!.indicators;
      if (!list) continue;
      for (let ii = 0; ii < list.length; ii++) {
        site.atBox(list[ii]!, p.plan, p.at, bi, ii);
        visit(site);
      }
    }
  }
  for (const entry of context.goals.values()) {
    const list = entry.goal.indicators ?? [];
    for (let ii = 0; ii < list.length; ii++) {
      site.atGoal(list[ii]!, entry, ii);
      visit(site);
    }
  }
}

// The reused site: it holds the positions only, and builds paths and locations
// when a rule reports something, which is rare next to the indicators walked.
class Site implements IndicatorSite {
  indicator = undefined as unknown as Indicator;
  plan: Plan | undefined = undefined;
  level: Level | undefined = undefined;
  private planAt = 0;
  private box = 0;
  private at = 0;
  private goal: GoalEntry | undefined = undefined;

  atBox(indicator: Indicator, plan: Plan, planAt: number, box: number, at: number): void {
    this.indicator = indicator;
    this.plan = plan;
    this.level = plan.boxes[box]!.level;
    this.planAt = planAt;
    this.box = box;
    this.at = at;
    this.goal = undefined;
  }

  atGoal(indicator: Indicator, goal: GoalEntry, at: number): void {
    this.indicator = indicator;
    this.plan = undefined;
    this.level = undefined;
    this.at = at;
    this.goal = goal;
  }

  path(): (string | number)[] {
    return this.goal
      ? [...this.goal.path, 'indicators', this.at]
      : ['plans', this.planAt, 'boxes', this.box, 'indicators', this.at];
  }

  location(...rest: (string | number)[]): Location {
    const path = [...this.path(), ...rest];
    if (this.goal) return { goal: this.goal.goal.id, indicator: this.indicator.id, path };
    return { plan: this.plan!.id, box: this.plan!.boxes[this.box]!.id, indicator: this.indicator.id, path };
  }
}
