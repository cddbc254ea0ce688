import type { Draft } from 'immer';
import type { Document, Plan } from '../../src/index.js';

/** A small document that validates clean: one strategy ladder and one whole chain. */
export function validDocument(): Draft<Document> {
  return {
    formatVersion: 1,
    region: 'Region Test',
    strategy: {
      rus: {
        id: 'rus',
        name: 'RUS',
        horizon: { from: 2020, to: 2030 },
        goals: [{ id: 'R1', text: 'Fler jobb' }],
      },
      understrategier: [
        {
          id: 'U',
          name: 'Näringslivsstrategi',
          horizon: { from: 2022, to: 2027 },
          goals: [{ id: 'U1', text: 'Fler nya företag', serves: ['R1'] }],
        },
      ],
    },
    plans: [validPlan()],
  };
}

/** A plan with one box per level, linked in order, linked to goal U1. */
export function validPlan(id = 'p'): Draft<Plan> {
  return {
    id,
    name: 'Plan',
    kind: 'projekt',
    period: { from: 2024, to: 2026 },
    boxes: [
      { id: 'r', level: 'resurser', text: 'Medel' },
      { id: 'a', level: 'aktiviteter', text: 'Rådgivning' },
      {
        id: 'o',
        level: 'prestationer',
        text: 'Företag deltar',
        indicators: [
          {
            id: 'i1',
            name: 'Antal företag',
            kind: 'count',
            baseline: { value: 0, year: 2024 },
            targets: [{ value: 10, year: 2026 }],
          },
        ],
      },
      { id: 'u', level: 'utfall', text: 'Ökad förmåga' },
      { id: 'k', level: 'kortsiktiga', text: 'Förändrat beteende' },
      { id: 'l', level: 'langsiktiga', text: 'Konkurrenskraft' },
    ],
    links: [
      { from: 'r', to: 'a' },
      { from: 'a', to: 'o' },
      { from: 'o', to: 'u' },
      { from: 'u', to: 'k' },
      { from: 'k', to: 'l' },
    ],
    goalLinks: [{ from: 'l', goal: 'U1' }],
  };
}
