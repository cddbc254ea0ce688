import type { ArshjulEvent, ArshjulKind } from '../model/arshjul.js';
import type { Document } from '../model/document.js';
import type { Plan } from '../model/plan.js';
import type { Period, YearOrDate } from '../model/time.js';

/** One date of the årshjul: a duty that falls on a day, for the region or for one plan. */
export interface Occurrence {
  /** The day, YYYY-MM-DD. */
  readonly date: string;
  readonly event: ArshjulEvent;
  readonly kind: ArshjulKind;
  /** For a per-plan duty: the plan it is for. */
  readonly plan?: Plan;
  /** Who is responsible: the duty's `responsible`, or for a per-plan duty the plan's owner. */
  readonly responsible?: string;
  /** The recipients' ids. */
  readonly recipients: readonly string[];
  /** The index of the duty in `arshjul.events`. */
  readonly eventIndex: number;
  /** The index of the plan in `plans`, for a per-plan duty. */
  readonly planIndex?: number;
}

/** A window of days, both ends inclusive, as YYYY-MM-DD. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A UTC date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The day `months` months after `day` (YYYY-MM-DD), kept within its month: 31 Dec + 2 months is 28/29 Feb. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return isoDay(first);
}

/** The first day of a year or date, as YYYY-MM-DD. */
export function firstDay(value: YearOrDate): string {
  return typeof value === 'number' ? `${pad(value, 4)}-01-01` : value;
}

/** The last day of a year or date, as YYYY-MM-DD. */
export function lastDay(value: YearOrDate): string {
  return typeof value === 'number' ? `${pad(value, 4)}-12-31` : value;
}

const PERIOD = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(\d{2})(?:-(\d{2}))?))?$/;

/**
 * The last day of a follow-up period, as YYYY-MM-DD: 2026 → 2026-12-31,
 * 2026-Q1 → 2026-03-31, 2026-H1 → 2026-06-30, 2026-04 → 2026-04-30, a date → itself.
 * This is the day an `asOf` period stands for in the årshjul.
 */
export function periodLastDay(period: Period): string {
  if (typeof period === 'number') return lastDay(period);
  const m = PERIOD.exec(period);
  if (!m) return period;
  const y = Number(m[1]);
  const monthEnd = (month: number) => isoDay(new Date(Date.UTC(y, month, 0)));
  if (m[2]) return monthEnd(Number(m[2]) * 3);
  if (m[3]) return monthEnd(Number(m[3]) * 6);
  if (m[4] && m[5]) return period;
  if (m[4]) return monthEnd(Number(m[4]));
  return lastDay(y);
}

/** The day a recurring "MM-DD" falls on in a year: 02-29 is 28 February outside leap years. */
export function dayInYear(day: string, year: number): string {
  const md = day === '02-29' && !isLeap(year) ? '02-28' : day;
  return `${pad(year, 4)}-${md}`;
}

function plansOf(document: Document, event: ArshjulEvent): { plan: Plan; index: number }[] {
  const only = event.plans ? new Set(event.plans) : undefined;
  const out: { plan: Plan; index: number }[] = [];
  (document.plans ?? []).forEach((plan, index) => {
    if (!only || only.has(plan.id)) out.push({ plan, index });
  });
  return out;
}

/** The day a per-plan duty falls on for a plan, or undefined for a plan without a period. */
export function planDutyDay(event: ArshjulEvent, plan: Plan): string | undefined {
  if (!event.perPlan || !plan.period) return undefined;
  const anchor = event.perPlan.at === 'start' ? firstDay(plan.period.from) : lastDay(plan.period.to);
  return addMonths(anchor, event.perPlan.months ?? 0);
}

/**
 * Every date of the region's årshjul within a window, in date order (duties of
 * one day in the order the årshjul lists them, per-plan duties in plan order).
 */
export function arshjulOccurrences(document: Document, window: DateWindow): Occurrence[] {
  const out: Occurrence[] = [];
  const events = document.arshjul?.events ?? [];
  const fromYear = Number(window.from.slice(0, 4));
  const toYear = Number(window.to.slice(0, 4));
  const inside = (day: string) => day >= window.from && day <= window.to;
  events.forEach((event, eventIndex) => {
    const base = {
      event,
      kind: event.kind,
      recipients: event.recipients ?? [],
      eventIndex,
      ...(event.responsible !== undefined ? { responsible: event.responsible } : {}),
    };
    for (const day of event.days ?? []) {
      for (let y = fromYear; y <= toYear; y++) {
        const date = dayInYear(day, y);
        if (inside(date)) out.push({ ...base, date });
      }
    }
    for (const date of event.dates ?? []) if (inside(date)) out.push({ ...base, date });
    if (event.perPlan) {
      for (const { plan, index } of plansOf(document, event)) {
        const date = planDutyDay(event, plan);
        if (date === undefined || !inside(date)) continue;
        const responsible = event.responsible ?? plan.owner;
        out.push({
          ...base,
          date,
          plan,
          planIndex: index,
          ...(responsible !== undefined ? { responsible } : {}),
        });
      }
    }
  });
  // A stable sort: same-day duties keep the årshjul's order.
  return out
    .map((o, i) => ({ o, i }))
    .sort((a, b) => (a.o.date < b.o.date ? -1 : a.o.date > b.o.date ? 1 : a.i - b.i))
    .map(({ o }) => o);
}

/** The plans an event concerns (its `plans`, or all). */
export function eventPlans(document: Document, event: ArshjulEvent): { plan: Plan; index: number }[] {
  return plansOf(document, event);
}
