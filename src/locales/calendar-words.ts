import type { ArshjulKind, LarandeNoteKind } from '../model/arshjul.js';

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

/** The words of the report for a meeting, in one language. */
export interface MeetingWords {
  readonly title: (body: string, asOf: string) => string;
  readonly meeting: (date: string, name: string) => string;
  readonly noMeeting: (asOf: string) => string;
  readonly previous: (date: string) => string;
  readonly noPrevious: string;
  readonly next: (date: string, name: string) => string;
  readonly changed: string;
  readonly nothingChanged: string;
  readonly measured: (plan: string, indicator: string, period: string, value: string) => string;
  readonly changelog: (plan: string, at: string, what: string, why: string | undefined) => string;
  readonly delivered: (plan: string, event: string, at: string) => string;
  readonly status: string;
  readonly noIndicators: string;
  readonly due: string;
  readonly missing: string;
  readonly nothingMissing: string;
  readonly upcoming: (until: string) => string;
  readonly nothingUpcoming: string;
  readonly lessons: string;
  readonly noLessons: string;
  readonly noteKind: Readonly<Record<LarandeNoteKind, string>>;
}
