import { describe, expect, it } from 'vitest';
import { adversarial } from '../../bench/generate.js';
import type { Document, Plan, Strategy } from '../../src/index.js';
import { parseDocument, validate } from '../../src/index.js';

// Fan-in: many plans, links or indicators that point at one goal, one box, one strategy
// indicator or one parent plan. A rule that keeps a list per goal (or box …) and searches it
// with includes/indexOf, sorts it on every insert, copies it, or walks the whole fan-in once per
// member does work that grows with the square of the fan-in. Timings cannot show that on a
// shared machine, so the work is counted instead: every element the array search, copy and
// sort methods examine, and every Map and Set operation, during parse + validate. Linear work
// doubles when the fan-in doubles; a per-member search over the fan-in quadruples it.

type Counted = { readonly target: object; readonly name: string; readonly original: unknown };

// Methods whose cost grows with the array they are called on (or return), and the O(1)
// Map/Set operations (a loop of lookups per pair shows in their number).
const ARRAY_SCANS = [
  'includes',
  'indexOf',
  'lastIndexOf',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
  'filter',
  'sort',
  'slice',
  'concat',
  'join',
] as const;
const COLLECTION_OPS: [object, string][] = [
  [Map.prototype, 'get'],
  [Map.prototype, 'has'],
  [Map.prototype, 'set'],
  [Set.prototype, 'has'],
  [Set.prototype, 'add'],
];

/** The elements examined and collection operations done by `run`. */
function countWork(run: () => void): number {
  let work = 0;
  const patched: Counted[] = [];
  const patch = (target: object, name: string, cost: (self: unknown) => number) => {
    const original = (target as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
    patched.push({ target, name, original });
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        work += cost(this);
        return original.apply(this, args);
      },
    });
  };
  for (const name of ARRAY_SCANS) patch(Array.prototype, name, (self) => 1 + (self as unknown[]).length);
  for (const [target, name] of COLLECTION_OPS) patch(target, name, () => 1);
  try {
    run();
  } finally {
    for (const { target, name, original } of patched.reverse())
      Object.defineProperty(target, name, { configurable: true, writable: true, value: original });
  }
  return work;
}

const parseAndValidate = (document: Document) => () => {
  const parsed = parseDocument(JSON.stringify(document), { format: 'json' });
  if (!parsed.ok) throw new Error(`refused: ${parsed.findings[0]?.code}`);
  validate(parsed.value);
};

// The same strategy for every shape: one RUS goal with an indicator, one understrategi goal serving it.
const STRATEGY: Strategy = {
  rus: {
    id: 'rus',
    name: 'RUS',
    horizon: { from: 2020, to: 2030 },
    goals: [
      {
        id: 'r1',
        text: 'Fler besökare',
        indicators: [{ id: 'besok', name: 'Besöksnätter i länet', kind: 'count', unit: 'nätter' }],
      },
    ],
  },
  understrategier: [
    {
      id: 'us',
      name: 'Besöksnäring',
      horizon: { from: 2020, to: 2026 },
      goals: [{ id: 'u1', text: 'Fler bokningar', serves: ['r1'] }],
    },
  ],
};

function smallPlan(id: string, extra: Partial<Plan> = {}, rollsUp = false): Plan {
  return {
    id,
    name: `Plan ${id}`,
    kind: 'projekt',
    period: { from: 2024, to: 2026 },
    boxes: [
      { id: 'a', level: 'aktiviteter', text: 'Rådgivning till företag' },
      {
        id: 'p',
        level: 'prestationer',
        text: 'Företag har fått rådgivning',
        indicators: [
          {
            id: 'antal',
            name: 'Antal företag',
            kind: 'count',
            unit: 'nätter',
            ...(rollsUp ? { rollsUpTo: 'besok' } : {}),
            baseline: { value: 0, year: 2024 },
            targets: [{ value: 10, year: 2026 }],
            measurements: [{ period: 2025, value: 4 }],
          },
        ],
      },
      { id: 'u', level: 'utfall', text: 'Företagen erbjuder fler paket' },
    ],
    links: [
      { from: 'a', to: 'p' },
      { from: 'p', to: 'u' },
    ],
    goalLinks: [{ from: 'u', goal: 'u1' }],
    ...extra,
  } as Plan;
}

/** Shapes with a fan-in of `n` on one thing. */
const SHAPES: Record<string, (n: number) => Document> = {
  // The benchmark's shape: n plans of 20 boxes serving one understrategi goal.
  'plans serving one goal (the benchmark’s)': (n) => adversarial('sharedGoal', n),
  'plans linking one goal and, skipping the understrategi, one RUS goal': (n) => ({
    formatVersion: 1,
    strategy: STRATEGY,
    plans: Array.from({ length: n }, (_, i) =>
      smallPlan(`p${i}`, {
        goalLinks: [
          { from: 'u', goal: 'u1' },
          { from: 'u', goal: 'r1' },
        ],
      }),
    ),
  }),
  'indicators rolling up to one strategy indicator': (n) => ({
    formatVersion: 1,
    strategy: STRATEGY,
    plans: Array.from({ length: n }, (_, i) => smallPlan(`p${i}`, {}, true)),
  }),
  'links into one box': (n) => {
    const plan = smallPlan('nav');
    const boxes = [...plan.boxes];
    const links = [...(plan.links ?? [])];
    for (let i = 0; i < n; i++) {
      boxes.push({ id: `a${i}`, level: 'aktiviteter', text: `Insats ${i}` });
      links.push({ from: `a${i}`, to: 'p' });
    }
    return { formatVersion: 1, strategy: STRATEGY, plans: [{ ...plan, boxes, links }] };
  },
  'delprojekt of one ramprojekt': (n) => {
    const parent = smallPlan('ram');
    const box = parent.boxes[1]!;
    const withSum = {
      ...box,
      indicators: [{ ...box.indicators![0]!, fromChildren: true }],
    };
    const ram = { ...parent, boxes: [parent.boxes[0]!, withSum, parent.boxes[2]!] };
    const children = Array.from({ length: n }, (_, i) => smallPlan(`d${i}`, { parent: 'ram' }));
    return { formatVersion: 1, strategy: STRATEGY, plans: [ram, ...children] } as Document;
  },
  'understrategi goals serving one RUS goal': (n) => ({
    formatVersion: 1,
    strategy: {
      ...STRATEGY,
      understrategier: [
        {
          ...STRATEGY.understrategier![0]!,
          goals: Array.from({ length: n }, (_, i) => ({
            id: `u${i + 1}`,
            text: `Delmål ${i}`,
            serves: ['r1'],
          })),
        },
      ],
    },
    plans: Array.from({ length: n }, (_, i) =>
      smallPlan(`p${i}`, { goalLinks: [{ from: 'u', goal: `u${i + 1}` }] }),
    ),
  }),
};

describe('fan-in: the work of parse + validate grows linearly', () => {
  it('the count sees a search per member over the fan-in (the test can fail)', () => {
    const members = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
    const quadratic = (n: number) => () => {
      const seen: string[] = [];
      for (const id of members(n)) if (!seen.includes(id)) seen.push(id);
    };
    const linear = (n: number) => () => {
      const seen = new Set<string>();
      for (const id of members(n)) if (!seen.has(id)) seen.add(id);
    };
    expect(countWork(quadratic(800)) / countWork(quadratic(400))).toBeGreaterThan(3.5);
    expect(countWork(linear(800)) / countWork(linear(400))).toBeCloseTo(2, 1);
  });

  for (const [name, make] of Object.entries(SHAPES)) {
    it(name, () => {
      const work = [200, 400, 800].map((n) => countWork(parseAndValidate(make(n))));
      // Twice the fan-in, at most 2.2 times the work (a fixed part makes it a little less than 2).
      expect(work[1]! / work[0]!, `${work}`).toBeLessThanOrEqual(2.2);
      expect(work[2]! / work[1]!, `${work}`).toBeLessThanOrEqual(2.2);
      expect(work[2]! / work[1]!, `${work}`).toBeGreaterThan(1.5); // the count sees the shape's work
    });
  }
});
