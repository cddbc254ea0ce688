import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { rollupMappings, type SynthesisRow, synthesisTable, synthesize } from '../../src/followup/index.js';
import { type Box, type Document, type Indicator, type Plan, validate } from '../../src/index.js';
import { validDocument } from '../support/arbitraries.js';
import { kronobergWithUnitMismatch, loadExample } from './support.js';

const ind = (id: string, target: number, extra: Partial<Draft<Indicator>> = {}): Draft<Indicator> => ({
  id,
  name: id,
  kind: 'count',
  unit: 'företag',
  baseline: { value: 0, year: 2021 },
  targets: [{ value: target, year: 2024 }],
  ...extra,
});

const plan = (
  id: string,
  template: string | undefined,
  goal: string,
  indicators: Draft<Indicator>[],
): Draft<Plan> => ({
  id,
  name: id,
  kind: 'projekt',
  ...(template ? { template } : {}),
  boxes: [
    { id: 'o', level: 'prestationer', text: 'Prestation', indicators },
    { id: 'l', level: 'langsiktiga', text: 'Effekt' },
  ] satisfies Box[],
  links: [{ from: 'o', to: 'l' }],
  goalLinks: [{ from: 'l', goal }],
});

/** A small portfolio whose totals are worked out by hand below. */
function portfolio(): Draft<Document> {
  return {
    formatVersion: 1,
    region: 'Region Test',
    templates: [
      { id: 'tA', name: 'A', track: 'insatsspar', boxes: [] },
      { id: 'tB', name: 'B', track: 'direktspar', boxes: [] },
    ],
    strategy: {
      rus: {
        id: 'rus',
        name: 'RUS',
        goals: [
          {
            id: 'R1',
            text: 'Fler jobb',
            indicators: [
              ind('jobb', 500, { unit: 'jobb' }),
              ind('investerat', 9e6, { kind: 'sek', unit: 'kr' }),
            ],
          },
        ],
      },
      understrategier: [
        {
          id: 'U',
          name: 'U',
          goals: [
            { id: 'U1', text: 'Företag', serves: ['R1'] },
            { id: 'U2', text: 'Miljö', serves: ['R1'] },
          ],
        },
      ],
    },
    plans: [
      plan('p1', 'tA', 'U1', [
        ind('foretag', 10, {
          measurements: [
            { period: 2022, value: 2 },
            { period: 2023, value: 4 },
          ],
        }),
        ind('kronor', 1000, { kind: 'sek', unit: 'kr', measurements: [{ period: 2023, value: 400 }] }),
        ind('andel', 40, { kind: 'percent', unit: '%', measurements: [{ period: 2023, value: 20 }] }),
        ind('p1-jobb', 30, { unit: 'jobb', rollsUpTo: 'jobb' }),
      ]),
      plan('p2', 'tA', 'U2', [
        ind('foretag', 20, { measurements: [{ period: '2023-Q4', value: 7 }] }),
        ind('kronor', 2000, { kind: 'sek', unit: 'SEK' }),
        ind('andel', 60, { kind: 'percent', unit: 'procent', measurements: [{ period: 2023, value: 50 }] }),
        ind('p2-jobb', 20, { unit: 'jobb', rollsUpTo: 'jobb' }),
      ]),
      plan('p3', 'tB', 'U1', [
        ind('foretag', 5),
        ind('kronor', 500, { kind: 'sek', unit: 'kronor' }),
        ind('p3-jobb', 7, { unit: undefined, rollsUpTo: 'jobb' }),
      ]),
    ],
  };
}

const row = (rows: readonly SynthesisRow[], dimension: string, group: string | null, measure: string) =>
  rows.find((r) => r.dimension === dimension && r.group === group && r.measure === measure);

describe('synthesize: sums by hand on a small portfolio', () => {
  const s = synthesize(portfolio());

  it('sums counts over all plans: targets, latest measurements, and how many were measured', () => {
    expect(row(s.rows, 'total', null, 'foretag')).toMatchObject({
      aggregate: 'sum',
      plans: 3,
      indicators: 3,
      baseline: 0,
      target: 35,
      measured: 11,
      measuredIndicators: 2,
      mixed: false,
    });
  });

  it('sums kronor written as kr, SEK and kronor as one unit', () => {
    expect(row(s.rows, 'total', null, 'kronor')).toMatchObject({ kind: 'sek', target: 3500, measured: 400 });
  });

  it('groups by template and by the template’s track', () => {
    expect(row(s.rows, 'template', 'tA', 'foretag')).toMatchObject({ plans: 2, target: 30, measured: 11 });
    expect(row(s.rows, 'template', 'tB', 'foretag')).toMatchObject({ plans: 1, target: 5 });
    expect(row(s.rows, 'track', 'insatsspar', 'foretag')?.target).toBe(30);
    expect(row(s.rows, 'track', 'direktspar', 'foretag')?.target).toBe(5);
  });

  it('groups by understrategi goal and, through serves, by RUS goal', () => {
    expect(row(s.rows, 'understrategiGoal', 'U1', 'foretag')).toMatchObject({ plans: 2, target: 15 });
    expect(row(s.rows, 'understrategiGoal', 'U2', 'foretag')).toMatchObject({ plans: 1, target: 20 });
    expect(row(s.rows, 'rusGoal', 'R1', 'foretag')).toMatchObject({ plans: 3, target: 35 });
    expect(row(s.rows, 'region', 'Region Test', 'foretag')?.target).toBe(35);
  });

  it('sums per year: baselines, the targets due that year, and each indicator’s last value of the year', () => {
    expect(row(s.rows, 'year', '2021', 'foretag')).toMatchObject({ baseline: 0, indicators: 3 });
    expect(row(s.rows, 'year', '2022', 'foretag')).toMatchObject({ measured: 2, plans: 1 });
    expect(row(s.rows, 'year', '2023', 'foretag')).toMatchObject({ measured: 11, plans: 2 });
    expect(row(s.rows, 'year', '2024', 'foretag')).toMatchObject({ target: 35 });
    const years = s.rows.filter((r) => r.dimension === 'year').map((r) => Number(r.group));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('never sums or averages percentages: they get ranges, their plans and a finding', () => {
    const andel = row(s.rows, 'total', null, 'andel')!;
    expect(andel).toMatchObject({
      aggregate: 'range',
      plans: 2,
      measuredIndicators: 2,
      spread: {
        baseline: { min: 0, max: 0 },
        target: { min: 40, max: 60 },
        measured: { min: 20, max: 50 },
        plans: ['p1', 'p2'],
      },
    });
    expect(andel.target).toBeUndefined();
    expect(andel.measured).toBeUndefined();
    const table = synthesisTable([andel], 'sv');
    expect(table.rows[0]!.slice(9)).toEqual([
      0,
      '40–60',
      '20–50',
      2,
      'summeras inte; planer: p1, p2',
      'levererat',
    ]);
    expect(
      s.findings.filter((f) => f.code === 'SYNTHESIS_NOT_SUMMABLE').map((f) => f.details.indicator),
    ).toEqual(['andel']);
  });

  it('rolls plan indicators up into the strategy indicator and compares with its target', () => {
    expect(row(s.rows, 'total', null, 'jobb')).toMatchObject({ rollup: true, target: 57, plans: 3 });
    expect(s.rollups).toHaveLength(1);
    expect(s.rollups[0]).toMatchObject({
      goal: 'R1',
      goalKind: 'rus',
      plans: 3,
      target: 57,
      strategyTarget: { value: 500, year: 2024 },
    });
    // p3's indicator has no unit: it agrees with any.
    expect(s.findings.filter((f) => f.code.startsWith('ROLLUP'))).toEqual([]);
  });
});

describe('synthesize: findings and no numbers for what cannot be added', () => {
  const withIndicators = (p1: Draft<Indicator>[], p2: Draft<Indicator>[]) => {
    const doc = portfolio();
    doc.plans = [plan('p1', 'tA', 'U1', p1), plan('p2', 'tA', 'U2', p2)];
    return synthesize(doc);
  };

  it('gives mixed units a finding and no total in any row', () => {
    const s = withIndicators(
      [ind('deltagare', 10, { unit: 'personer' })],
      [ind('deltagare', 5, { unit: 'företag' })],
    );
    expect(s.findings.map((f) => [f.code, f.details.units])).toEqual([
      ['SYNTHESIS_UNIT_MISMATCH', ['personer', 'företag']],
    ]);
    const rows = s.rows.filter((r) => r.measure === 'deltagare');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r).toMatchObject({ mixed: true, aggregate: 'count' });
      expect(r.target ?? r.measured ?? r.baseline).toBeUndefined();
    }
  });

  it('gives mixed kinds a finding and no total', () => {
    const s = withIndicators([ind('x', 10)], [ind('x', 50, { kind: 'percent', unit: undefined })]);
    expect(s.findings.map((f) => f.code)).toEqual(['SYNTHESIS_KIND_MISMATCH']);
    expect(row(s.rows, 'total', null, 'x')).toMatchObject({ kind: null, mixed: true });
    expect(row(s.rows, 'total', null, 'x')?.target).toBeUndefined();
  });

  it('leaves a roll-up to an unknown indicator out of every number, with a suggestion', () => {
    const s = withIndicators(
      [ind('a', 10, { unit: 'jobb', rollsUpTo: 'jobbb' })],
      [ind('b', 5, { unit: 'jobb', rollsUpTo: 'jobb' })],
    );
    expect(s.findings.map((f) => [f.code, f.location.plan, f.details.suggestion])).toEqual([
      ['ROLLUP_UNKNOWN_TARGET', 'p1', 'jobb'],
    ]);
    expect(s.rows.some((r) => r.measure === 'a' || r.measure === 'jobbb')).toBe(false);
    expect(row(s.rows, 'total', null, 'jobb')).toMatchObject({ target: 5, plans: 1 });
  });

  it('leaves out roll-ups of another kind or unit (tkr is not kr)', () => {
    const s = withIndicators(
      [ind('a', 10, { kind: 'percent', unit: undefined, rollsUpTo: 'jobb' })],
      [ind('b', 5, { kind: 'sek', unit: 'tkr', rollsUpTo: 'investerat' })],
    );
    expect(s.findings.map((f) => f.code)).toEqual(['ROLLUP_KIND_MISMATCH', 'ROLLUP_UNIT_MISMATCH']);
    expect(s.findings[1]?.location.path).toEqual(['plans', 1, 'boxes', 0, 'indicators', 0, 'rollsUpTo']);
    expect(s.rows).toEqual([]);
    expect(s.rollups).toEqual([]);
  });

  it('warns when the plan does not serve the goal it rolls up into, and still counts it', () => {
    const doc = portfolio();
    doc.plans = [
      { ...plan('p1', 'tA', 'U1', [ind('a', 10, { unit: 'jobb', rollsUpTo: 'jobb' })]), goalLinks: [] },
    ];
    const s = synthesize(doc);
    expect(s.findings.map((f) => [f.code, f.severity, f.details.goal])).toEqual([
      ['ROLLUP_GOAL_NOT_LINKED', 'warning', 'R1'],
    ]);
    expect(row(s.rows, 'total', null, 'jobb')?.target).toBe(10);
    expect(row(s.rows, 'understrategiGoal', null, 'jobb')?.target).toBe(10);
  });
});

describe('synthesize on the examples', () => {
  it('adds up Kronoberg by hand; its employees roll up into the RUS jobs indicator', async () => {
    const s = synthesize(await loadExample('kronoberg.yaml'));
    expect(row(s.rows, 'total', null, 'antal-deltagare')).toMatchObject({ target: 40, measured: 27 });
    expect(row(s.rows, 'understrategiGoal', 'platsbundna-naringar', 'antal-turistforetag')?.target).toBe(25);
    expect(row(s.rows, 'rusGoal', 'rus-arbetstillfallen', 'antal-kampanjer')?.target).toBe(9);
    expect(s.rollups.map((r) => [r.indicator.id, r.target]).sort()).toEqual([
      ['arbetstillfallen-turism', 360],
      ['besoksnatter-lanet', 100000],
    ]);
    expect(s.findings.map((f) => `${f.code} ${f.details.indicator}`)).toEqual([
      'SYNTHESIS_NOT_SUMMABLE andel-exportmogna',
      'SYNTHESIS_NOT_SUMMABLE andel-startade-foretag',
      'SYNTHESIS_NOT_SUMMABLE andel-vill-bli-foretagare',
    ]);
  });

  it('flags a roll-up whose units differ (anställda → arbetstillfällen) and shows no number for it', async () => {
    const s = synthesize(await kronobergWithUnitMismatch());
    expect(s.findings.map((f) => `${f.code} ${f.details.indicator}`)).toContain(
      'ROLLUP_UNIT_MISMATCH anstallda-turistforetag',
    );
    expect(s.rollups.map((r) => r.indicator.id)).not.toContain('arbetstillfallen-turism');
    expect(
      s.rows.some((r) => r.measure === 'anstallda-turistforetag' || r.measure === 'arbetstillfallen-turism'),
    ).toBe(false);
  });

  it('groups two regions apart and adds them up in the total', async () => {
    const [k, g] = await Promise.all([
      loadExample('kronoberg.yaml'),
      loadExample('gotland-besoksnaring.yaml'),
    ]);
    const s = synthesize([k, g]);
    const regions = new Set(s.rows.filter((r) => r.dimension === 'region').map((r) => r.group));
    expect(regions).toEqual(new Set(['Region Kronoberg', 'Region Gotland']));
    for (const t of s.rows.filter((r) => r.dimension === 'total' && r.aggregate === 'sum')) {
      const parts = s.rows.filter((r) => r.dimension === 'region' && r.measure === t.measure);
      expect(parts.reduce((n, r) => n + (r.target ?? 0), 0)).toBe(t.target ?? 0);
    }
  });

  it('only counts the levels asked for', async () => {
    const s = synthesize(await loadExample('kronoberg.yaml'), { levels: ['prestationer'] });
    expect(new Set(s.rows.map((r) => r.level))).toEqual(new Set(['prestationer']));
    expect(s.findings).toEqual([]);
  });
});

describe('synthesize: laws', () => {
  const documents = fc
    .tuple(
      validDocument,
      fc.array(fc.constantFrom('tA', 'tB', undefined), { minLength: 4, maxLength: 4 }),
      fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }),
    )
    .map(([doc, templates, measured]) => {
      doc.templates = [
        { id: 'tA', name: 'A', track: 'spar', boxes: [] },
        { id: 'tB', name: 'B', track: 'spar', boxes: [] },
      ];
      doc.plans!.forEach((p, i) => {
        const t = templates[i];
        if (t) p.template = t;
        for (const b of p.boxes)
          for (const x of b.indicators ?? []) x.measurements = [{ period: 2024, value: measured[i]! }];
      });
      return doc;
    });

  it('the total of each measure equals the sum over the plans, and each grouping with one group per plan adds up to it', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const s = synthesize(doc);
        const target = new Map<string, number>();
        const measured = new Map<string, number>();
        for (const p of doc.plans ?? []) {
          for (const b of p.boxes) {
            for (const i of b.indicators ?? []) {
              target.set(i.id, (target.get(i.id) ?? 0) + (i.targets!.at(-1)!.value as number));
              measured.set(i.id, (measured.get(i.id) ?? 0) + (i.measurements![0]!.value as number));
            }
          }
        }
        const totals = s.rows.filter((r) => r.dimension === 'total');
        expect(new Map(totals.map((r) => [r.measure, r.target]))).toEqual(target);
        expect(new Map(totals.map((r) => [r.measure, r.measured]))).toEqual(measured);
        for (const dimension of ['region', 'template', 'track'] as const) {
          const sums = new Map<string, number>();
          for (const r of s.rows.filter((x) => x.dimension === dimension)) {
            sums.set(r.measure, (sums.get(r.measure) ?? 0) + (r.target ?? 0));
          }
          expect(sums).toEqual(target);
        }
        expect(s.findings).toEqual([]);
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});

describe('synthesize: percentages with numerator and denominator', () => {
  const share = (
    plan: string,
    measurements: Draft<Indicator>['measurements'],
    kind: 'percent' | 'index' = 'percent',
  ) =>
    ({
      id: plan,
      name: plan,
      kind: 'projekt',
      boxes: [
        {
          id: 'o',
          level: 'utfall',
          text: 'Utfall',
          indicators: [ind('andel', 50, { kind, unit: kind === 'percent' ? '%' : '', measurements })],
        },
      ],
    }) satisfies Plan;
  const doc = (plans: Plan[]): Document => ({ formatVersion: 1, plans });

  it('weighs a plan with 300 firms more than one with 3', () => {
    const s = synthesize(
      doc([
        share('liten', [{ period: 2024, value: 100, numerator: 3, denominator: 3 }]),
        share('stor', [{ period: 2024, value: 10, numerator: 30, denominator: 300 }]),
      ]),
    );
    const total = row(s.rows, 'total', null, 'andel')!;
    // (3 + 30) / (3 + 300) = 10.89 %, not the mean 55 %.
    expect(total.aggregate).toBe('ratio');
    expect(total.measured).toBeCloseTo((100 * 33) / 303, 10);
    expect(total.spread).toMatchObject({ target: { min: 50, max: 50 }, plans: ['liten', 'stor'] });
    expect(total.spread?.measured).toBeUndefined();
    expect(synthesisTable([total], 'en').rows[0]!.slice(6, 12)).toEqual([
      'weighted ratio',
      2,
      2,
      0,
      50,
      10.89,
    ]);
  });

  it('adds up values given in other units in the indicator’s unit', () => {
    const money = (id: string, measurements: Draft<Indicator>['measurements']) =>
      ({
        id,
        name: id,
        kind: 'projekt',
        boxes: [
          {
            id: 'o',
            level: 'prestationer',
            text: 'Investeringar',
            indicators: [ind('investerat', 1e7, { kind: 'sek', unit: 'kr', measurements })],
          },
        ],
      }) satisfies Plan;
    const s = synthesize(
      doc([
        money('a', [{ period: 2024, value: 9.5, unit: 'mnkr' }]),
        money('b', [{ period: 2024, value: 500, unit: 'tkr' }]),
        money('c', [{ period: 2024, value: 3, unit: 'företag' }]),
      ]),
    );
    expect(row(s.rows, 'total', null, 'investerat')).toMatchObject({
      measured: 10_000_000,
      measuredIndicators: 2,
    });
  });

  it('gives an index the plain ratio, and falls back to the range when one plan lacks the counts', () => {
    const index = synthesize(
      doc([
        share('a', [{ period: 2024, value: 0.5, numerator: 5, denominator: 10 }], 'index'),
        share('b', [{ period: 2024, value: 2, numerator: 60, denominator: 30 }], 'index'),
      ]),
    );
    expect(row(index.rows, 'total', null, 'andel')).toMatchObject({ aggregate: 'ratio', measured: 65 / 40 });
    const partial = synthesize(
      doc([
        share('a', [{ period: 2024, value: 50, numerator: 5, denominator: 10 }]),
        share('b', [{ period: 2024, value: 20 }]),
      ]),
    );
    expect(row(partial.rows, 'total', null, 'andel')).toMatchObject({
      aggregate: 'range',
      spread: { measured: { min: 20, max: 50 } },
    });
  });

  it('the weighted ratio is the share of all the counts together, between the lowest and highest plan', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .integer({ min: 1, max: 10_000 })
            .chain((den) => fc.tuple(fc.integer({ min: 0, max: den }), fc.constant(den))),
          { minLength: 1, maxLength: 30 },
        ),
        (counts) => {
          const plans = counts.map(([num, den], i) =>
            share(`p${i}`, [{ period: 2024, value: (100 * num) / den, numerator: num, denominator: den }]),
          );
          const total = row(synthesize(doc(plans)).rows, 'total', null, 'andel')!;
          let num = 0;
          let den = 0;
          let lo = Number.POSITIVE_INFINITY;
          let hi = Number.NEGATIVE_INFINITY;
          for (const [n, d] of counts) {
            num += n;
            den += d;
            lo = Math.min(lo, (100 * n) / d);
            hi = Math.max(hi, (100 * n) / d);
          }
          expect(total.aggregate).toBe('ratio');
          expect(total.measured).toBeCloseTo((100 * num) / den, 9);
          expect(total.measured!).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(total.measured!).toBeLessThanOrEqual(hi + 1e-9);
          expect(total.spread?.plans).toHaveLength(counts.length);
        },
      ),
    );
  });
});

describe('rollupMappings as a validation rule', () => {
  it('reports through validate what synthesize reports', async () => {
    const doc = await kronobergWithUnitMismatch();
    // A built-in rule: validate reports the roll-up findings without being asked.
    const report = validate(doc);
    const fromSynthesis = synthesize(doc).findings.filter((f) => f.code.startsWith('ROLLUP'));
    expect(report.findings).toEqual(fromSynthesis);
    expect(validate(doc, { disable: [rollupMappings.name] }).findings).toEqual([]);
    expect(report.findings.map((f) => f.code)).toEqual(['ROLLUP_UNIT_MISMATCH']);
  });
});

describe('a plan file read without its strategy', () => {
  it('gives no roll-up errors in validate or synthesize, and counts the indicator under its own id', async () => {
    const { strategy: _strategy, ...plansOnly } = await loadExample('kronoberg.yaml');
    const s = synthesize(plansOnly);
    expect(s.findings.filter((f) => f.code.startsWith('ROLLUP'))).toEqual([]);
    expect(s.rollups).toEqual([]);
    expect(row(s.rows, 'total', null, 'anstallda-turistforetag')?.target).toBe(360);
    expect(validate(plansOnly).findings.map((f) => f.code)).toEqual(['STRATEGY_MISSING']);
  });
});

describe('synthesize at national scale', () => {
  it('adds up 10,000 plans exactly (its speed is measured by the benchmark)', () => {
    const doc = portfolio();
    const plans = doc.plans!;
    doc.plans = Array.from({ length: 10_000 }, (_, i) => ({ ...plans[i % 3]!, id: `p${i}` }));
    const s = synthesize(doc);
    expect(row(s.rows, 'total', null, 'foretag')?.plans).toBe(10_000);
    // 3334 + 3333 + 3333 plans with targets 10, 20 and 5.
    expect(row(s.rows, 'total', null, 'foretag')?.target).toBe(3334 * 10 + 3333 * 20 + 3333 * 5);
  });
});
