import { found, type Rule } from '../rule.js';
import { servesRus } from './plan-reaches-rus.js';

/**
 * Coverage: RUS goals that no understrategi breaks down (warning), and goals that
 * no plan serves (info: the gaps analysts ask for, not errors).
 */
export const strategyCoverage: Rule = {
  name: 'strategy-coverage',
  codes: ['RUS_GOAL_WITHOUT_UNDERSTRATEGI', 'GOAL_WITHOUT_PLAN'],
  *check({ goals, plans, document }) {
    const served = new Set<string>();
    const servedByUnderstrategi = new Set<string>();
    const reachedByPlan = new Set<string>();
    for (const entry of goals.values()) {
      if (entry.kind === 'understrategi')
        for (const id of entry.goal.serves ?? []) servedByUnderstrategi.add(id);
    }
    for (const p of plans) {
      for (const gl of p.goalLinks) {
        served.add(gl.goal);
        reachedByPlan.add(gl.goal);
        const entry = goals.get(gl.goal);
        if (entry?.kind === 'understrategi' && servesRus(entry, goals)) {
          for (const id of entry.goal.serves ?? []) reachedByPlan.add(id);
        }
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
      } else if (hasPlans && !served.has(entry.goal.id)) {
        yield found('GOAL_WITHOUT_PLAN', location, { goal: entry.goal.id });
      }
    }
  },
};
