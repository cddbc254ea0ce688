import { describe, expect, it } from 'vitest';
import { documentStatus, indicatorStatus, periodEnd } from '../../src/followup/index.js';
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

  it('is behind at and after the target year when the target is not met, however close', () => {
    const s = indicatorStatus(
      up([
        [2023, 29.9],
        [2024, 29],
      ]),
    );
    expect(s.periods.map((p) => [p.status, p.due])).toEqual([
      ['behind', true],
      ['behind', true],
    ]);
    expect(s.latest?.expected).toBe(30);
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

  it('is on track on or under the line, behind above it, reached at or under the target', () => {
    expect(statuses(down([[2021, 90]]))).toEqual(['on-track']);
    expect(statuses(down([[2021, 85]]))).toEqual(['on-track']);
    expect(statuses(down([[2021, 91]]))).toEqual(['behind']);
    expect(statuses(down([[2022, 70]]))).toEqual(['reached']);
    expect(statuses(down([[2024, 65]]))).toEqual(['reached']);
    expect(statuses(down([[2024, 71]]))).toEqual(['behind']);
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

describe('documentStatus on Kronoberg', () => {
  it('finds Sydostleden on track with its participants and the rest without data', async () => {
    const s = documentStatus(await loadExample('kronoberg.yaml'));
    const syd = s.plans.find((p) => p.plan.id === 'sydostleden')!;
    expect(syd.counts).toEqual({ reached: 0, 'on-track': 1, behind: 0, 'no-data': 3, 'not-started': 0 });
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
