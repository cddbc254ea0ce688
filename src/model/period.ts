import type { Period } from './time.js';

const PARTS = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(\d{2})(?:-(\d{2}))?))?$/;

/**
 * Where a follow-up period ends, on a scale of years: a year `Y` ends at `Y`,
 * "Y-Q1" at `Y - 0.75`, "Y-H1" at `Y - 0.5`, month m at `Y - 1 + m/12`, a date at
 * its share of the year. Baselines and targets name years, so they sit at `Y`:
 * a value "for 2024" is the value at the end of 2024. Undefined for text that is
 * not a period (the schema rejects it; this never throws).
 */
export function periodEnd(period: Period): number | undefined {
  if (typeof period === 'number') return Number.isFinite(period) ? period : undefined;
  const m = PARTS.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return year - 1 + Number(m[2]) / 4;
  if (m[3]) return year - 1 + Number(m[3]) / 2;
  if (m[4] && m[5]) {
    const start = Date.UTC(year, 0, 1);
    const day = Date.UTC(year, Number(m[4]) - 1, Number(m[5]));
    const length = Date.UTC(year + 1, 0, 1) - start;
    return year - 1 + (day - start + 86_400_000) / length;
  }
  if (m[4]) return year - 1 + Number(m[4]) / 12;
  return year;
}
