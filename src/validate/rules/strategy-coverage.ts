import { goalRank, goalsAbove, ladderOf, tierName } from '../ladder.js';
import { found, type Rule } from '../rule.js';
import { servesRus } from './plan-reaches-rus.js';

/**
 * Coverage: RUS goals that no understrategi breaks down (warning), goals of a tier
 * that no goal of the tier below breaks down (warning, with a ladder), and goals
 * that no plan serves (info: the gaps analysts ask for, not errors).
 */
export const strategyCoverage: Rule = {
  name: 'strategy-coverage',
  codes: ['RUS_GOAL_WITHOUT_UNDERSTRATEGI', 'GOAL_WITHOUT_PLAN', 'LADDER_GOAL_NOT_BROKEN_DOWN'],
  *check({ goals, plans, document }) {
    const ladder = ladderOf(document);
    const served = new Set<string>();
    const servedByUnderstrategi = new Set<string>();
    const reachedByPlan = new Set<string>();
    const brokenDown = new Set<string>(); // with a ladder: served by a goal of a lower tier
    for (const entry of goals.values()) {
      if (entry.kind !== 'understrategi') continue;
      for (const id of entry.goal.serves ?? []) servedByUnderstrategi.add(id);
      if (ladder !== undefined) goalsAbove(entry, goals, ladder, brokenDown, 1);
    }
    for (const p of plans) {
      for (const gl of p.goalLinks) {
        served.add(gl.goal);
        reachedByPlan.add(gl.goal);
        const entry = goals.get(gl.goal);
        if (ladder !== undefined) {
          // Up the ladder: every goal above that the linked goal serves, tier by tier.
          if (entry) goalsAbove(entry, goals, ladder, served);
        } else if (entry?.kind === 'understrategi' && servesRus(entry, goals)) {
          for (const id of entry.goal.serves ?? []) reachedByPlan.add(id);
        }
      }
    }
    if (ladder !== undefined) for (const id of served) reachedByPlan.add(id);
    // Which ranks have understrategier at all, so a tier left empty is not "uncovered".
    const filled = new Set<number>();
    if (ladder !== undefined) {
      for (const u of document.strategy?.understrategier ?? []) {
        const r = u.tier === undefined ? 1 : ladder.rankOf.get(u.tier);
        if (r !== undefined) filled.add(r);
      }
    }
    const hasUnderstrategier = (document.strategy?.understrategier ?? []).length > 0;
    const hasPlans = plans.length > 0;
    for (const entry of goals.values()) {
      const location = { goal: entry.goal.id, path: entry.path };
      if (entry.kind === 'rus') {
        if (hasUnderstrategier && !servedByUnderstrategi.has(entry.goal.id)) {
          yield found('RUS_GOAL_WITHOUT_UNDERSTRATEGI', location, { goal: entry.goal.id });
        }
        if (hasPlans && !reachedByPlan.has(entry.goal.id))
          yield found('GOAL_WITHOUT_PLAN', location, { goal: entry.goal.id });
        continue;
      }
      if (ladder !== undefined) {
        const rank = goalRank(entry, ladder);
        if (rank !== undefined && filled.has(rank + 1) && !brokenDown.has(entry.goal.id)) {
          yield found('LADDER_GOAL_NOT_BROKEN_DOWN', location, {
            goal: entry.goal.id,
            tier: tierName(rank, ladder),
            below: tierName(rank + 1, ladder),
          });
        }
      }
      if (hasPlans && !served.has(entry.goal.id)) {
        yield found('GOAL_WITHOUT_PLAN', location, { goal: entry.goal.id });
      }
    }
  },
};
