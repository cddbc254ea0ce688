import { LEVELS } from '../../model/levels.js';
import { found, type Rule } from '../rule.js';

const ALL_LEVELS = (1 << LEVELS.length) - 1;

/** A whole chain has at least one box on each of the six levels. */
export const levelMissing: Rule = {
  name: 'level-missing',
  codes: ['LEVEL_MISSING'],
  *check({ plans }) {
    for (const p of plans) {
      // The levels present as bits of one number: no set per plan.
      let present = 0;
      for (let i = 0; i < p.levelOf.length && present !== ALL_LEVELS; i++) present |= 1 << p.levelOf[i]!;
      if (present === ALL_LEVELS) continue;
      for (let i = 0; i < LEVELS.length; i++) {
        if (!(present & (1 << i)))
          yield found(
            'LEVEL_MISSING',
            { plan: p.plan.id, path: ['plans', p.at, 'boxes'] },
            { level: LEVELS[i]! },
          );
      }
    }
  },
};
