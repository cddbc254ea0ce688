import type { RuleDetails } from '../../findings/catalog/rules.js';
import type { Finding } from '../../findings/finding.js';
import { found, type Rule } from '../rule.js';

/** Ids must be unique: boxes and indicators within a plan; plans, understrategier and goals within a document set. */
export const duplicateIds: Rule = {
  name: 'duplicate-ids',
  codes: ['DUPLICATE_ID'],
  *check({ document, plans }) {
    const seen = (kind: RuleDetails['DUPLICATE_ID']['kind']) => {
      const ids = new Set<string>();
      return (id: string, path: (string | number)[], extra: { plan?: string } = {}): Finding | undefined => {
        if (!ids.has(id)) {
          ids.add(id);
          return undefined;
        }
        return found('DUPLICATE_ID', { path, ...extra }, { kind, id });
      };
    };
    // Plain loops over the plans: nothing is made for a plan whose ids are all new.
    const planIds = new Set<string>();
    // One set for every plan's indicator ids, emptied per plan rather than made anew.
    const indicators = new Set<string>();
    const documentPlans = document.plans ?? [];
    for (let pi = 0; pi < documentPlans.length; pi++) {
      const p = documentPlans[pi]!;
      if (!planIds.has(p.id)) planIds.add(p.id);
      else yield found('DUPLICATE_ID', { path: ['plans', pi, 'id'] }, { kind: 'plan', id: p.id });
      for (const bi of plans[pi]!.duplicateBoxes) {
        const b = p.boxes[bi]!;
        yield found(
          'DUPLICATE_ID',
          { plan: p.id, box: b.id, path: ['plans', pi, 'boxes', bi, 'id'] },
          { kind: 'box', id: b.id },
        );
      }
      indicators.clear();
      for (let bi = 0; bi < p.boxes.length; bi++) {
        const list = p.boxes[bi]!.indicators;
        if (!list) continue;
        for (let ii = 0; ii < list.length; ii++) {
          const id = list[ii]!.id;
          if (!indicators.has(id)) indicators.add(id);
          else {
            const path = ['plans', pi, 'boxes', bi, 'indicators', ii, 'id'];
            yield found('DUPLICATE_ID', { plan: p.id, path }, { kind: 'indicator', id });
          }
        }
      }
    }
    const goal = seen('goal');
    const understrategi = seen('understrategi');
    for (const [gi, g] of (document.strategy?.rus?.goals ?? []).entries()) {
      const d = goal(g.id, ['strategy', 'rus', 'goals', gi, 'id']);
      if (d) yield d;
    }
    for (const [ui, u] of (document.strategy?.understrategier ?? []).entries()) {
      const du = understrategi(u.id, ['strategy', 'understrategier', ui, 'id']);
      if (du) yield du;
      for (const [gi, g] of u.goals.entries()) {
        const d = goal(g.id, ['strategy', 'understrategier', ui, 'goals', gi, 'id']);
        if (d) yield d;
      }
    }
    const template = seen('template');
    for (const [ti, t] of (document.templates ?? []).entries()) {
      const d = template(t.id, ['templates', ti, 'id']);
      if (d) yield d;
    }
  },
};
