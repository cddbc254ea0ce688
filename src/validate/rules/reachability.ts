import { reachable } from '../../graph/cycles.js';
import { LEVEL_INFO } from '../../model/levels.js';
import { boxPath } from '../context.js';
import { found, type Rule } from '../rule.js';

const RESOURCES = LEVEL_INFO.resurser.index;
const ACTIVITIES = LEVEL_INFO.aktiviteter.index;
const OUTCOMES = LEVEL_INFO.utfall.index;
const LONG_TERM = LEVEL_INFO.langsiktiga.index;

/**
 * The chain holds together: activities lead to a long-term effect, effects are
 * reached from an activity, resources feed activities. Boxes with no links at all
 * are left to `isolated-box`, so a box is never reported twice for one gap.
 */
export const reachability: Rule = {
  name: 'reachability',
  codes: ['ACTIVITY_WITHOUT_EFFECT', 'EFFECT_NOT_REACHED', 'RESOURCE_UNUSED'],
  *check({ plans }) {
    for (const p of plans) {
      const boxes = p.plan.boxes;
      const linked = (i: number) => p.successors[i]!.length > 0 || p.predecessors[i]!.length > 0;
      const longTerm: number[] = [];
      const activities: number[] = [];
      p.levelOf.forEach((level, i) => {
        if (level === LONG_TERM) longTerm.push(i);
        if (level === ACTIVITIES) activities.push(i);
      });
      const leadsToEffect = reachable(longTerm, p.predecessors);
      const fromActivity = reachable(activities, p.successors);
      for (let i = 0; i < boxes.length; i++) {
        if (!linked(i)) continue;
        const level = p.levelOf[i]!;
        const location = { plan: p.plan.id, box: boxes[i]!.id, path: boxPath(p, i) };
        if (level === ACTIVITIES && longTerm.length > 0 && !leadsToEffect[i]) {
          yield found('ACTIVITY_WITHOUT_EFFECT', location, { box: boxes[i]!.id });
        }
        if (level >= OUTCOMES && activities.length > 0 && !fromActivity[i]) {
          yield found('EFFECT_NOT_REACHED', location, { box: boxes[i]!.id, level: boxes[i]!.level });
        }
        if (level === RESOURCES && !p.successors[i]!.some((s) => p.levelOf[s] === ACTIVITIES)) {
          yield found('RESOURCE_UNUSED', location, { box: boxes[i]!.id });
        }
      }
    }
  },
};
