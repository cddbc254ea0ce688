import type { calendarCodes } from '../../findings/catalog/calendar.js';
import type { Details } from '../../findings/finding.js';
import type { CalendarWords, MeetingWords } from '../calendar-words.js';
import { type MessageTable, q, show } from '../message.js';

const REFERENCE: Readonly<Record<string, string>> = {
  recipient: 'the recipient',
  plan: 'the plan',
  event: 'the årshjul duty',
};

const who = (d: Details) => (d.responsible ? ` (responsible: ${show(d.responsible)})` : '');

/** English messages of the årshjul. */
export const enCalendar: MessageTable<keyof typeof calendarCodes> = {
  ARSHJUL_UNKNOWN_REFERENCE: {
    text: (d) =>
      `The årshjul refers to ${REFERENCE[String(d.kind)] ?? show(d.kind)} ${q(d.id)}, which does not exist.`,
    hint: (d) =>
      d.suggestion ? `Did you mean ${q(d.suggestion)}?` : 'Correct the id or add what is missing.',
  },
  ARSHJUL_NO_DATE: {
    text: (d) => `The årshjul duty ${q(d.event)} has no days, no dates and no date per plan.`,
    hint: () =>
      'Give days (e.g. ["04-01"]), dates (e.g. ["2026-03-15"]) or perPlan (e.g. { at: end, months: 3 }).',
  },
  MEASUREMENT_DUE: {
    text: (d) =>
      `The indicator ${q(d.indicator)} has no measurement for ${show(d.year)}, which was due in ${q(d.eventName)} on ${show(d.due)}${who(d)}.`,
    hint: (d) => `Add a measurement for the period ${show(d.year)}.`,
  },
  PLAN_REPORT_DUE: {
    text: (d) => `${show(d.eventName)} of the plan ${q(d.plan)} was due by ${show(d.due)}${who(d)}.`,
    hint: (d) =>
      `Once it is delivered, record it in the plan's reports, e.g. { event: ${show(d.event)}, at: ${show(d.due)} }.`,
  },
};

/** English words of `effektkedja calendar` and the årshjul's iCalendar file. */
export const enCalendarWords: CalendarWords = {
  kind: {
    lagesrapport: 'Status report',
    rapport: 'Report',
    syntes: 'Synthesis',
    aterrapportering: 'Report to the government',
    slutrapport: 'Final report',
    utvardering: 'Evaluation',
    annat: 'Other',
  },
  heading: (region, from, to) =>
    `Årshjul (follow-up calendar)${region ? ` of ${region}` : ''}, ${from} – ${to}`,
  to: 'to',
  responsible: 'responsible',
  plan: 'plan',
  measurementsDue: (year) => `the measurements of ${year} are due`,
  delivered: (at) => `delivered ${at}`,
  nothing: (from, to) => `Nothing in the årshjul between ${from} and ${to}.`,
  noArshjul: (region) =>
    `${region ?? 'The documents'} have no årshjul: add arshjul to a document (see docs/format.md).`,
  calendarName: (region) => `Årshjul${region ? ` – ${region}` : ''}`,
  written: (count, file) => `${count} ${count === 1 ? 'event' : 'events'} written to ${file}.`,
};

/** English words of the report for a meeting. */
export const enMeetingWords: MeetingWords = {
  title: (body, asOf) => `Brief for ${body}, ${asOf}`,
  meeting: (date, name) => `Meeting: ${date} (${name}).`,
  noMeeting: (asOf) => `No meeting in the årshjul up to ${asOf}.`,
  previous: (date) => `Previous meeting: ${date}; what is new counts from the day after.`,
  noPrevious: 'No previous meeting; everything counts as new.',
  next: (date, name) => `Next meeting: ${date} (${name}).`,
  changed: 'What has changed since the previous meeting',
  nothingChanged: 'Nothing new since the previous meeting.',
  measured: (plan, indicator, period, value) => `${plan}: ${indicator} ${period} = ${value}`,
  changelog: (plan, at, what, why) => `${plan}, ${at}: ${what}${why ? ` (${why})` : ''}`,
  delivered: (plan, event, at) => `${plan}: ${event} delivered ${at}`,
  status: 'Status',
  noIndicators: 'The plan has no indicators.',
  due: 'What is due',
  missing: 'Missing',
  nothingMissing: 'Nothing is missing by the årshjul.',
  upcoming: (until) => `Up to ${until}`,
  nothingUpcoming: 'Nothing in the årshjul before the next meeting.',
  lessons: 'Unforeseen results and lessons',
  noLessons: 'No new unforeseen results or lessons since the previous meeting.',
  noteKind: { oforutsett: 'Unforeseen', lardom: 'Lesson' },
};
