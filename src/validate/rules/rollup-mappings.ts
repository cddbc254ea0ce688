import { append } from '../../collections/append.js';
import type { Finding } from '../../findings/finding.js';
import { indexStrategy, planGoals, resolveRollup } from '../rollup.js';
import type { Rule } from '../rule.js';

/**
 * A validation rule for roll-ups: every `rollsUpTo` of a plan indicator names a
 * strategy indicator of the same kind and unit on a goal the plan serves. The
 * same checks `synthesize` makes, so `validate` can report them too.
 */
export const rollupMappings: Rule = {
  name: 'rollup-mappings',
  codes: ['ROLLUP_UNKNOWN_TARGET', 'ROLLUP_KIND_MISMATCH', 'ROLLUP_UNIT_MISMATCH', 'ROLLUP_GOAL_NOT_LINKED'],
  check({ document, plans }) {
    const out: Finding[] = [];
    // A plan file read without its region's strategy file: STRATEGY_MISSING says so once; roll-ups
    // cannot be checked, as goal links are not.
    if (document.strategy === undefined) return out;
    const strategy = indexStrategy(document);
    for (const p of plans) {
      let goals: ReturnType<typeof planGoals> | undefined;
      // Index loops, not entries(): an iterator and a pair for every box and indicator add up over a national set.
      const boxes = p.plan.boxes;
      for (let bi = 0; bi < boxes.length; bi++) {
        const box = boxes[bi]!;
        const indicators = box.indicators;
        if (!indicators) continue;
        for (let ii = 0; ii < indicators.length; ii++) {
          const indicator = indicators[ii]!;
          if (indicator.rollsUpTo === undefined) continue;
          goals ??= planGoals(p.plan, strategy);
          const place = { plan: p.plan, planAt: p.at, box: box.id, boxAt: bi, indicatorAt: ii };
          append(out, resolveRollup(indicator, place, strategy, goals).findings);
        }
      }
    }
    return out;
  },
};
