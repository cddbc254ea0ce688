import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, type Maturity, maturity } from '../../src/followup/index.js';
import type { Document, Indicator, Plan } from '../../src/index.js';
import { editable } from '../support/mutate.js';
import { loadExample } from './support.js';

// A plan with `n` indicators on one box; `fill` decides what each indicator has.
function plan(
  id: string,
  n: number,
  fill: (i: number) => Partial<Indicator>,
  extra: Partial<Plan> = {},
): Plan {
  const indicators: Indicator[] = [];
  for (let i = 0; i < n; i++)
    indicators.push({ id: `${id}-i${i}`, name: `Indikator ${i}`, kind: 'count', ...fill(i) });
  return {
    id,
    name: `Plan ${id}`,
    kind: 'projekt',
    boxes: [{ id: `${id}-b`, level: 'prestationer', text: 'Kurser', indicators }],
    ...extra,
  };
}

const full = (i: number): Partial<Indicator> => ({
  baseline: { value: 0, year: 2022 },
  targets: [{ value: 10, year: 2026 }],
  measurements: [{ period: 2024, value: 4 }],
  ...(i === 0 ? { rollsUpTo: 'rus-i' } : {}),
});
const revised = {
  changelog: [{ at: '2024-03-01', what: 'Nytt mål', why: 'Mätningen 2023 visade att målet var för lågt' }],
};
const strategy = {
  rus: {
    id: 'rus',
    name: 'RUS',
    goals: [
      {
        id: 'g1',
        text: 'Fler jobb',
        indicators: [{ id: 'rus-i', name: 'Jobb', kind: 'count' }],
      },
    ],
  },
} satisfies Document['strategy'];

const doc = (plans: Plan[], withStrategy = true): Document => ({
  formatVersion: 1,
  region: 'Region Test',
  ...(withStrategy ? { strategy } : {}),
  plans,
});

// Scored with no template findings: the template criterion then counts plans that name one.
const score = (d: Document, asOf: number | string = 2024): Maturity => maturity(d, { asOf, findings: [] });

const met = (m: Maturity) => Object.fromEntries(m.criteria.map((c) => [c.id, [c.count, c.total, c.met]]));

describe('maturity', () => {
  it('stays at stage 1 with no plans, and says what stage 2 needs', () => {
    const m = score(doc([]));
    expect(m.stage).toBe(1);
    expect(m.next.map((c) => c.id)).toEqual(['templates']);
    expect(m.criteria.find((c) => c.id === 'templates')).toMatchObject({ count: 0, total: 0, met: false });
  });

  it('reaches each stage 1–5 as the facts are added', () => {
    const tpl = { template: 'insatsspar' };
    // 1: no template.
    expect(score(doc([plan('a', 5, () => ({}))])).stage).toBe(1);
    // 2: template, but no baselines.
    expect(score(doc([plan('a', 5, () => ({}), tpl)])).stage).toBe(2);
    // 3: baselines and targets, nothing measured.
    const set = () => ({ baseline: { value: 0, year: 2022 }, targets: [{ value: 10, year: 2026 }] });
    expect(score(doc([plan('a', 5, set, tpl)])).stage).toBe(3);
    // 4: measured on time and revised with a reason, but nothing rolls up.
    const m4 = score(
      doc([plan('a', 5, (i) => ({ ...full(i), rollsUpTo: undefined }), { ...tpl, ...revised })]),
    );
    expect(m4.stage).toBe(4);
    expect(m4.next.map((c) => c.id)).toEqual(['rollups']);
    // 5: every strategy indicator receives a plan's contribution.
    const m5 = score(doc([plan('a', 5, full, { ...tpl, ...revised })]));
    expect(m5.stage).toBe(5);
    expect(m5.next).toEqual([]);
  });

  it('keeps a region without baselines low, whatever else it does', () => {
    const m = score(
      doc([
        plan('a', 5, (i) => ({ ...full(i), baseline: undefined }), { template: 'insatsspar', ...revised }),
      ]),
    );
    expect(m.stage).toBe(2);
    expect(met(m).baselines).toEqual([0, 5, false]);
    expect(met(m).measured).toEqual([5, 5, true]);
    expect(m.next.map((c) => c.id)).toEqual(['baselines']);
  });

  it('needs 80 %: 4 of 5 baselines is enough, 3 of 5 is not', () => {
    const base = (k: number) => (i: number) => ({
      ...(i < k ? { baseline: { value: 0, year: 2022 } } : {}),
      targets: [{ value: 1, year: 2026 }],
    });
    expect(met(score(doc([plan('a', 5, base(4), { template: 't' })]))).baselines).toEqual([4, 5, true]);
    expect(met(score(doc([plan('a', 5, base(3), { template: 't' })]))).baselines).toEqual([3, 5, false]);
  });

  it('counts a measurement on time only in the year of asOf or the one before, and not after asOf', () => {
    const at = (period: number | string) => () => ({ measurements: [{ period, value: 1 }] });
    const measured = (period: number | string, asOf: number | string) =>
      met(maturity(doc([plan('a', 1, at(period))]), { asOf, findings: [] })).measured;
    expect(measured(2023, 2024)).toEqual([1, 1, true]);
    expect(measured(2022, 2024)).toEqual([0, 1, false]);
    expect(measured('2024-Q3', '2024-Q2')).toEqual([0, 1, false]);
    expect(measured('2024-Q1', '2024-Q2')).toEqual([1, 1, true]);
  });

  it('leaves out plans not begun by asOf from the measurement count', () => {
    const m = score(
      doc([plan('a', 2, () => ({})), plan('b', 3, () => ({}), { period: { from: 2027, to: 2029 } })]),
    );
    expect(met(m).measured).toEqual([0, 2, false]);
    expect(met(m).baselines).toEqual([0, 5, false]);
  });

  it('does not count a changelog entry without a reason as a revision with reasons', () => {
    const m = score(
      doc([plan('a', 1, () => ({}), { changelog: [{ at: '2024-01-01', what: 'Ändrat mål' }] })]),
    );
    expect(met(m).revisions).toEqual([0, 1, false]);
  });

  it('does not count a plan whose template the validation finds unknown', () => {
    const d = doc([plan('a', 1, () => ({}), { template: 'ingen-sadan-mall' })]);
    const m = maturity(d, { asOf: 2024 });
    expect(met(m).templates).toEqual([0, 1, false]);
    expect(met(maturity(d, { asOf: 2024, findings: [] })).templates).toEqual([1, 1, true]);
  });

  it('never lowers the stage when a baseline, target or measurement is added (fixed asOf)', () => {
    const indicator: fc.Arbitrary<Partial<Indicator>> = fc.record(
      {
        baseline: fc.constant({ value: 0, year: 2022 }),
        targets: fc.constant([{ value: 10, year: 2026 }]),
        measurements: fc.array(
          fc.record({ period: fc.integer({ min: 2018, max: 2027 }), value: fc.integer({ min: 0, max: 50 }) }),
          { maxLength: 2 },
        ),
        rollsUpTo: fc.constant('rus-i'),
      },
      { requiredKeys: [] },
    );
    const planArb = fc.record({
      n: fc.array(indicator, { minLength: 1, maxLength: 4 }),
      template: fc.boolean(),
      revised: fc.boolean(),
      from: fc.option(fc.integer({ min: 2018, max: 2027 }), { nil: undefined }),
    });
    const addition = fc.oneof(
      fc.constant({ baseline: { value: 1, year: 2021 } }),
      fc.constant({ targets: [{ value: 5, year: 2025 }] }),
      fc.record({ period: fc.integer({ min: 2018, max: 2027 }), value: fc.integer({ min: 0, max: 50 }) }),
    );
    fc.assert(
      fc.property(
        fc.array(planArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 2019, max: 2027 }),
        fc.nat(),
        addition,
        (plans, asOf, pick, add) => {
          const d = doc(
            plans.map((p, k) =>
              plan(`p${k}`, p.n.length, (i) => editable(p.n[i] ?? {}), {
                ...(p.template ? { template: 'insatsspar' } : {}),
                ...(p.revised ? revised : {}),
                ...(p.from !== undefined ? { period: { from: p.from, to: p.from + 3 } } : {}),
              }),
            ),
          );
          const before = maturity(d, { asOf, findings: [] });
          const after = editable(d);
          const all = (after.plans ?? []).flatMap((p) => p.boxes.flatMap((b) => b.indicators ?? []));
          const target = all[pick % all.length]!;
          if ('period' in add) target.measurements = [...(target.measurements ?? []), add];
          else if ('baseline' in add) target.baseline ??= add.baseline;
          else target.targets = [...(target.targets ?? []), ...add.targets];
          const later = maturity(after, { asOf, findings: [] });
          expect(later.stage).toBeGreaterThanOrEqual(before.stage);
          for (const [i, c] of later.criteria.entries())
            expect(c.count).toBeGreaterThanOrEqual(before.criteria[i]?.count ?? 0);
        },
      ),
    );
  });
});

describe('the maturity section of the portfolio report', () => {
  it('shows the stage, the criteria and the next step for Kronoberg, in Swedish and English, Markdown and HTML', async () => {
    const kronoberg = await loadExample('kronoberg.yaml');
    const sv = buildReport(kronoberg, { asOf: 2026 });
    expect(sv.maturity.stage).toBe(1);
    const md = sv.markdown;
    const section = md.slice(md.indexOf('### Mognad i arbetet med effektkedjor'));
    expect(md.indexOf('### Mognad i arbetet med effektkedjor')).toBeGreaterThan(md.indexOf('### Syntes'));
    expect(md.indexOf('### Mognad i arbetet med effektkedjor')).toBeLessThan(md.indexOf('## Täckning'));
    expect(section).toContain('Regionen är på steg 1 av 5: Från det okända.');
    expect(section).toContain(
      'Till steg 2 (Det repeterbara) behövs: mallar följs (0 av 2 planer följer en mall (0 %)).',
    );
    expect(section).toContain(
      '| 3 Tillfredsställande prestation | Utgångsvärden finns | 9 av 9 indikatorer har utgångsvärde \\(100 %\\) | ja |',
    );
    expect(sv.html).toContain('<h3>Mognad i arbetet med effektkedjor</h3>');
    expect(sv.html).toContain('<p>Regionen är på steg 1 av 5: Från det okända.');
    const en = buildReport(kronoberg, { asOf: 2026, lang: 'en' });
    expect(en.markdown).toContain('### Maturity in working with results chains');
    expect(en.markdown).toContain(
      'Stage 2 (The repeatable) needs: templates followed (0 of 2 plans follow a template (0 %)).',
    );
    expect(en.html).toContain('<h3>Maturity in working with results chains</h3>');
  });
});
