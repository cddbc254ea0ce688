import { findCycles } from '../../graph/cycles.js';
import { boxPath } from '../context.js';
import { found, type Rule } from '../rule.js';

/** A chain has no loops; each loop of two or more boxes is reported once, naming its boxes in order. */
export const cycles: Rule = {
  name: 'cycles',
  codes: ['CYCLE'],
  *check({ plans }) {
    for (const p of plans) {
      // Forward links raise the level at each step, so only a plan with a backward or same-level link can loop.
      if (!p.hasNonForwardLink) continue;
      for (const cycle of findCycles(p.successors)) {
        // A box linked to itself is already LINK_SAME_LEVEL; one finding per mistake.
        if (cycle.length === 1) continue;
        const first = cycle[0]!;
        yield found(
          'CYCLE',
          { plan: p.plan.id, box: p.plan.boxes[first]!.id, path: boxPath(p, first) },
          { boxes: cycle.map((i) => p.plan.boxes[i]!.id) },
        );
      }
    }
  },
};
