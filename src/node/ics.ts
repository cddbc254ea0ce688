import { createEvents, type EventAttributes } from 'ics';
import type { Occurrence } from '../model/calendar.js';

/** What an iCalendar event of the årshjul says: its title and its description, in the caller's words. */
export interface IcsText {
  readonly title: (o: Occurrence) => string;
  readonly description: (o: Occurrence) => string;
}

/** Options of `arshjulIcs`. */
export interface IcsOptions {
  /** The calendar's name (X-WR-CALNAME). */
  readonly name: string;
  /** The region, part of each event's UID so calendars of two regions do not collide. */
  readonly region?: string;
  /** The time stamp of the events (DTSTAMP); default now. */
  readonly now?: Date;
}

const ymd = (day: string): [number, number, number] => day.split('-').map(Number) as [number, number, number];

function nextDay(day: string): [number, number, number] {
  const [y, m, d] = ymd(day);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

function uidPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-');
}

/**
 * The årshjul's dates as an iCalendar file (RFC 5545): one all-day event per
 * date, with a UID that stays the same when the file is written again, so a
 * calendar that imports it twice updates instead of doubling.
 */
export function arshjulIcs(occurrences: readonly Occurrence[], text: IcsText, options: IcsOptions): string {
  const now = options.now ?? new Date();
  const stamp = now.getTime();
  const region = uidPart(options.region ?? 'region');
  const events: EventAttributes[] = occurrences.map((o) => ({
    uid: `${o.date}-${uidPart(o.event.id)}${o.plan ? `-${uidPart(o.plan.id)}` : ''}@${region}.effektkedja`,
    title: text.title(o),
    description: text.description(o),
    start: ymd(o.date),
    end: nextDay(o.date),
    timestamp: stamp,
    categories: [o.kind],
  }));
  const result = createEvents(events, { productId: 'effektkedja', calName: options.name, method: 'PUBLISH' });
  if (result.error || !result.value) {
    throw new Error(
      `iCalendar: ${result.error instanceof Error ? result.error.message : String(result.error)}`,
    );
  }
  return result.value;
}
