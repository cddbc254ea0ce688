import { LEVELS } from '../../model/levels.js';
import type { PlanIndex } from '../context.js';
import { namingPlan, withBoxTexts } from '../name-boxes.js';
import { found, type Rule } from '../rule.js';

/**
 * Links go forward one level at a time. Backwards and same-level links are logic
 * errors; a link that skips levels is allowed but flagged, because the skipped
 * steps are the ones that can be followed up.
 */
export const linkDirection: Rule = {
  name: 'link-direction',
  codes: ['LINK_BACKWARDS', 'LINK_SAME_LEVEL', 'LINK_SKIPS_LEVEL'],
  *check(context) {
    for (const p of context.plans) {
      // A plan can hold a link finding per link: each is made with its boxes' texts at once.
      let naming: PlanIndex | undefined;
      for (let li = 0; li < p.links.length; li++) {
        const from = p.linkFrom[li]!;
        const to = p.linkTo[li]!;
        if (from < 0 || to < 0) continue;
        // The common case, one level forward, is settled without allocating anything.
        if (p.levelOf[to] === p.levelOf[from]! + 1) continue;
        naming ??= namingPlan(context, p.plan.id);
        yield wrongDirection(p, li, p.levelOf[from]!, p.levelOf[to]!, naming);
      }
    }
  },
};

function wrongDirection(p: PlanIndex, li: number, a: number, b: number, naming: PlanIndex | undefined) {
  const link = p.links[li]!;
  const location = {
    plan: p.plan.id,
    box: link.from,
    path: ['plans', p.at, 'links', li],
    link: { from: link.from, to: link.to },
  };
  const ends = { from: link.from, to: link.to };
  if (b < a)
    return found(
      'LINK_BACKWARDS',
      location,
      withBoxTexts({ ...ends, fromLevel: LEVELS[a]!, toLevel: LEVELS[b]! }, naming),
    );
  if (a === b)
    return found('LINK_SAME_LEVEL', location, withBoxTexts({ ...ends, level: LEVELS[a]! }, naming));
  return found(
    'LINK_SKIPS_LEVEL',
    location,
    withBoxTexts(
      { ...ends, fromLevel: LEVELS[a]!, toLevel: LEVELS[b]!, skipped: LEVELS.slice(a + 1, b) },
      naming,
    ),
  );
}
