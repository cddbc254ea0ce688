import { LEVELS } from '../../model/levels.js';
import { found, type Rule } from '../rule.js';

/** A whole chain has at least one box on each of the six levels. */
export const levelMissing: Rule = {
  name: 'level-missing',
  codes: ['LEVEL_MISSING'],
  *check({ plans }) {
    for (const p of plans) {
      const present = new Set(p.levelOf);
      for (const [i, level] of LEVELS.entries()) {
        if (!present.has(i))
          yield found('LEVEL_MISSING', { plan: p.plan.id, path: ['plans', p.at, 'boxes'] }, { level });
      }
    }
  },
};
