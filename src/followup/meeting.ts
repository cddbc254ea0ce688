import { append } from '../collections/append.js';
import type { Finding, Language } from '../findings/finding.js';
import type { MeetingWords } from '../locales/calendar-words.js';
import { enMeetingWords } from '../locales/en/calendar.js';
import { svMeetingWords } from '../locales/sv/calendar.js';
import { addMonths, arshjulOccurrences, type Occurrence, periodLastDay } from '../model/calendar.js';
import type { Document } from '../model/document.js';
import type { Period } from '../model/time.js';
import { escapeHtml } from '../text/html.js';
import { escapeMarkdown } from '../text/markdown.js';
import { type DataTable, tableToHtml, tableToMarkdown } from '../text/table.js';
import { dueFindings } from '../validate/due.js';
import { planStatus } from './status.js';
import { REPORT_STYLE } from './style.js';
import { statusTable } from './tables.js';

export type { MeetingWords };

/** Options of `buildMeetingReport`. */
export interface MeetingOptions {
  /** The id of the body that meets (a recipient of the årshjul): `tillvaxtradet`. */
  readonly body: string;
  /** The date of the report: the body's meeting on or before it is the one reported on. */
  readonly asOf: Period;
  readonly lang?: Language;
  /** The words; default the library's Swedish or English ones. */
  readonly words?: MeetingWords;
}

/** The report for one meeting of a body: which meeting, the one before, and the Markdown. */
export interface MeetingReport {
  readonly body: { readonly id: string; readonly name: string };
  readonly asOf: string;
  readonly meeting?: Occurrence;
  /** The date of the body's previous meeting: what changed is counted from the day after it. */
  readonly previous?: string;
  readonly next?: Occurrence;
  /** What is due and missing as of the date (`MEASUREMENT_DUE`, `PLAN_REPORT_DUE`). */
  readonly due: readonly Finding[];
  readonly markdown: string;
  /** The same report as an HTML page in the look of the follow-up report (and A4 when printed). */
  readonly html: string;
}

/** The ids of the bodies an årshjul reports to: its recipients and any id a duty names. */
export function arshjulBodies(document: Document): string[] {
  const out = new Set<string>();
  for (const r of document.arshjul?.recipients ?? []) out.add(r.id);
  for (const e of document.arshjul?.events ?? []) for (const r of e.recipients ?? []) out.add(r);
  return [...out];
}

// A changelog time may be a date or a date and time; its day is what counts.
const dayOf = (text: string | number) =>
  typeof text === 'number'
    ? periodLastDay(text)
    : /^\d{4}-\d{2}-\d{2}/.test(text)
      ? text.slice(0, 10)
      : undefined;

/**
 * The report for a meeting of a body of the årshjul (tillväxtrådet, the
 * regionstyrelse …) as of a date: the body's meeting on or before the date
 * and the one before it; what changed in between (measurements of periods that
 * ended, change log entries, delivered reports); each plan's status as of the
 * date; what is due and missing, and what falls due before the next meeting;
 * and the plans' own words on unforeseen results and lessons written since the
 * previous meeting.
 */
export function buildMeetingReport(document: Document, options: MeetingOptions): MeetingReport {
  const language = options.lang ?? 'sv';
  const w = options.words ?? (language === 'en' ? enMeetingWords : svMeetingWords);
  const asOf = periodLastDay(options.asOf);
  const name = document.arshjul?.recipients?.find((r) => r.id === options.body)?.name ?? options.body;
  const body = { id: options.body, name };
  const { meeting, previous, next } = meetingsOf(document, options.body, asOf);
  const since = previous ?? '0000-00-00';
  const until = next?.date ?? addMonths(asOf, 3);
  const agenda: Agenda = {
    document,
    options,
    language,
    w,
    name,
    asOf,
    ...(meeting ? { meeting } : {}),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    inWindow: (day) => day !== undefined && day > since && day <= asOf,
    due: dueFindings(document, { asOf: options.asOf }),
    until,
    upcoming: arshjulOccurrences(document, { from: nextDay(asOf), to: until }),
  };
  const title = w.title(name, asOf);
  return {
    body,
    asOf,
    ...(meeting ? { meeting } : {}),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    due: agenda.due,
    markdown: renderMeeting(markdownSink(), agenda),
    html: renderMeeting(htmlSink(language, title), agenda),
  };
}

/**
 * The body's meeting on or before the day, the date of the one before it, and the next one:
 * its meetings are the region-wide dates of duties it receives (a plan's slutrapport is no meeting).
 */
function meetingsOf(
  document: Document,
  body: string,
  asOf: string,
): { meeting?: Occurrence; previous?: string; next?: Occurrence } {
  const all = arshjulOccurrences(document, { from: addMonths(asOf, -60), to: addMonths(asOf, 24) }).filter(
    (o) => o.recipients.includes(body) && o.plan === undefined,
  );
  let meeting: Occurrence | undefined;
  let next: Occurrence | undefined;
  for (const o of all) {
    if (o.date <= asOf) meeting = o;
    else if (!next) next = o;
  }
  let previous: string | undefined;
  for (const o of all) if (meeting && o.date < meeting.date) previous = o.date;
  return { ...(meeting ? { meeting } : {}), ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** What the meeting's agenda items are written from. */
interface Agenda {
  readonly document: Document;
  readonly options: MeetingOptions;
  readonly language: Language;
  readonly w: MeetingWords;
  /** The body's name. */
  readonly name: string;
  readonly asOf: string;
  readonly meeting?: Occurrence;
  readonly previous?: string;
  readonly next?: Occurrence;
  /** A day after the previous meeting and no later than the report's date. */
  readonly inWindow: (day: string | undefined) => boolean;
  readonly due: readonly Finding[];
  /** The end of the upcoming window: the next meeting, or three months on. */
  readonly until: string;
  readonly upcoming: readonly Occurrence[];
}

// One walk over the document, written out as Markdown and as HTML: the words are the same,
// only the escaping and the marks differ.
function renderMeeting(out: Sink, agenda: Agenda): string {
  const { w, meeting, previous, next } = agenda;
  const e = out.escape;
  out.heading(1, e(w.title(agenda.name, agenda.asOf)));
  out.lines([
    meeting ? w.meeting(meeting.date, e(meeting.event.name)) : w.noMeeting(agenda.asOf),
    previous ? w.previous(previous) : w.noPrevious,
    ...(next ? [w.next(next.date, e(next.event.name))] : []),
  ]);
  renderChanges(out, agenda);
  renderStatus(out, agenda);
  renderDue(out, agenda);
  renderLessons(out, agenda);
  return out.end();
}

/** What changed since the previous meeting: measurements of periods that ended, change log entries, delivered reports. */
function renderChanges(out: Sink, { document, w, inWindow }: Agenda): void {
  const e = out.escape;
  out.heading(2, w.changed);
  const changes: string[] = [];
  for (const plan of document.plans ?? []) {
    for (const box of plan.boxes) {
      for (const ind of box.indicators ?? []) {
        for (const m of ind.measurements ?? []) {
          if (!inWindow(periodLastDay(m.period))) continue;
          const value = `${m.value}${ind.unit ? ` ${ind.unit}` : ''}`;
          changes.push(w.measured(e(plan.name), e(ind.name), e(String(m.period)), e(value)));
        }
      }
    }
    for (const c of plan.changelog ?? []) {
      const day = dayOf(c.at);
      if (inWindow(day))
        changes.push(w.changelog(e(plan.name), day!, e(c.what), c.why ? e(c.why) : undefined));
    }
    for (const r of plan.reports ?? []) {
      if (!inWindow(r.at)) continue;
      const event = document.arshjul?.events.find((x) => x.id === r.event)?.name ?? r.event;
      changes.push(w.delivered(e(plan.name), e(event), r.at));
    }
  }
  out.list(changes, w.nothingChanged);
}

/** Each plan's status as of the date. */
function renderStatus(out: Sink, { document, options, language, w }: Agenda): void {
  out.heading(2, w.status);
  for (const plan of document.plans ?? []) {
    const ps = planStatus(plan, { asOf: options.asOf });
    out.heading(3, out.planName(plan.name, plan.id));
    if (ps.indicators.length) out.table(statusTable([ps], language));
    else out.lines([w.noIndicators]);
  }
}

/** What is due and missing, and what falls due before the next meeting. */
function renderDue(out: Sink, { language, w, due, until, upcoming }: Agenda): void {
  const e = out.escape;
  out.heading(2, w.due);
  out.heading(3, w.missing);
  out.list(
    due.map((f) => e(f.message[language])),
    w.nothingMissing,
  );
  out.heading(3, w.upcoming(until));
  out.list(
    upcoming.map(
      (o) =>
        `${o.date}: ${e(o.plan ? `${o.event.name}: ${o.plan.name}` : o.event.name)}${
          o.responsible ? ` (${e(o.responsible)})` : ''
        }`,
    ),
    w.nothingUpcoming,
  );
}

/** The plans' own words on unforeseen results and lessons, written since the previous meeting. */
function renderLessons(out: Sink, { document, w, inWindow }: Agenda): void {
  const e = out.escape;
  out.heading(2, w.lessons);
  const notes: string[] = [];
  for (const plan of document.plans ?? []) {
    for (const n of plan.larande?.notes ?? []) {
      if (!inWindow(dayOf(n.at))) continue;
      notes.push(`${out.strong(w.noteKind[n.kind])} (${e(plan.name)}, ${e(String(n.at))}): ${e(n.text)}`);
    }
  }
  out.list(notes, w.noLessons);
}

/** Where the report for a meeting is written: Markdown or HTML, the same blocks in each. */
interface Sink {
  /** Makes the user's text show as written. */
  readonly escape: (text: string) => string;
  readonly strong: (text: string) => string;
  /** A plan's name and id in a heading. */
  readonly planName: (name: string, id: string) => string;
  /** A heading of already escaped text. */
  heading(level: 1 | 2 | 3, text: string): void;
  /** Lines of already escaped text, one paragraph each (one paragraph in Markdown). */
  lines(lines: readonly string[]): void;
  /** A list of already escaped items, or the line saying there are none. */
  list(items: readonly string[], none: string): void;
  table(table: DataTable): void;
  end(): string;
}

function markdownSink(): Sink {
  const out: string[] = [];
  return {
    escape: escapeMarkdown,
    strong: (text) => `**${text}**`,
    planName: (name, id) => `${escapeMarkdown(name)} (${escapeMarkdown(id)})`,
    heading: (level, text) => out.push(`${'#'.repeat(level)} ${text}`, ''),
    lines(lines) {
      append(out, lines);
      out.push('');
    },
    list(items, none) {
      if (items.length === 0) out.push(none);
      else for (const item of items) out.push(`- ${item}`);
      out.push('');
    },
    table: (table) => out.push(tableToMarkdown(table), ''),
    end: () => `${out.join('\n').trimEnd()}\n`,
  };
}

// A page of its own, in the look of the follow-up report (its style sheet, A4 when printed).
function htmlSink(language: Language, title: string): Sink {
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="meeting">',
  ];
  return {
    escape: escapeHtml,
    strong: (text) => `<strong>${text}</strong>`,
    planName: (name, id) => `${escapeHtml(name)} <small>(${escapeHtml(id)})</small>`,
    heading: (level, text) => out.push(`<h${level}>${text}</h${level}>`),
    lines(lines) {
      for (const line of lines) out.push(`<p>${line}</p>`);
    },
    list(items, none) {
      if (items.length === 0) out.push(`<p>${none}</p>`);
      else out.push(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    },
    table: (table) => out.push(tableToHtml(table)),
    end: () => `${[...out, '</main>', '</body>', '</html>'].join('\n')}\n`,
  };
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
