import type { Finding } from '../../findings/finding.js';
import { found, type Rule } from '../rule.js';

/** Ids must be unique: boxes and indicators within a plan; plans, understrategier and goals within a document set. */
export const duplicateIds: Rule = {
  name: 'duplicate-ids',
  codes: ['DUPLICATE_ID'],
  *check({ document }) {
    const seen = (kind: string) => {
      const ids = new Set<string>();
      return (id: string, path: (string | number)[], extra: { plan?: string } = {}): Finding | undefined => {
        if (!ids.has(id)) {
          ids.add(id);
          return undefined;
        }
        return found('DUPLICATE_ID', { path, ...extra }, { kind, id });
      };
    };
    const plan = seen('plan');
    for (const [pi, p] of (document.plans ?? []).entries()) {
      const dup = plan(p.id, ['plans', pi, 'id']);
      if (dup) yield dup;
      const box = seen('box');
      const indicator = seen('indicator');
      for (const [bi, b] of p.boxes.entries()) {
        const d = box(b.id, ['plans', pi, 'boxes', bi, 'id'], { plan: p.id });
        if (d) yield { ...d, location: { ...d.location, box: b.id } };
        for (const [ii, ind] of (b.indicators ?? []).entries()) {
          const di = indicator(ind.id, ['plans', pi, 'boxes', bi, 'indicators', ii, 'id'], { plan: p.id });
          if (di) yield di;
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
