import { z } from 'zod';
import { Id, Text } from './ids.js';
import type { DeepReadonly } from './readonly.js';
import { isCalendarDate, YearOrDate } from './time.js';

const DAY = /^(\d{2})-(\d{2})$/;

/** True for a day of the year as "MM-DD" ("04-01", "02-29"; not "02-30"). */
export function isDayOfYear(text: string): boolean {
  const m = DAY.exec(text);
  // A leap year, so that 02-29 is a day; in other years it falls on 02-28.
  return m !== null && isCalendarDate(`2024-${m[1]}-${m[2]}`);
}

/** A day that comes back every year, as "MM-DD": "04-01" is the 1st of April. */
export const DayOfYear = z.string().refine(isDayOfYear, { error: 'day' });
/** A day that comes back every year, as "MM-DD". */
export type DayOfYear = DeepReadonly<z.infer<typeof DayOfYear>>;

/** A calendar date "YYYY-MM-DD". */
export const CalendarDate = z.string().refine(isCalendarDate, { error: 'calendar-date' });
/** A calendar date "YYYY-MM-DD". */
export type CalendarDate = DeepReadonly<z.infer<typeof CalendarDate>>;

/**
 * What happens at a point of the årshjul: a lägesrapport, a report to a body
 * (tillväxtrådet), the annual synthesis, the återrapportering to the government,
 * a plan's slutrapport or utvärdering, or something else.
 */
export const ArshjulKind = z.enum([
  'lagesrapport',
  'rapport',
  'syntes',
  'aterrapportering',
  'slutrapport',
  'utvardering',
  'annat',
]);
/** What happens at a point of the årshjul. */
export type ArshjulKind = DeepReadonly<z.infer<typeof ArshjulKind>>;

/** A body that receives reports: regionstyrelsen, tillväxtrådet, regionfullmäktige, regeringskansliet. */
export const Recipient = z.looseObject({ id: Id, name: Text });
/** A body that receives reports. */
export type Recipient = DeepReadonly<z.infer<typeof Recipient>>;

/** A date tied to each plan's period: `months` after (or, negative, before) its start or end. */
export const PlanAnchor = z.looseObject({
  at: z.enum(['start', 'end']),
  months: z.int().min(-120).max(120).optional(),
});
/** A date tied to each plan's period. */
export type PlanAnchor = DeepReadonly<z.infer<typeof PlanAnchor>>;

/**
 * One recurring duty of the årshjul. It falls on `days` every year, on single
 * `dates`, or once per plan (`perPlan`, tied to the plan's period).
 */
export const ArshjulEvent = z.looseObject({
  id: Id,
  name: Text,
  kind: ArshjulKind,
  /** The bodies that receive it (ids of `arshjul.recipients`). */
  recipients: z.array(Id).optional(),
  /** Who is responsible: "programansvarig strateg", "insatsansvarig strateg"; a per-plan duty defaults to the plan's owner. */
  responsible: Text.optional(),
  /** Days that come back every year, "MM-DD". */
  days: z.array(DayOfYear).optional(),
  /** Single dates, "YYYY-MM-DD". */
  dates: z.array(CalendarDate).optional(),
  /** Once per plan, tied to the plan's period. */
  perPlan: PlanAnchor.optional(),
  /** Only these plans (default: every plan). */
  plans: z.array(Id).optional(),
  /** True when the plans' measurements of the year before must be in by each date. */
  measurements: z.boolean().optional(),
  description: Text.optional(),
});
/** One recurring duty of the årshjul. */
export type ArshjulEvent = DeepReadonly<z.infer<typeof ArshjulEvent>>;

/** A region's follow-up calendar (årshjul): who reports what to whom, and when. */
export const Arshjul = z.looseObject({
  recipients: z.array(Recipient).optional(),
  events: z.array(ArshjulEvent),
});
/** A region's follow-up calendar. */
export type Arshjul = DeepReadonly<z.infer<typeof Arshjul>>;

/** A plan's report that has been delivered: which årshjul duty, and when. */
export const DeliveredReport = z.looseObject({
  event: Id,
  at: CalendarDate,
  note: Text.optional(),
});
/** A plan's delivered report. */
export type DeliveredReport = DeepReadonly<z.infer<typeof DeliveredReport>>;

/** What a plan's own words in its lärande section are about: something unforeseen, or a lesson. */
export const LarandeNoteKind = z.enum(['oforutsett', 'lardom']);
/** What a lärande note is about. */
export type LarandeNoteKind = DeepReadonly<z.infer<typeof LarandeNoteKind>>;

/** A plan's own words on an unforeseen result or a lesson learnt, dated. */
export const LarandeNote = z.looseObject({
  at: YearOrDate,
  kind: LarandeNoteKind,
  text: Text,
  by: Text.optional(),
});
/** A plan's own words on an unforeseen result or a lesson. */
export type LarandeNote = DeepReadonly<z.infer<typeof LarandeNote>>;

/**
 * A plan's lärande section: the three parts of a lärandeplan (uppföljning och
 * utvärdering, återkoppling, omvärldsbevakning och analys) and its notes.
 */
export const Larande = z.looseObject({
  /** Uppföljning och utvärdering: how the plan is followed up and evaluated. */
  uppfoljning: Text.optional(),
  /** Återkoppling: how results are fed back into planning and decisions. */
  aterkoppling: Text.optional(),
  /** Omvärldsbevakning och analys: what is watched outside the plan. */
  omvarldsbevakning: Text.optional(),
  /** Unforeseen results and lessons, in the plan's own words. */
  notes: z.array(LarandeNote).optional(),
});
/** A plan's lärande section. */
export type Larande = DeepReadonly<z.infer<typeof Larande>>;
