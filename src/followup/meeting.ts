import { append } from '../collections/append.js';
import type { Finding, Language } from '../findings/finding.js';
import type { MeetingWords } from '../locales/calendar-words.js';
import { enMeetingWords } from '../locales/en/calendar.js';
import { svMeetingWords } from '../locales/sv/calendar.js';
import { addMonths, arshjulOccurrences, type Occurrence, periodLastDay } from '../model/calendar.js';
import type { Document } from '../model/document.js';
import type { Period } from '../model/time.js';
import { escapeMarkdown } from '../text/markdown.js';
import { tableToMarkdown } from '../text/table.js';
import { dueFindings } from '../validate/due.js';
import { planStatus } from './status.js';
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
  // The body's meetings: the region-wide dates of duties it receives (a plan's slutrapport is no meeting).
  const all = arshjulOccurrences(document, { from: addMonths(asOf, -60), to: addMonths(asOf, 24) }).filter(
    (o) => o.recipients.includes(options.body) && o.plan === undefined,
  );
  let meeting: Occurrence | undefined;
  let next: Occurrence | undefined;
  for (const o of all) {
    if (o.date <= asOf) meeting = o;
    else if (!next) next = o;
  }
  let previous: string | undefined;
  for (const o of all) if (meeting && o.date < meeting.date) previous = o.date;
  const since = previous ?? '0000-00-00';
  const inWindow = (day: string | undefined) => day !== undefined && day > since && day <= asOf;
  const e = escapeMarkdown;

  const out: string[] = [`# ${e(w.title(name, asOf))}`, ''];
  out.push(meeting ? w.meeting(meeting.date, e(meeting.event.name)) : w.noMeeting(asOf));
  out.push(previous ? w.previous(previous) : w.noPrevious);
  if (next) out.push(w.next(next.date, e(next.event.name)));
  out.push('');

  out.push(`## ${w.changed}`, '');
  const changes: string[] = [];
  for (const plan of document.plans ?? []) {
    for (const box of plan.boxes) {
      for (const ind of box.indicators ?? []) {
        for (const m of ind.measurements ?? []) {
          if (!inWindow(periodLastDay(m.period))) continue;
          const value = `${m.value}${ind.unit ? ` ${ind.unit}` : ''}`;
          changes.push(`- ${w.measured(e(plan.name), e(ind.name), e(String(m.period)), e(value))}`);
        }
      }
    }
    for (const c of plan.changelog ?? []) {
      const day = dayOf(c.at);
      if (inWindow(day))
        changes.push(`- ${w.changelog(e(plan.name), day!, e(c.what), c.why ? e(c.why) : undefined)}`);
    }
    for (const r of plan.reports ?? []) {
      if (!inWindow(r.at)) continue;
      const event = document.arshjul?.events.find((x) => x.id === r.event)?.name ?? r.event;
      changes.push(`- ${w.delivered(e(plan.name), e(event), r.at)}`);
    }
  }
  listOr(out, changes, w.nothingChanged);

  out.push(`## ${w.status}`, '');
  for (const plan of document.plans ?? []) {
    const ps = planStatus(plan, { asOf: options.asOf });
    out.push(`### ${e(plan.name)} (${e(plan.id)})`, '');
    out.push(ps.indicators.length ? tableToMarkdown(statusTable([ps], language)) : w.noIndicators, '');
  }

  out.push(`## ${w.due}`, '', `### ${w.missing}`, '');
  const due = dueFindings(document, { asOf: options.asOf });
  listOr(
    out,
    due.map((f) => `- ${e(f.message[language])}`),
    w.nothingMissing,
  );
  const until = next?.date ?? addMonths(asOf, 3);
  out.push(`### ${w.upcoming(until)}`, '');
  const upcoming = arshjulOccurrences(document, { from: nextDay(asOf), to: until });
  listOr(
    out,
    upcoming.map(
      (o) =>
        `- ${o.date}: ${e(o.plan ? `${o.event.name}: ${o.plan.name}` : o.event.name)}${
          o.responsible ? ` (${e(o.responsible)})` : ''
        }`,
    ),
    w.nothingUpcoming,
  );

  out.push(`## ${w.lessons}`, '');
  const notes: string[] = [];
  for (const plan of document.plans ?? []) {
    for (const n of plan.larande?.notes ?? []) {
      if (!inWindow(dayOf(n.at))) continue;
      notes.push(`- **${w.noteKind[n.kind]}** (${e(plan.name)}, ${e(String(n.at))}): ${e(n.text)}`);
    }
  }
  listOr(out, notes, w.noLessons);
  return {
    body,
    asOf,
    ...(meeting ? { meeting } : {}),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    due,
    markdown: `${out.join('\n').trimEnd()}\n`,
  };
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

// A section's lines, or the line that says there are none; then a blank line.
function listOr(out: string[], lines: readonly string[], none: string): void {
  if (lines.length === 0) out.push(none);
  else append(out, lines);
  out.push('');
}
