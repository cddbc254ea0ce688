import { z } from 'zod';
import type { DeepReadonly } from './readonly.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True if `text` is a real calendar date in the form YYYY-MM-DD (2019-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A year such as 2024. */
export const Year = z.int().min(1900).max(2200);
/** A year such as 2024. */
export type Year = DeepReadonly<z.infer<typeof Year>>;

/** A year (2024) or a calendar date ("2024-06-30"). */
export const YearOrDate = z.union([Year, z.string().refine(isCalendarDate, { error: 'date' })]);
/** A year (2024) or a calendar date ("2024-06-30"). */
export type YearOrDate = DeepReadonly<z.infer<typeof YearOrDate>>;

/** A span of time: a plan's period, a strategy's horizon. Both ends are inclusive. */
export const Span = z.looseObject({
  from: YearOrDate,
  to: YearOrDate,
});
/** A span of time; both ends inclusive. */
export type Span = DeepReadonly<z.infer<typeof Span>>;

const PERIOD = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/;

/** True for a follow-up period: "2024", "2024-Q1", "2024-H2", "2024-03" or a date. */
export function isPeriod(text: string): boolean {
  if (isCalendarDate(text)) return true;
  const m = PERIOD.exec(text);
  if (!m) return false;
  const month = m[2];
  if (month && /^\d{2}$/.test(month)) return Number(month) >= 1 && Number(month) <= 12;
  return true;
}

/** A follow-up period: a year (2024), a quarter ("2024-Q1"), a half ("2024-H2"), a month or a date. */
export const Period = z.union([Year, z.string().refine(isPeriod, { error: 'period' })]);
/** A follow-up period. */
export type Period = DeepReadonly<z.infer<typeof Period>>;

/** First day of a year or date, as a comparable number of days since 1970. */
export function startDay(value: YearOrDate): number {
  return typeof value === 'number' ? Date.UTC(value, 0, 1) / 86_400_000 : Date.parse(value) / 86_400_000;
}

/** Last day of a year or date, as a comparable number of days since 1970. */
export function endDay(value: YearOrDate): number {
  return typeof value === 'number' ? Date.UTC(value, 11, 31) / 86_400_000 : Date.parse(value) / 86_400_000;
}

/** The year a year-or-date falls in. */
export function yearOf(value: YearOrDate | Period): number {
  return typeof value === 'number' ? value : Number(value.slice(0, 4));
}
