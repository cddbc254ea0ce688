import { LEVELS } from '../../model/levels.js';
import { found, type Rule } from '../rule.js';

/**
 * Links go forward one level at a time. Backwards and same-level links are logic
 * errors; a link that skips levels is allowed but flagged, because the skipped
 * steps are the ones that can be followed up.
 */
export const linkDirection: Rule = {
  name: 'link-direction',
  codes: ['LINK_BACKWARDS', 'LINK_SAME_LEVEL', 'LINK_SKIPS_LEVEL'],
  *check({ plans }) {
    for (const p of plans) {
      for (let li = 0; li < p.links.length; li++) {
        const link = p.links[li]!;
        const from = p.boxes.get(link.from);
        const to = p.boxes.get(link.to);
        if (from === undefined || to === undefined) continue;
        const a = p.levelOf[from]!;
        const b = p.levelOf[to]!;
        if (b === a + 1) continue;
        const location = {
          plan: p.plan.id,
          box: link.from,
          path: ['plans', p.at, 'links', li],
          link: { from: link.from, to: link.to },
        };
        const ends = { from: link.from, to: link.to };
        if (b < a)
          yield found('LINK_BACKWARDS', location, { ...ends, fromLevel: LEVELS[a]!, toLevel: LEVELS[b]! });
        else if (a === b) yield found('LINK_SAME_LEVEL', location, { ...ends, level: LEVELS[a]! });
        else if (b > a + 1) {
          yield found('LINK_SKIPS_LEVEL', location, {
            ...ends,
            fromLevel: LEVELS[a]!,
            toLevel: LEVELS[b]!,
            skipped: LEVELS.slice(a + 1, b),
          });
        }
      }
    }
  },
};
