import type { Location } from '../../findings/finding.js';
import { endDay, type Span, startDay } from '../../model/time.js';
import { goalRank, ladderOf } from '../ladder.js';
import { found, type Rule } from '../rule.js';

const outside = (inner: Span, outer: Span) =>
  startDay(inner.from) < startDay(outer.from) || endDay(inner.to) > endDay(outer.to);

/**
 * Horizons nest: an understrategi runs within its RUS, and a plan within the
 * understrategier whose goals it serves. With a ladder, also each tier within the
 * tier above (the RUS for the first), and an understrategi within those of higher
 * tiers whose goals it serves. Warnings, since strategies are often extended
 * while plans run on.
 */
export const horizons: Rule = {
  name: 'horizons',
  codes: ['HORIZON_NOT_NESTED'],
  *check({ document, plans, goals }) {
    const rus = document.strategy?.rus;
    const nest = (inner: Span, innerName: string, outer: Span, outerName: string, location: Location) =>
      found('HORIZON_NOT_NESTED', location, {
        inner: innerName,
        innerFrom: inner.from,
        innerTo: inner.to,
        outer: outerName,
        outerFrom: outer.from,
        outerTo: outer.to,
      });
    for (const [ui, u] of (document.strategy?.understrategier ?? []).entries()) {
      if (rus?.horizon && u.horizon && outside(u.horizon, rus.horizon)) {
        yield nest(u.horizon, u.name, rus.horizon, rus.name, {
          path: ['strategy', 'understrategier', ui, 'horizon'],
        });
      }
    }
    const ladder = ladderOf(document);
    if (ladder !== undefined) {
      // Each tier within the nearest tier above that has a horizon (or the RUS).
      let outer: { name: string; horizon?: Span | undefined } | undefined = rus;
      for (const [ti, tier] of ladder.tiers.entries()) {
        if (!tier.horizon) continue;
        if (outer?.horizon && outside(tier.horizon, outer.horizon)) {
          yield nest(tier.horizon, tier.name, outer.horizon, outer.name, {
            path: ['strategy', 'tiers', ti, 'horizon'],
          });
        }
        outer = tier;
      }
      for (const [ui, u] of (document.strategy?.understrategier ?? []).entries()) {
        if (!u.horizon) continue;
        const reported = new Set<string>();
        for (const g of u.goals) {
          for (const id of g.serves ?? []) {
            const entry = goals.get(id);
            const above = entry?.understrategi;
            if (!above?.horizon || above === u || reported.has(above.id)) continue;
            const own = goalRank({ goal: g, kind: 'understrategi', understrategi: u, path: [] }, ladder);
            const theirs = goalRank(entry!, ladder);
            if (
              own === undefined ||
              theirs === undefined ||
              theirs >= own ||
              !outside(u.horizon, above.horizon)
            )
              continue;
            reported.add(above.id);
            yield nest(u.horizon, u.name, above.horizon, above.name, {
              path: ['strategy', 'understrategier', ui, 'horizon'],
            });
          }
        }
      }
    }
    for (const p of plans) {
      const period = p.plan.period;
      if (!period) continue;
      const reported = new Set<string>();
      for (const gl of p.goalLinks) {
        const entry = goals.get(gl.goal);
        const outer = entry?.kind === 'understrategi' ? entry.understrategi : rus;
        if (!outer?.horizon || reported.has(outer.id) || !outside(period, outer.horizon)) continue;
        reported.add(outer.id);
        yield nest(period, p.plan.name, outer.horizon, outer.name, {
          plan: p.plan.id,
          path: ['plans', p.at, 'period'],
        });
      }
    }
  },
};
