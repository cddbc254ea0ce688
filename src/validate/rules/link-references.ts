import { closest } from '../../io/suggest.js';
import type { PlanIndex } from '../context.js';
import { namingPlan, withBoxTexts } from '../name-boxes.js';
import { found, type Rule } from '../rule.js';

/** Every link joins two boxes of the plan, and each link appears once. */
export const linkReferences: Rule = {
  name: 'link-references',
  codes: ['LINK_UNKNOWN_BOX', 'DUPLICATE_LINK'],
  *check(context) {
    for (const p of context.plans) {
      // A plan can hold a finding per link: each is made with its boxes' texts at once.
      let naming: PlanIndex | undefined;
      // The ends were looked up once when the plan was indexed: -1 is a missing box.
      for (let li = 0; li < p.links.length; li++) {
        if (p.linkFrom[li]! >= 0 && p.linkTo[li]! >= 0) continue;
        const link = p.links[li]!;
        naming ??= namingPlan(context, p.plan.id);
        if (p.linkFrom[li]! < 0) yield unknownBox(p, li, link.from, naming);
        if (p.linkTo[li]! < 0) yield unknownBox(p, li, link.to, naming);
      }
      for (const li of p.duplicateLinks) {
        const link = p.links[li]!;
        naming ??= namingPlan(context, p.plan.id);
        yield found('DUPLICATE_LINK', where(p, li), withBoxTexts({ from: link.from, to: link.to }, naming));
      }
    }
  },
};

function where(p: PlanIndex, li: number) {
  const link = p.links[li]!;
  return { plan: p.plan.id, path: ['plans', p.at, 'links', li], link: { from: link.from, to: link.to } };
}

function unknownBox(p: PlanIndex, li: number, missing: string, naming: PlanIndex | undefined) {
  const link = p.links[li]!;
  const suggestion = closest(missing, p.boxes.keys());
  const details = { from: link.from, to: link.to, missing, ...(suggestion ? { suggestion } : {}) };
  return found('LINK_UNKNOWN_BOX', where(p, li), withBoxTexts(details, naming));
}
