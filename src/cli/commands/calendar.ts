import type { Language } from '../../findings/finding.js';
import { formatFindings } from '../../findings/format.js';
import type { CalendarWords } from '../../locales/calendar-words.js';
import { calendarWords } from '../../locales/words.js';
import { addMonths, arshjulOccurrences, isoDay, type Occurrence } from '../../model/calendar.js';
import type { Document } from '../../model/document.js';
import { isCalendarDate } from '../../model/time.js';
import { loadRegionSets } from '../../node/files.js';
import { arshjulIcs } from '../../node/ics.js';
import { type CliIo, EXIT, UsageError } from '../io.js';
import { parseJobs, parseLanguage } from '../options.js';
import { checkOutputFile, endingOf, writeOutput } from '../output.js';
import { readOptions, startWorkProgress } from '../progress.js';

/** Options of `effektkedja calendar`. */
export interface CalendarCommandOptions {
  readonly from?: string;
  readonly to?: string;
  readonly lang?: string;
  readonly jobs?: string;
  readonly output?: string;
}

function parseDay(name: string, value: string): string {
  if (!isCalendarDate(value)) throw new UsageError((w) => w.date(name, '2026-04-01', value));
  return value;
}

/** The window: `--from` (default today) to `--to` (default a year later, less a day). */
export function calendarWindow(
  options: CalendarCommandOptions,
  today: Date = new Date(),
): { from: string; to: string } {
  const from = options.from === undefined ? isoDay(today) : parseDay('--from', options.from);
  const to = options.to === undefined ? previousDay(addMonths(from, 12)) : parseDay('--to', options.to);
  if (to < from) throw new UsageError((w) => w.toBeforeFrom(to, from));
  return { from, to };
}

function previousDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(new Date(Date.UTC(y, m - 1, d - 1)));
}

function recipientNames(document: Document, o: Occurrence): string[] {
  const names = new Map((document.arshjul?.recipients ?? []).map((r) => [r.id, r.name]));
  return o.recipients.map((id) => names.get(id) ?? id);
}

function delivered(o: Occurrence): string | undefined {
  return o.plan?.reports?.find((r) => r.event === o.event.id)?.at;
}

/** The title of an occurrence: the duty's name, and for a per-plan duty the plan's name. */
function title(o: Occurrence): string {
  return o.plan ? `${o.event.name}: ${o.plan.name}` : o.event.name;
}

/** The details of an occurrence, as parts of one line. */
function details(document: Document, o: Occurrence, w: CalendarWords): string[] {
  const parts: string[] = [w.kind[o.kind]];
  const to = recipientNames(document, o);
  if (to.length) parts.push(`${w.to}: ${to.join(', ')}`);
  if (o.responsible) parts.push(`${w.responsible}: ${o.responsible}`);
  if (o.plan) parts.push(`${w.plan}: ${o.plan.id}`);
  if (o.event.measurements && !o.plan) parts.push(w.measurementsDue(Number(o.date.slice(0, 4)) - 1));
  const at = delivered(o);
  if (at) parts.push(w.delivered(at));
  return parts;
}

/** The årshjul of a window as text: one entry per date, what is due, to whom, and who is responsible. */
export function calendarText(
  document: Document,
  occurrences: readonly Occurrence[],
  window: { from: string; to: string },
  lang: Language,
): string {
  const w = calendarWords(lang);
  const out = [w.heading(document.region, window.from, window.to), ''];
  if (occurrences.length === 0) out.push(w.nothing(window.from, window.to));
  for (const o of occurrences) {
    out.push(`${o.date}  ${title(o)}`);
    out.push(`            ${details(document, o, w).join(' · ')}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * `effektkedja calendar <paths…>`: what each region's årshjul has due in a window,
 * by whom and for whom, as text, and with `-o file.ics` as an iCalendar file.
 */
export async function calendarCommand(
  paths: readonly string[],
  options: CalendarCommandOptions,
  io: CliIo,
): Promise<number> {
  const lang = parseLanguage(options.lang);
  const window = calendarWindow(options);
  const out = options.output;
  if (out !== undefined && out !== '-' && endingOf(out) !== 'ics')
    throw new UsageError((w) => w.ending('calendar', out));
  await checkOutputFile(out);
  const progress = startWorkProgress(io, lang);
  const loaded = await loadRegionSets(paths, readOptions(io, parseJobs(options.jobs), progress)).finally(
    progress.done,
  );
  if (loaded.files.length === 0) throw new UsageError((w) => w.noDocumentsIn(paths));
  if (loaded.findings.length) io.stderr(`${formatFindings(loaded.findings, { language: lang })}\n`);
  if (loaded.sets.length === 0) return EXIT.usage;
  const withWheel = loaded.sets.filter(({ set }) => set.document.arshjul !== undefined);
  const w = calendarWords(lang);
  for (const { set } of loaded.sets)
    if (!set.document.arshjul) io.stderr(`effektkedja: ${w.noArshjul(set.document.region)}\n`);
  if (withWheel.length === 0) return EXIT.usage;
  if (withWheel.length > 1 && out !== undefined)
    throw new UsageError((w) => w.manyRegions('calendar', withWheel.length, 'ics'));

  for (const { set } of withWheel) {
    const document = set.document;
    const occurrences = arshjulOccurrences(document, window);
    if (out === undefined) {
      io.stdout(calendarText(document, occurrences, window, lang));
      continue;
    }
    const ics = arshjulIcs(
      occurrences,
      {
        title: (o) => title(o),
        description: (o) => details(document, o, w).join('\n'),
      },
      {
        name: w.calendarName(document.region),
        ...(document.region !== undefined ? { region: document.region } : {}),
      },
    );
    if (out === '-') io.stdout(ics);
    else {
      await writeOutput(io, out, ics);
      io.stderr(`effektkedja: ${w.written(occurrences.length, out)}\n`);
    }
  }
  const errors = loaded.findings.some((f) => f.severity === 'error');
  return errors ? EXIT.findings : EXIT.ok;
}
