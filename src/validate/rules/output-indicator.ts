import { boxPath } from '../context.js';
import { found, type Rule } from '../rule.js';

/** Outputs (prestationer) are what the project delivers and counts: each needs an indicator. */
export const outputIndicator: Rule = {
  name: 'output-indicator',
  codes: ['OUTPUT_WITHOUT_INDICATOR'],
  *check({ plans }) {
    for (const p of plans) {
      for (let i = 0; i < p.plan.boxes.length; i++) {
        const box = p.plan.boxes[i]!;
        if (box.level === 'prestationer' && (box.indicators ?? []).length === 0 && !box.placeholder) {
          yield found(
            'OUTPUT_WITHOUT_INDICATOR',
            { plan: p.plan.id, box: box.id, path: boxPath(p, i) },
            { box: box.id },
          );
        }
      }
    }
  },
};
