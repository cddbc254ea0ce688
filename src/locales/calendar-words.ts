import type { Language } from '../findings/finding.js';
import { enCalendarWords } from '../locales/en/calendar.js';
import { svCalendarWords } from '../locales/sv/calendar.js';
import type { ArshjulKind } from '../model/arshjul.js';

/** The words of `effektkedja calendar` and of the årshjul's iCalendar file, in one language. */
export interface CalendarWords {
  readonly kind: Readonly<Record<ArshjulKind, string>>;
  /** The heading: the region (if any) and the window. */
  readonly heading: (region: string | undefined, from: string, to: string) => string;
  readonly to: string;
  readonly responsible: string;
  readonly plan: string;
  /** A duty with `measurements: true`: the year whose values are due. */
  readonly measurementsDue: (year: number) => string;
  /** A per-plan duty the plan has recorded as delivered. */
  readonly delivered: (at: string) => string;
  /** Nothing falls in the window. */
  readonly nothing: (from: string, to: string) => string;
  /** The documents have no årshjul. */
  readonly noArshjul: (region: string | undefined) => string;
  /** The iCalendar's name. */
  readonly calendarName: (region: string | undefined) => string;
  /** The summary line after writing the file. */
  readonly written: (count: number, file: string) => string;
}

/** The calendar words in a language. */
export function calendarWords(lang: Language): CalendarWords {
  return lang === 'en' ? enCalendarWords : svCalendarWords;
}
