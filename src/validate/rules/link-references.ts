import { closest } from '../../io/suggest.js';
import { found, type Rule } from '../rule.js';

/** Every link joins two boxes of the plan, and each link appears once. */
export const linkReferences: Rule = {
  name: 'link-references',
  codes: ['LINK_UNKNOWN_BOX', 'DUPLICATE_LINK'],
  *check({ plans }) {
    for (const p of plans) {
      const seen = new Set<string>();
      for (const [li, link] of p.links.entries()) {
        const location = {
          plan: p.plan.id,
          path: ['plans', p.at, 'links', li],
          link: { from: link.from, to: link.to },
        };
        const missing = [link.from, link.to].filter((id) => !p.boxes.has(id));
        for (const id of missing) {
          const suggestion = closest(id, p.boxes.keys());
          yield found('LINK_UNKNOWN_BOX', location, {
            from: link.from,
            to: link.to,
            missing: id,
            ...(suggestion ? { suggestion } : {}),
          });
        }
        const key = `${link.from}\u0000${link.to}`;
        if (seen.has(key)) yield found('DUPLICATE_LINK', location, { from: link.from, to: link.to });
        seen.add(key);
      }
    }
  },
};
