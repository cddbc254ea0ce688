import { degree, markReachable } from '../../graph/adjacency.js';
import { LEVEL_INFO } from '../../model/levels.js';
import { boxPath, type PlanIndex } from '../context.js';
import { namingPlan, withBoxTexts } from '../name-boxes.js';
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
  *check(context) {
    // Start lists and marks reused from plan to plan: the rule runs over every plan of a national set.
    let buffers = reachBuffers(64);
    for (const p of context.plans) {
      // A plan can hold a finding per box: each is made with the box's text at once.
      let naming: PlanIndex | undefined;
      const boxes = p.plan.boxes;
      if (buffers.queue.length < boxes.length) buffers = reachBuffers(boxes.length * 2);
      const { longTerm, activities, leadsToEffect, fromActivity, queue } = buffers;
      let longTerms = 0;
      let activityCount = 0;
      for (let i = 0; i < p.levelOf.length; i++) {
        if (p.levelOf[i] === LONG_TERM) longTerm[longTerms++] = i;
        else if (p.levelOf[i] === ACTIVITIES) activities[activityCount++] = i;
      }
      markReachable(longTerm, longTerms, p.backward, leadsToEffect, queue);
      markReachable(activities, activityCount, p.forward, fromActivity, queue);
      for (let i = 0; i < boxes.length; i++) {
        if (degree(p.forward, i) === 0 && degree(p.backward, i) === 0) continue;
        const level = p.levelOf[i]!;
        const box = boxes[i]!;
        if (level === ACTIVITIES && longTerms > 0 && !leadsToEffect[i]) {
          naming ??= namingPlan(context, p.plan.id);
          yield found('ACTIVITY_WITHOUT_EFFECT', at(p, i), withBoxTexts({ box: box.id }, naming));
        }
        if (level >= OUTCOMES && activityCount > 0 && !fromActivity[i]) {
          naming ??= namingPlan(context, p.plan.id);
          const details = withBoxTexts({ box: box.id, level: box.level }, naming);
          yield found('EFFECT_NOT_REACHED', at(p, i), details);
        }
        if (level === RESOURCES && !feedsActivity(p, i)) {
          naming ??= namingPlan(context, p.plan.id);
          yield found('RESOURCE_UNUSED', at(p, i), withBoxTexts({ box: box.id }, naming));
        }
      }
    }
  },
};

// The rule's working memory for plans of up to `n` boxes.
function reachBuffers(n: number) {
  return {
    longTerm: new Int32Array(n),
    activities: new Int32Array(n),
    leadsToEffect: new Uint8Array(n),
    fromActivity: new Uint8Array(n),
    queue: new Int32Array(n),
  };
}

// Made only for a finding, not for every box checked.
function at(p: PlanIndex, i: number) {
  return { plan: p.plan.id, box: p.plan.boxes[i]!.id, path: boxPath(p, i) };
}

function feedsActivity(p: PlanIndex, i: number): boolean {
  const { start, to } = p.forward;
  for (let k = start[i]!; k < start[i + 1]!; k++) if (p.levelOf[to[k]!] === ACTIVITIES) return true;
  return false;
}
