import { describe, expect, it } from 'vitest';
import { followupRows, today } from '../../playground/src/library.js';
import { buildReport } from '../../src/index.js';
import { loadExample } from './support.js';

// The playground's follow-up table comes from the library's status, judged at the same date as the report.
describe('the playground follow-up table', () => {
  it('shows what the report shows for the same follow-up date', async () => {
    const doc = await loadExample('kronoberg.yaml');
    const rows = followupRows(doc, '2026');
    const report = buildReport(doc, { asOf: 2026 });
    const fromReport = report.status.plans.flatMap((p) =>
      p.indicators.map((i) => [p.plan.id, i.indicator.id, i.status]),
    );
    expect(rows.map((r) => [r.plan, r.indicator, r.status])).toEqual(fromReport);
    expect(rows.find((r) => r.indicator === 'antal-deltagare')?.status).toBe('missed');
  });

  it('judges at today without a date', async () => {
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const doc = await loadExample('kronoberg.yaml');
    // Today is long past Sydostleden's target year 2021.
    expect(followupRows(doc).find((r) => r.indicator === 'antal-deltagare')?.status).toBe('missed');
  });
});
