import { degree } from '../../graph/adjacency.js';
import { boxPath } from '../context.js';
import { found, type Rule } from '../rule.js';

/** A box with no links is not part of the chain. */
export const isolatedBox: Rule = {
  name: 'isolated-box',
  codes: ['ISOLATED_BOX'],
  *check({ plans }) {
    for (const p of plans) {
      if (p.plan.boxes.length < 2) continue;
      for (let i = 0; i < p.plan.boxes.length; i++) {
        const box = p.plan.boxes[i]!;
        if (degree(p.forward, i) === 0 && degree(p.backward, i) === 0 && p.boxes.get(box.id) === i) {
          yield found('ISOLATED_BOX', { plan: p.plan.id, box: box.id, path: boxPath(p, i) }, { box: box.id });
        }
      }
    }
  },
};
