import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULES,
  type Document,
  FOLLOW_UP_WINDOW,
  type Indicator,
  type Level,
  timelineRule,
  validate,
} from '../../src/index.js';
import { ratioMismatch } from '../../src/validate/rules/timeline.js';
import { findingData } from '../support/findings.js';
import { loadExample } from './support.js';

const CODES = new Set([
  'MEASUREMENT_BEFORE_BASELINE',
  'TARGET_BEFORE_BASELINE',
  'MEASUREMENT_OUTSIDE_FOLLOWUP',
  'MEASUREMENT_RATIO_MISMATCH',
]);

function plan(
  indicator: Partial<Indicator>,
  level: Level = 'prestationer',
  period = { from: 2024, to: 2026 },
): Document {
  return {
    formatVersion: 1,
    plans: [
      {
        id: 'p',
        name: 'Rådgivning',
        kind: 'projekt',
        period,
        boxes: [
          {
            id: 'b',
            level,
            text: 'Företag får rådgivning',
            indicators: [{ id: 'i', name: 'Antal deltagande företag', kind: 'count', ...indicator }],
          },
        ],
      },
    ],
  } as Document;
}

const timelineFindings = (doc: Document, options = {}) =>
  validate(doc, options).findings.filter((f) => CODES.has(f.code));

describe('values in time', () => {
  it('reports a measurement before the baseline year, at its period', () => {
    const doc = plan({
      baseline: { value: 0, year: 2024 },
      targets: [{ value: 30, year: 2026 }],
      measurements: [
        { period: '2023-Q4', value: 3 },
        { period: 2024, value: 5 },
      ],
    });
    const found = timelineFindings(doc);
    expect(found.map((f) => [f.code, f.severity, f.location.path, f.details])).toEqual([
      [
        'MEASUREMENT_BEFORE_BASELINE',
        'warning',
        ['plans', 0, 'boxes', 0, 'indicators', 0, 'measurements', 0, 'period'],
        { indicator: 'i', field: 'measurements[0]', period: '2023-Q4', baselineYear: 2024 },
      ],
    ]);
    expect(found[0]!.location).toMatchObject({ plan: 'p', box: 'b', indicator: 'i' });
  });

  it('reports a target before the baseline year as an error, and not one in the baseline year', () => {
    const doc = plan({
      baseline: { value: 0, year: 2024 },
      targets: [
        { value: 10, year: 2023 },
        { value: 0, year: 2024 },
      ],
    });
    const found = timelineFindings(doc);
    expect(found.map((f) => [f.code, f.severity, f.location.path, f.details])).toEqual([
      [
        'TARGET_BEFORE_BASELINE',
        'error',
        ['plans', 0, 'boxes', 0, 'indicators', 0, 'targets', 0, 'year'],
        { indicator: 'i', field: 'targets[0]', year: 2023, baselineYear: 2024 },
      ],
    ]);
  });

  it('allows measurements from the year before the start to the end plus the level window', () => {
    for (const [level, years] of Object.entries(FOLLOW_UP_WINDOW) as [Level, number][]) {
      const inside = plan(
        {
          measurements: [
            { period: 2023, value: 0 },
            { period: 2026 + years, value: 1 },
          ],
        },
        level,
      );
      expect(timelineFindings(inside), level).toEqual([]);
      const outside = plan(
        {
          measurements: [
            { period: 2022, value: 0 },
            { period: `${2027 + years}-Q1`, value: 1 },
          ],
        },
        level,
      );
      expect(
        timelineFindings(outside).map((f) => [
          f.details.side,
          f.details.firstYear,
          f.details.lastYear,
          f.details.window,
        ]),
        level,
      ).toEqual([
        ['before', 2023, 2026 + years, years],
        ['after', 2023, 2026 + years, years],
      ]);
    }
  });

  it('starts the window at an earlier baseline year, and reports before-baseline once', () => {
    const doc = plan({
      baseline: { value: 0, year: 2020 },
      targets: [{ value: 30, year: 2026 }],
      measurements: [
        { period: 2019, value: 0 },
        { period: 2021, value: 4 },
      ],
    });
    expect(timelineFindings(doc).map((f) => [f.code, f.details.field])).toEqual([
      ['MEASUREMENT_BEFORE_BASELINE', 'measurements[0]'],
    ]);
  });

  it('reads plan periods given as dates by their years', () => {
    const doc = plan({ measurements: [{ period: '2028-01', value: 1 }] }, 'utfall', {
      from: '2024-03-01',
      to: '2026-08-31',
    } as never);
    expect(timelineFindings(doc).map((f) => [f.details.from, f.details.to, f.details.lastYear])).toEqual([
      [2024, 2026, 2027],
    ]);
  });

  it('takes another window from timelineRule, levels not given keep the default', () => {
    const doc = plan({ measurements: [{ period: 2033, value: 1 }] }, 'kortsiktiga');
    expect(timelineFindings(doc).map((f) => f.details.lastYear)).toEqual([2031]);
    const longer = {
      builtInRules: BUILT_IN_RULES.map((r) =>
        r.name === 'timeline' ? timelineRule({ window: { kortsiktiga: 7 } }) : r,
      ),
    };
    expect(timelineFindings(doc, longer)).toEqual([]);
    const outputs = plan({ measurements: [{ period: 2028, value: 1 }] });
    expect(timelineFindings(outputs, longer).map((f) => f.details.window)).toEqual([1]);
  });

  it('checks no window for strategy goals or plans without a period', () => {
    const doc = plan({ measurements: [{ period: 2040, value: 1 }] });
    delete (doc.plans![0] as { period?: unknown }).period;
    expect(timelineFindings(doc)).toEqual([]);
  });

  it('finds nothing in the bundled examples', async () => {
    for (const name of ['kronoberg.yaml', 'gotland-besoksnaring.yaml', 'forsta-timmen.yaml']) {
      expect(timelineFindings(await loadExample(name)), name).toEqual([]);
    }
  });

  it('gives the window and the years its words name, as details', () => {
    const doc = plan({ measurements: [{ period: 2031, value: 1 }] });
    const [f] = timelineFindings(doc);
    expect(findingData(f!)).toEqual({
      code: 'MEASUREMENT_OUTSIDE_FOLLOWUP',
      details: {
        field: 'measurements[0]',
        firstYear: 2023,
        from: 2024,
        indicator: 'i',
        lastYear: 2027,
        level: 'prestationer',
        period: 2031,
        side: 'after',
        to: 2026,
        window: 1,
      },
      location: {
        box: 'b',
        indicator: 'i',
        path: ['plans', 0, 'boxes', 0, 'indicators', 0, 'measurements', 0, 'period'],
        plan: 'p',
      },
      severity: 'warning',
    });
  });
});

describe('a measured value against its numerator and denominator', () => {
  const share = (
    value: number,
    numerator: number,
    denominator: number,
    kind: 'percent' | 'index' = 'percent',
  ) => plan({ kind, measurements: [{ period: 2025, value, numerator, denominator }] }, 'utfall');

  it('reports a percent that is not 100 × n / d, at the value', () => {
    const [f, ...rest] = timelineFindings(share(40, 12, 40));
    expect(rest).toEqual([]);
    expect(f!.code).toBe('MEASUREMENT_RATIO_MISMATCH');
    expect(f!.location.path).toEqual(['plans', 0, 'boxes', 0, 'indicators', 0, 'measurements', 0, 'value']);
    expect(f!.details).toEqual({
      indicator: 'i',
      field: 'measurements[0]',
      kind: 'percent',
      value: 40,
      numerator: 12,
      denominator: 40,
      expected: 30,
    });
  });

  it('accepts a value rounded to the decimals it is written with', () => {
    expect(timelineFindings(share(33, 1, 3))).toEqual([]);
    expect(timelineFindings(share(33.3, 1, 3))).toEqual([]);
    expect(timelineFindings(share(33.33, 1, 3))).toEqual([]);
    expect(timelineFindings(share(34, 1, 3)).map((f) => f.details.expected)).toEqual([33.333333]);
    expect(timelineFindings(share(33.4, 1, 3))).toHaveLength(1);
    expect(timelineFindings(share(1.5, 3, 2, 'index'))).toEqual([]);
    expect(timelineFindings(share(150, 3, 2, 'index'))).toHaveLength(1);
  });

  it('leaves counts and halves of a pair alone', () => {
    expect(ratioMismatch('count', 40, 12, 40)).toBeUndefined();
    expect(ratioMismatch('percent', 40, 12, undefined)).toBeUndefined();
    expect(ratioMismatch('percent', 'fyrtio', 12, 40)).toBeUndefined();
  });

  it('never reports the ratio rounded to any number of decimals, and reports one a unit of the last decimal off', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('percent', 'index'),
        (n, d, decimals, kind) => {
          const exact = ((kind === 'percent' ? 100 : 1) * n) / d;
          const rounded = Number(exact.toFixed(decimals));
          expect(ratioMismatch(kind, rounded, n, d)).toBeUndefined();
          const off = Number((rounded + 10 ** -decimals).toFixed(decimals));
          // 0.9999 + 0.0001 is written 1, a value rounded to no decimals: judged by what is written.
          const written = String(off).split('.')[1]?.length ?? 0;
          if (Math.abs(off - exact) > 0.5 * 10 ** -written + 1e-9 * Math.max(1, exact))
            expect(ratioMismatch(kind, off, n, d)).toBeDefined();
        },
      ),
    );
  });
});
