import { degree } from '../../graph/adjacency.js';
import { boxPath, type PlanIndex } from '../context.js';
import { namingPlan, withBoxTexts } from '../name-boxes.js';
import { found, type Rule } from '../rule.js';

/** A box with no links is not part of the chain. */
export const isolatedBox: Rule = {
  name: 'isolated-box',
  codes: ['ISOLATED_BOX'],
  *check(context) {
    for (const p of context.plans) {
      if (p.plan.boxes.length < 2) continue;
      // A plan can hold a finding per box: each is made with its box's text at once (name-boxes.ts).
      let naming: PlanIndex | undefined;
      for (let i = 0; i < p.plan.boxes.length; i++) {
        const box = p.plan.boxes[i]!;
        if (degree(p.forward, i) === 0 && degree(p.backward, i) === 0 && p.positionOf(box.id) === i) {
          naming ??= namingPlan(context, p.plan.id);
          const details = withBoxTexts({ box: box.id }, naming);
          yield found('ISOLATED_BOX', { plan: p.plan.id, box: box.id, path: boxPath(p, i) }, details);
        }
      }
    }
  },
};
