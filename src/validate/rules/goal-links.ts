import { closest } from '../../io/suggest.js';
import { LEVEL_INFO } from '../../model/levels.js';
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
      for (const [gi, gl] of p.goalLinks.entries()) {
        const location = {
          plan: p.plan.id,
          box: gl.from,
          goal: gl.goal,
          path: ['plans', p.at, 'goalLinks', gi],
        };
        const at = p.boxes.get(gl.from);
        if (at === undefined) {
          yield found('GOAL_LINK_UNKNOWN_BOX', location, { box: gl.from, goal: gl.goal });
        } else {
          const level = p.plan.boxes[at]!.level;
          if (LEVEL_INFO[level].index <= LEVEL_INFO.aktiviteter.index) {
            yield found('GOAL_LINK_FROM_EARLY_LEVEL', location, { box: gl.from, goal: gl.goal, level });
          } else if (level === 'prestationer') {
            yield found(
              'GOAL_LINK_FROM_EARLY_LEVEL',
              location,
              { box: gl.from, goal: gl.goal, level },
              'info',
            );
          }
        }
        if (hasStrategy && !goals.has(gl.goal)) {
          const suggestion = closest(gl.goal, goals.keys());
          yield found('GOAL_LINK_UNKNOWN_GOAL', location, {
            box: gl.from,
            goal: gl.goal,
            ...(suggestion ? { suggestion } : {}),
          });
        }
      }
    }
  },
};
