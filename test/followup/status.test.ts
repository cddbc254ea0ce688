import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentStatus, indicatorStatus, periodEnd, unitFactor } from '../../src/followup/index.js';
import type { Indicator } from '../../src/index.js';
import { loadExample } from './support.js';

const up = (measurements: [string | number, number][], extra: Partial<Indicator> = {}): Indicator => ({
  id: 'i',
  name: 'Antal företag',
  kind: 'count',
  baseline: { value: 0, year: 2020 },
  targets: [{ value: 30, year: 2023 }],
  measurements: measurements.map(([period, value]) => ({ period, value })),
  ...extra,
});

const statuses = (i: Indicator) => indicatorStatus(i).periods.map((p) => p.status);

describe('periodEnd', () => {
  it('places years, halves, quarters, months and dates at their end', () => {
    expect(periodEnd(2024)).toBe(2024);
    expect(periodEnd('2024')).toBe(2024);
    expect(periodEnd('2024-Q1')).toBe(2023.25);
    expect(periodEnd('2024-Q4')).toBe(2024);
    expect(periodEnd('2024-H1')).toBe(2023.5);
    expect(periodEnd('2024-06')).toBe(2023.5);
    expect(periodEnd('2023-12-31')).toBe(2023);
    expect(periodEnd('nonsense')).toBeUndefined();
  });
});

describe('indicatorStatus, higher is better', () => {
  it('is on track exactly on the straight line and behind just under it', () => {
    // 0 in 2020 → 30 in 2023: the line passes 10 at the end of 2021.
    const s = indicatorStatus(up([[2021, 10]]));
    expect(s.direction).toBe('up');
    expect(s.latest).toMatchObject({ status: 'on-track', expected: 10, due: false });
    expect(statuses(up([[2021, 9.99]]))).toEqual(['behind']);
  });

  it('counts a value on the line up to rounding as on track', () => {
    const i = up([[2021, 10 / 3]], { targets: [{ value: 10, year: 2023 }] });
    expect(indicatorStatus(i).status).toBe('on-track');
  });

  it('interpolates within a year for quarters', () => {
    // The baseline sits at the end of 2020; the end of 2021-Q2 is half a year later: 0.5 of 3 years → 5.
    const s = indicatorStatus(up([['2021-Q2', 5]]));
    expect(s.latest?.expected).toBe(5);
    expect(s.status).toBe('on-track');
  });

  it('is reached when the target is met early, at the target year, or later', () => {
    expect(statuses(up([[2021, 30]]))).toEqual(['reached']);
    expect(statuses(up([[2023, 30]]))).toEqual(['reached']);
    expect(statuses(up([[2025, 31]]))).toEqual(['reached']);
  });

  it('is missed at and after the target year when the target is not met, however close', () => {
    const s = indicatorStatus(
      up([
        [2023, 29.9],
        [2024, 29],
      ]),
    );
    expect(s.periods.map((p) => [p.status, p.due])).toEqual([
      ['missed', true],
      ['missed', true],
    ]);
    expect(s.latest?.expected).toBe(30);
    expect(s).toMatchObject({ status: 'missed', due: true, expected: 30 });
    expect(s.unmeasured).toBeUndefined();
  });

  it('judges each period against the next target and the path from the previous one', () => {
    const i = up(
      [
        [2021, 10],
        [2022, 20],
        [2022.0, 19],
      ],
      {
        targets: [
          { value: 50, year: 2025 },
          { value: 10, year: 2021 },
        ],
      },
    );
    const s = indicatorStatus(i);
    // 2021 meets the 2021 target; 2022 is on the line 10 → 50 over 2021–2025 (20), then 19 under it.
    expect(s.periods.map((p) => [p.status, p.target?.year, p.expected])).toEqual([
      ['reached', 2021, 10],
      ['on-track', 2025, 20],
      ['behind', 2025, 20],
    ]);
    expect(s.status).toBe('behind');
  });

  it('treats a target equal to the baseline as "keep at least this"', () => {
    const i = up([[2021, 5]], { baseline: { value: 5, year: 2020 }, targets: [{ value: 5, year: 2023 }] });
    expect(indicatorStatus(i)).toMatchObject({ direction: 'up', status: 'reached' });
    expect(statuses({ ...i, measurements: [{ period: 2021, value: 4 }] })).toEqual(['behind']);
  });
});

describe('indicatorStatus, lower is better', () => {
  const down = (measurements: [number, number][]) =>
    up(measurements, { baseline: { value: 100, year: 2020 }, targets: [{ value: 70, year: 2023 }] });

  it('takes the direction from the target lying below the baseline', () => {
    expect(indicatorStatus(down([[2021, 90]])).direction).toBe('down');
  });

  it('is on track on or under the line, behind above it, reached at or under the target, missed after it', () => {
    expect(statuses(down([[2021, 90]]))).toEqual(['on-track']);
    expect(statuses(down([[2021, 85]]))).toEqual(['on-track']);
    expect(statuses(down([[2021, 91]]))).toEqual(['behind']);
    expect(statuses(down([[2022, 70]]))).toEqual(['reached']);
    expect(statuses(down([[2024, 65]]))).toEqual(['reached']);
    expect(statuses(down([[2024, 71]]))).toEqual(['missed']);
  });
});

describe('indicatorStatus without something to judge', () => {
  it('is not started for values from before the baseline year', () => {
    expect(statuses(up([[2019, 50]]))).toEqual(['not-started']);
  });

  it('is not started when nothing is measured and the follow-up date is not past the baseline year', () => {
    expect(indicatorStatus(up([]), { asOf: 2020 }).status).toBe('not-started');
    expect(indicatorStatus(up([]), { asOf: 2021 })).toMatchObject({
      status: 'no-data',
      reason: 'no-measurements',
    });
    expect(indicatorStatus(up([]))).toMatchObject({ status: 'no-data', reason: 'no-measurements' });
  });

  it('ignores measurements after the follow-up date', () => {
    const s = indicatorStatus(
      up([
        [2021, 10],
        [2022, 0],
      ]),
      { asOf: '2021-12-31' },
    );
    expect(s.periods).toHaveLength(1);
    expect(s.status).toBe('on-track');
  });

  it('says why there is no status', () => {
    const { baseline: _b, ...noBaseline } = up([[2021, 10]]);
    expect(indicatorStatus(noBaseline)).toMatchObject({ status: 'no-data', reason: 'no-baseline' });
    expect(indicatorStatus(up([[2021, 10]], { targets: [] }))).toMatchObject({ reason: 'no-target' });
    expect(indicatorStatus(up([[2021, 10]], { kind: 'text' }))).toMatchObject({ reason: 'not-numeric' });
    const textValue = { ...up([]), measurements: [{ period: 2021, value: 'många' }] };
    expect(indicatorStatus(textValue)).toMatchObject({ status: 'no-data', reason: 'not-numeric' });
  });
});

describe('indicatorStatus at the follow-up date', () => {
  // 0 in 2020 → 30 in 2023; 12 measured at the end of 2021 (on the line there: 10).
  const i = up([[2021, 12]]);

  it('reads the path at the follow-up date, not at the last measurement', () => {
    expect(indicatorStatus(i)).toMatchObject({ status: 'on-track', at: 2021, expected: 10 });
    // At the end of 2022 the line is at 20: the 2021 value no longer keeps pace.
    expect(indicatorStatus(i, { asOf: 2022 })).toMatchObject({ status: 'behind', at: 2022, expected: 20 });
    // A quarter later the line is at 12.5, already above the value.
    expect(indicatorStatus(i, { asOf: '2022-Q1' })).toMatchObject({ status: 'behind', expected: 12.5 });
    expect(indicatorStatus(i, { asOf: '2021-12-31' })).toMatchObject({ status: 'on-track', expected: 10 });
  });

  it('is missed, and says nothing was measured for the target year, once the target year has come', () => {
    for (const asOf of [2023, '2023-12-31', 2030] as const) {
      const s = indicatorStatus(i, { asOf });
      expect(s).toMatchObject({ status: 'missed', unmeasured: true, due: true, expected: 30 });
      expect(s.target?.year).toBe(2023);
      expect(s.latest?.period).toBe(2021);
    }
    expect(indicatorStatus(i, { asOf: '2023-11' }).status).toBe('behind');
  });

  it('is reached when an older value already meets a target that has since come due', () => {
    expect(indicatorStatus(up([[2021, 31]]), { asOf: 2030 })).toMatchObject({ status: 'reached' });
  });

  it('is missed for an intermediate target that came due after the last value, even on the way to the next', () => {
    const two = up([[2021, 4]], {
      targets: [
        { value: 5, year: 2022 },
        { value: 3, year: 2025 },
      ],
    });
    // At 2023 the path 5 → 3 expects 4.33 and the value would meet the last target: still missed.
    expect(indicatorStatus(two, { asOf: 2023 })).toMatchObject({ status: 'missed', unmeasured: true });
    expect(indicatorStatus(two, { asOf: 2023 }).target?.year).toBe(2022);
  });

  it('never turns missed into something better by moving the follow-up date forward without a new measurement', () => {
    const better: Record<string, number> = { missed: 0, behind: 1, 'on-track': 2, reached: 3 };
    const asOfArb = fc.integer({ min: 2015 * 4, max: 2035 * 4 }).map((q) => {
      const year = Math.floor(q / 4);
      return q % 4 === 0 ? year : `${year + 1}-Q${q % 4}`;
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2030 }),
        fc.integer({ min: -100, max: 100 }),
        fc.array(
          fc.record({
            year: fc.integer({ min: 2010, max: 2035 }),
            value: fc.integer({ min: -100, max: 100 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.array(fc.tuple(fc.integer({ min: 2010, max: 2035 }), fc.integer({ min: -100, max: 100 })), {
          maxLength: 4,
        }),
        asOfArb,
        asOfArb,
        (year, value, targets, measurements, x, y) => {
          const indicator = up(measurements, { baseline: { value, year }, targets });
          const [a, b] = periodEnd(x)! <= periodEnd(y)! ? [x, y] : [y, x];
          const newer = measurements.some(([p]) => p > periodEnd(a)! && p <= periodEnd(b)!);
          const sa = indicatorStatus(indicator, { asOf: a }).status;
          const sb = indicatorStatus(indicator, { asOf: b }).status;
          if (sa === 'missed' && !newer) expect(better[sb] ?? -1, `${a} → ${b}: ${sb}`).toBe(0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('documentStatus on Kronoberg', () => {
  it('judges at the latest measured period without a follow-up date, and says so', async () => {
    const s = documentStatus(await loadExample('kronoberg.yaml'));
    expect(s).toMatchObject({ asOf: 2020, asOfSource: 'latest-measurement' });
  });

  it("finds Sydostleden's participants missed as of 2026: 40 by 2021, 27 measured in 2020", async () => {
    const s = documentStatus(await loadExample('kronoberg.yaml'), { asOf: 2026 });
    expect(s).toMatchObject({ asOf: 2026, asOfSource: 'given' });
    const syd = s.plans.find((p) => p.plan.id === 'sydostleden')!;
    const deltagare = syd.indicators.find((i) => i.indicator.id === 'antal-deltagare')!;
    expect(deltagare).toMatchObject({ status: 'missed', unmeasured: true, expected: 40, due: true });
    expect(syd.counts.missed).toBe(1);
    expect(syd.counts['on-track']).toBe(0);
    // Half-way through 2021 the line is at 30: 27 is behind it.
    const mid = documentStatus(await loadExample('kronoberg.yaml'), { asOf: '2021-06' });
    const m = mid.plans
      .find((p) => p.plan.id === 'sydostleden')!
      .indicators.find((i) => i.indicator.id === 'antal-deltagare')!;
    expect(m).toMatchObject({ status: 'behind', expected: 30 });
  });

  it('finds Sydostleden on track with its participants and the rest without data', async () => {
    const s = documentStatus(await loadExample('kronoberg.yaml'));
    const syd = s.plans.find((p) => p.plan.id === 'sydostleden')!;
    expect(syd.counts).toEqual({
      reached: 0,
      'on-track': 1,
      behind: 0,
      missed: 0,
      'no-data': 3,
      'not-started': 0,
    });
    const deltagare = syd.indicators.find((i) => i.indicator.id === 'antal-deltagare')!;
    // 0 → 40 over 2019–2021: 20 expected at the end of 2020, 27 measured.
    expect(deltagare.periods.map((p) => [p.period, p.status, p.expected])).toEqual([
      [2019, 'on-track', 0],
      [2020, 'on-track', 20],
    ]);
    expect(s.goals.map((g) => g.goal)).toContain('platsbundna-naringar');
    expect(s.counts['no-data']).toBe(s.plans.reduce((n, p) => n + p.counts['no-data'], 0));
  });
});

describe('measurements with a unit of their own', () => {
  const money = (measurements: Indicator['measurements'], unit = 'kr'): Indicator => ({
    id: 'investerat',
    name: 'Gjorda investeringar (kronor)',
    kind: 'sek',
    unit,
    baseline: { value: 0, year: 2024 },
    targets: [{ value: 24_000_000, year: 2026 }],
    ...(measurements ? { measurements } : {}),
  });

  it('converts mnkr into the indicator’s kr before judging', () => {
    const s = indicatorStatus(money([{ period: 2025, value: 9.5, unit: 'mnkr' }]));
    expect(s.latest?.value).toBe(9_500_000);
    // The line 0 → 24 000 000 over 2024–2026 is at 12 000 000 at the end of 2025.
    expect(s).toMatchObject({ status: 'behind', expected: 12_000_000 });
    expect(indicatorStatus(money([{ period: 2025, value: 24_000, unit: 'tkr' }])).status).toBe('reached');
    const inMnkr = {
      ...money([{ period: 2025, value: 24_000_000, unit: 'SEK' }], 'mkr'),
      targets: [{ value: 24, year: 2026 }],
    };
    expect(indicatorStatus(inMnkr)).toMatchObject({ status: 'reached', latest: { value: 24 } });
  });

  it('leaves out a value whose unit does not convert, and validate says so', async () => {
    const { validate } = await import('../../src/index.js');
    const indicator = money([{ period: 2025, value: 12, unit: 'företag' }]);
    expect(indicatorStatus(indicator, { asOf: 2025 })).toMatchObject({
      status: 'no-data',
      reason: 'no-measurements',
    });
    const doc = {
      formatVersion: 1 as const,
      plans: [
        {
          id: 'p',
          name: 'P',
          kind: 'projekt' as const,
          boxes: [
            { id: 'b', level: 'prestationer' as const, text: 'Investeringar', indicators: [indicator] },
          ],
        },
      ],
    };
    const found = validate(doc).findings.filter((f) => f.code === 'MEASUREMENT_UNIT_MISMATCH');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'error',
      location: { plan: 'p', path: ['plans', 0, 'boxes', 0, 'indicators', 0, 'measurements', 0, 'unit'] },
      details: { indicator: 'investerat', field: 'measurements[0]', unit: 'företag', indicatorUnit: 'kr' },
    });
  });

  it('follows the unit table', () => {
    expect(unitFactor('mdkr', 'tkr', 'sek')).toBe(1e6);
    expect(unitFactor('kr', undefined, 'sek')).toBe(1);
    expect(unitFactor('tkr', undefined, 'sek')).toBe(1000);
    expect(unitFactor('st', 'företag', 'count')).toBe(1);
    expect(unitFactor('personer', 'st', 'count')).toBe(1);
    expect(unitFactor('personer', 'företag', 'count')).toBeUndefined();
    expect(unitFactor('procentenheter', '%', 'percent')).toBeUndefined();
    expect(unitFactor('procent', undefined, 'percent')).toBe(1);
    expect(unitFactor('kr', 'st', 'count')).toBeUndefined();
    expect(unitFactor('st', undefined, 'index')).toBeUndefined();
  });
});
