import { closest } from '../../io/suggest.js';
import { LEVEL_INFO } from '../../model/levels.js';
import type { PlanIndex } from '../context.js';
import { found, type Rule } from '../rule.js';

/**
 * Each goal link starts at a box of the plan and points at an existing goal; it
 * should start at an effect (utfall or later), since goals are reached through effects.
 */
export const goalLinks: Rule = {
  name: 'goal-links',
  codes: ['GOAL_LINK_UNKNOWN_BOX', 'GOAL_LINK_UNKNOWN_GOAL', 'GOAL_LINK_FROM_EARLY_LEVEL'],
  *check({ plans, goals, hasStrategy }) {
    for (const p of plans) {
      for (let gi = 0; gi < p.goalLinks.length; gi++) {
        const gl = p.goalLinks[gi]!;
        const at = p.positionOf(gl.from);
        if (at < 0) {
          yield found('GOAL_LINK_UNKNOWN_BOX', where(p, gi), { box: gl.from, goal: gl.goal });
        } else {
          const level = p.plan.boxes[at]!.level;
          if (LEVEL_INFO[level].index <= LEVEL_INFO.aktiviteter.index) {
            yield found('GOAL_LINK_FROM_EARLY_LEVEL', where(p, gi), { box: gl.from, goal: gl.goal, level });
          } else if (level === 'prestationer') {
            yield found(
              'GOAL_LINK_FROM_EARLY_LEVEL',
              where(p, gi),
              { box: gl.from, goal: gl.goal, level },
              'info',
            );
          }
        }
        if (hasStrategy && !goals.has(gl.goal)) {
          const suggestion = closest(gl.goal, goals.keys());
          yield found('GOAL_LINK_UNKNOWN_GOAL', where(p, gi), {
            box: gl.from,
            goal: gl.goal,
            ...(suggestion ? { suggestion } : {}),
          });
        }
      }
    }
  },
};

// The location of goal link `gi`, made only when there is something to report.
function where(p: PlanIndex, gi: number) {
  const gl = p.goalLinks[gi]!;
  return { plan: p.plan.id, box: gl.from, goal: gl.goal, path: ['plans', p.at, 'goalLinks', gi] };
}
