import { closest } from '../../io/suggest.js';
import { VOCABULARIES, type Vocabulary } from '../../model/vocabularies.js';
import { found, type Rule } from '../rule.js';

const FIELDS = ['prioritering', 'fokusomrade', 'projekttyp', 'bransch', 'syfte'] as const;

/** Classification values come from the vocabulary the plan names (one of the library's, or skipped with a note). */
export const classification: Rule = {
  name: 'classification',
  codes: ['CLASSIFICATION_UNKNOWN_VALUE', 'VOCABULARY_UNKNOWN'],
  *check({ plans }) {
    for (const p of plans) {
      const c = p.plan.classification;
      if (!c?.vocabulary) continue;
      const base = ['plans', p.at, 'classification'];
      const vocabulary: Vocabulary | undefined = VOCABULARIES.get(c.vocabulary);
      if (!vocabulary) {
        yield found(
          'VOCABULARY_UNKNOWN',
          { plan: p.plan.id, path: [...base, 'vocabulary'] },
          { vocabulary: c.vocabulary },
        );
        continue;
      }
      for (const field of FIELDS) {
        const raw = c[field];
        const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
        const allowed = vocabulary[field];
        for (const [i, value] of values.entries()) {
          if (allowed.includes(value)) continue;
          const suggestion = closest(value, allowed);
          yield found(
            'CLASSIFICATION_UNKNOWN_VALUE',
            { plan: p.plan.id, path: Array.isArray(raw) ? [...base, field, i] : [...base, field] },
            {
              field,
              value,
              vocabulary: vocabulary.id,
              expected: [...allowed],
              ...(suggestion ? { suggestion } : {}),
            },
          );
        }
      }
    }
  },
};
