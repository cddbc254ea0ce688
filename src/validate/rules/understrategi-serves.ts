import { found, type Rule } from '../rule.js';

/** Each understrategi goal serves one or more RUS goals that exist. */
export const understrategiServes: Rule = {
  name: 'understrategi-serves',
  codes: ['SERVES_UNKNOWN_GOAL', 'UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL'],
  *check({ document, goals }) {
    const hasRus = (document.strategy?.rus?.goals ?? []).length > 0;
    for (const [ui, u] of (document.strategy?.understrategier ?? []).entries()) {
      for (const [gi, goal] of u.goals.entries()) {
        const path = ['strategy', 'understrategier', ui, 'goals', gi];
        const serves = goal.serves ?? [];
        if (serves.length === 0) {
          if (hasRus) {
            yield found(
              'UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL',
              { goal: goal.id, path },
              { goal: goal.id, understrategi: u.id },
            );
          }
          continue;
        }
        for (const [si, id] of serves.entries()) {
          const target = goals.get(id);
          if (target?.kind === 'rus') continue;
          yield found(
            'SERVES_UNKNOWN_GOAL',
            { goal: goal.id, path: [...path, 'serves', si] },
            { goal: goal.id, serves: id, reason: target ? 'not-rus' : 'missing' },
          );
        }
      }
    }
  },
};
