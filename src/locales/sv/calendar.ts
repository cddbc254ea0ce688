import type { calendarCodes } from '../../findings/catalog/calendar.js';
import type { Details } from '../../findings/finding.js';
import type { CalendarWords, MeetingWords } from '../calendar-words.js';
import { type MessageTable, q, show } from '../message.js';

const REFERENCE: Readonly<Record<string, string>> = {
  recipient: 'mottagaren',
  plan: 'planen',
  event: 'händelsen i årshjulet',
};

const who = (d: Details) => (d.responsible ? ` (ansvarig: ${show(d.responsible)})` : '');

/** Swedish messages of the årshjul. */
export const svCalendar: MessageTable<keyof typeof calendarCodes> = {
  ARSHJUL_UNKNOWN_REFERENCE: {
    text: (d) =>
      `Årshjulet hänvisar till ${REFERENCE[String(d.kind)] ?? show(d.kind)} ${q(d.id)}, som inte finns.`,
    hint: (d) =>
      d.suggestion ? `Menade du ${q(d.suggestion)}?` : 'Rätta id:t eller lägg till det som saknas.',
  },
  ARSHJUL_NO_DATE: {
    text: (d) => `Händelsen ${q(d.event)} i årshjulet har varken dagar, datum eller en tidpunkt per plan.`,
    hint: () =>
      'Ange days (t.ex. ["04-01"]), dates (t.ex. ["2026-03-15"]) eller perPlan (t.ex. { at: end, months: 3 }).',
  },
  MEASUREMENT_DUE: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} saknar mätning för ${show(d.year)}, som skulle ha funnits med i ${q(d.eventName)} den ${show(d.due)}${who(d)}.`,
    hint: (d) => `Lägg till en mätning med period ${show(d.year)}.`,
  },
  PLAN_REPORT_DUE: {
    text: (d) =>
      `${show(d.eventName)} för planen ${q(d.plan)} skulle ha lämnats senast ${show(d.due)}${who(d)}.`,
    hint: (d) =>
      `När den är lämnad: skriv det i planens reports, t.ex. { event: ${show(d.event)}, at: ${show(d.due)} }.`,
  },
};

/** Swedish words of `effektkedja calendar` and the årshjul's iCalendar file. */
export const svCalendarWords: CalendarWords = {
  kind: {
    lagesrapport: 'Lägesrapport',
    rapport: 'Rapport',
    syntes: 'Syntes',
    aterrapportering: 'Återrapportering',
    slutrapport: 'Slutrapport',
    utvardering: 'Utvärdering',
    annat: 'Annat',
  },
  heading: (region, from, to) => `Årshjul${region ? ` för ${region}` : ''}, ${from} – ${to}`,
  to: 'till',
  responsible: 'ansvarig',
  plan: 'plan',
  measurementsDue: (year) => `mätningarna för ${year} ska finnas`,
  delivered: (at) => `lämnad ${at}`,
  nothing: (from, to) => `Inget i årshjulet mellan ${from} och ${to}.`,
  noArshjul: (region) =>
    `${region ?? 'Dokumenten'} har inget årshjul: lägg till arshjul i ett dokument (se docs/format.md).`,
  calendarName: (region) => `Årshjul${region ? ` – ${region}` : ''}`,
  written: (count, file) => `${count} ${count === 1 ? 'händelse' : 'händelser'} skrivna till ${file}.`,
};

/** Swedish words of the report for a meeting. */
export const svMeetingWords: MeetingWords = {
  title: (body, asOf) => `Underlag till ${body}, ${asOf}`,
  meeting: (date, name) => `Möte: ${date} (${name}).`,
  noMeeting: (asOf) => `Inget möte i årshjulet till och med ${asOf}.`,
  previous: (date) => `Föregående möte: ${date}; det nya räknas från dagen efter.`,
  noPrevious: 'Inget föregående möte; allt räknas som nytt.',
  next: (date, name) => `Nästa möte: ${date} (${name}).`,
  changed: 'Vad har hänt sedan förra mötet',
  nothingChanged: 'Inget nytt sedan förra mötet.',
  measured: (plan, indicator, period, value) => `${plan}: ${indicator} ${period} = ${value}`,
  changelog: (plan, at, what, why) => `${plan}, ${at}: ${what}${why ? ` (${why})` : ''}`,
  delivered: (plan, event, at) => `${plan}: ${event} lämnad ${at}`,
  status: 'Status',
  noIndicators: 'Planen har inga indikatorer.',
  due: 'Vad ska lämnas',
  missing: 'Saknas',
  nothingMissing: 'Inget saknas enligt årshjulet.',
  upcoming: (until) => `Till och med ${until}`,
  nothingUpcoming: 'Inget i årshjulet före nästa möte.',
  lessons: 'Oförutsedda resultat och lärdomar',
  noLessons: 'Inga nya oförutsedda resultat eller lärdomar sedan förra mötet.',
  noteKind: { oforutsett: 'Oförutsett', lardom: 'Lärdom' },
};
