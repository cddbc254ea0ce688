import { boxPath } from '../context.js';
import { found, type Rule } from '../rule.js';

/** Boxes that still hold a template's text are reported until the user fills them in. */
export const placeholder: Rule = {
  name: 'placeholder',
  codes: ['PLACEHOLDER_LEFT'],
  *check({ plans }) {
    for (const p of plans) {
      for (let i = 0; i < p.plan.boxes.length; i++) {
        const box = p.plan.boxes[i]!;
        if (box.placeholder)
          yield found(
            'PLACEHOLDER_LEFT',
            { plan: p.plan.id, box: box.id, path: boxPath(p, i) },
            { box: box.id },
          );
      }
    }
  },
};
