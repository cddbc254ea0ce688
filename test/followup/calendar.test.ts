import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { arshjulOccurrences, type Document, dueFindings, parseDocument, validate } from '../../src/index.js';
import { addMonths, periodLastDay } from '../../src/model/calendar.js';

function gotland(): Draft<Document> {
  const parsed = parseDocument(readFileSync('examples/gotland-besoksnaring.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('does not parse');
  return parsed.value as Draft<Document>;
}

const summary = (d: Document, asOf: string) =>
  dueFindings(d, { asOf }).map(
    (f) =>
      `${f.code} ${f.location.plan} ${f.location.indicator ?? ''} ${f.details.year ?? f.details.event} ${f.details.due}`,
  );

describe('the dates of the årshjul', () => {
  it('lists Gotland’s duties of 2026 in date order, with the plan’s slutrapport and utvärdering', () => {
    const list = arshjulOccurrences(gotland(), { from: '2026-01-01', to: '2026-12-31' });
    expect(
      list.map((o) => `${o.date} ${o.event.id}${o.plan ? ` ${o.plan.id}` : ''} ${o.responsible}`),
    ).toEqual([
      '2026-01-01 lagesrapport-rs Programansvarig strateg',
      '2026-02-15 arlig-syntes Programansvarig strateg',
      '2026-02-28 aterrapportering Programansvarig strateg',
      '2026-03-31 slutrapport insatsplan-besoksnaring Insatsansvarig strateg',
      '2026-04-01 rapport-tillvaxtradet Insatsansvarig strateg',
      '2026-07-01 rapport-tillvaxtradet Insatsansvarig strateg',
      '2026-09-30 utvardering insatsplan-besoksnaring Programansvarig strateg',
      '2026-10-01 rapport-tillvaxtradet Insatsansvarig strateg',
    ]);
    expect(list[0]!.recipients).toEqual(['regionstyrelsen']);
  });

  it('keeps a window’s ends, falls 02-29 on 28 February, and gives a per-plan duty to the plan’s owner', () => {
    const d: Document = {
      formatVersion: 1,
      plans: [
        {
          id: 'a',
          name: 'A',
          kind: 'projekt',
          owner: 'Anna',
          period: { from: 2024, to: '2025-06-30' },
          boxes: [],
        },
        { id: 'b', name: 'B', kind: 'projekt', boxes: [] },
      ],
      arshjul: {
        events: [
          { id: 'skott', name: 'Skottdag', kind: 'annat', days: ['02-29'] },
          { id: 'start', name: 'Start', kind: 'annat', perPlan: { at: 'start', months: -1 } },
          { id: 'slut', name: 'Slut', kind: 'slutrapport', perPlan: { at: 'end', months: 8 } },
        ],
      },
    };
    const list = arshjulOccurrences(d, { from: '2023-12-01', to: '2026-02-28' });
    // Same-day duties keep the årshjul's order: the leap day before the slutrapport.
    expect(list.map((o) => `${o.date} ${o.event.id} ${o.responsible ?? '-'}`)).toEqual([
      '2023-12-01 start Anna',
      '2024-02-29 skott -',
      '2025-02-28 skott -',
      '2026-02-28 skott -',
      '2026-02-28 slut Anna',
    ]);
  });

  it('adds months within the month and reads a period as its last day', () => {
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2024-12-31', 2)).toBe('2025-02-28');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('2025-12-31', -12)).toBe('2024-12-31');
    expect([2026, '2026-Q1', '2026-H1', '2026-02', '2026-04-01'].map((p) => periodLastDay(p))).toEqual([
      '2026-12-31',
      '2026-03-31',
      '2026-06-30',
      '2026-02-28',
      '2026-04-01',
    ]);
  });
});

describe('what is due as of a date', () => {
  it('is nothing the day before a due date, and the missing values and reports on and after it', () => {
    const d = gotland();
    expect(summary(d, '2024-12-31')).toEqual([]);
    expect(summary(d, '2025-01-01')).toEqual([
      'MEASUREMENT_DUE insatsplan-besoksnaring deltagande-foretag 2024 2025-01-01',
      'MEASUREMENT_DUE insatsplan-besoksnaring antal-evenemang 2024 2025-01-01',
      'MEASUREMENT_DUE insatsplan-besoksnaring beviljat-stod 2024 2025-01-01',
      'MEASUREMENT_DUE insatsplan-besoksnaring andel-med-ny-produkt 2024 2025-01-01',
    ]);
    expect(summary(d, '2026-03-30').filter((s) => s.startsWith('PLAN_REPORT_DUE'))).toEqual([]);
    expect(summary(d, '2026-03-31').filter((s) => s.startsWith('PLAN_REPORT_DUE'))).toEqual([
      'PLAN_REPORT_DUE insatsplan-besoksnaring  slutrapport 2026-03-31',
    ]);
    expect(summary(d, '2026').filter((s) => s.startsWith('PLAN_REPORT_DUE'))).toHaveLength(2);
  });

  it('locates a missing measurement at its indicator, and stops asking once the value is there', () => {
    const d = gotland();
    const [first] = dueFindings(d, { asOf: '2025-01-01' });
    expect(first!.location).toEqual({
      plan: 'insatsplan-besoksnaring',
      box: 'p-foretag',
      indicator: 'deltagande-foretag',
      path: ['plans', 0, 'boxes', 4, 'indicators', 0],
    });
    expect(first!.details).toMatchObject({
      year: 2024,
      due: '2025-01-01',
      event: 'lagesrapport-rs',
      responsible: 'Programansvarig strateg',
    });
    const ind = d.plans![0]!.boxes[4]!.indicators![0]!;
    ind.measurements = [...(ind.measurements ?? []), { period: '2024-Q4', value: 20 }];
    expect(summary(d, '2025-01-01')).not.toContain(
      'MEASUREMENT_DUE insatsplan-besoksnaring deltagande-foretag 2024 2025-01-01',
    );
  });

  it('stops reporting a slutrapport once the plan records it, and only then', () => {
    const d = gotland();
    d.plans![0]!.reports = [{ event: 'slutrapport', at: '2026-03-20' }];
    expect(summary(d, '2026').filter((s) => s.startsWith('PLAN_REPORT_DUE'))).toEqual([
      'PLAN_REPORT_DUE insatsplan-besoksnaring  utvardering 2026-09-30',
    ]);
  });

  it('comes from validate only with an as-of date, and can be turned off by code', () => {
    const d = gotland();
    expect(validate(d).findings).toEqual([]);
    expect(validate(d, { asOf: 2026 }).findings.map((f) => f.code)).toContain('MEASUREMENT_DUE');
    expect(validate(d, { asOf: 2026, disable: ['MEASUREMENT_DUE', 'PLAN_REPORT_DUE'] }).findings).toEqual([]);
  });

  it('never takes a due finding away when the as-of date moves forward', () => {
    const d = gotland();
    const day = fc
      .integer({ min: 0, max: 365 * 6 })
      .map((n) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const later = new Set(summary(d, late));
        for (const s of summary(d, early)) expect(later.has(s), `${s} as of ${late}`).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the references of the årshjul', () => {
  it('reports unknown recipients, plans and reported duties, and a duty without a date', () => {
    const parsed = parseDocument(`formatVersion: 1
plans:
  - { id: mat, name: Mat, kind: insatsplan, boxes: [], reports: [{ event: slutrapprt, at: 2026-01-10 }] }
arshjul:
  recipients: [{ id: regionstyrelsen, name: Regionstyrelsen }]
  events:
    - { id: slutrapport, name: Slutrapport, kind: slutrapport, recipients: [regionstyrelse], plans: [matt], perPlan: { at: end } }
    - { id: syntes, name: Syntes, kind: syntes }
`);
    if (!parsed.ok) throw new Error('does not parse');
    const found = validate(parsed.value).findings.map((f) => [
      f.code,
      f.location.path,
      f.details.suggestion ?? null,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['ARSHJUL_UNKNOWN_REFERENCE', ['arshjul', 'events', 0, 'recipients', 0], 'regionstyrelsen'],
        ['ARSHJUL_UNKNOWN_REFERENCE', ['arshjul', 'events', 0, 'plans', 0], 'mat'],
        ['ARSHJUL_UNKNOWN_REFERENCE', ['plans', 0, 'reports', 0, 'event'], 'slutrapport'],
        ['ARSHJUL_NO_DATE', ['arshjul', 'events', 1], null],
      ]),
    );
  });
});
