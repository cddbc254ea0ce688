import { closest } from '../../io/suggest.js';
import { found, type Rule } from '../rule.js';

/** Every link joins two boxes of the plan, and each link appears once. */
export const linkReferences: Rule = {
  name: 'link-references',
  codes: ['LINK_UNKNOWN_BOX', 'DUPLICATE_LINK'],
  *check({ plans }) {
    for (const p of plans) {
      const where = (li: number) => {
        const link = p.links[li]!;
        return {
          plan: p.plan.id,
          path: ['plans', p.at, 'links', li],
          link: { from: link.from, to: link.to },
        };
      };
      for (let li = 0; li < p.links.length; li++) {
        const link = p.links[li]!;
        for (const id of [link.from, link.to]) {
          if (p.boxes.has(id)) continue;
          const suggestion = closest(id, p.boxes.keys());
          yield found('LINK_UNKNOWN_BOX', where(li), {
            from: link.from,
            to: link.to,
            missing: id,
            ...(suggestion ? { suggestion } : {}),
          });
        }
      }
      for (const li of p.duplicateLinks) {
        const link = p.links[li]!;
        yield found('DUPLICATE_LINK', where(li), { from: link.from, to: link.to });
      }
    }
  },
};
