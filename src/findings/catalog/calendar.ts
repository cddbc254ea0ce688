import type { Severity } from '../severity.js';

/** Codes of findings from the årshjul (the follow-up calendar) and their default severities. */
export const calendarCodes = {
  // Checked whenever a document has an årshjul
  ARSHJUL_UNKNOWN_REFERENCE: 'error',
  ARSHJUL_NO_DATE: 'warning',
  // Checked as of a follow-up date
  MEASUREMENT_DUE: 'warning',
  PLAN_REPORT_DUE: 'warning',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries (see docs: the typed map). */
export interface CalendarDetails {
  readonly ARSHJUL_UNKNOWN_REFERENCE: {
    readonly id: string;
    readonly kind: 'recipient' | 'plan' | 'event';
    readonly suggestion?: string;
  };
  readonly ARSHJUL_NO_DATE: {
    readonly event: string;
  };
  readonly MEASUREMENT_DUE: {
    readonly due: string;
    readonly event: string;
    readonly eventName: string;
    readonly indicator: string;
    readonly plan: string;
    readonly responsible?: string;
    readonly year: number;
  };
  readonly PLAN_REPORT_DUE: {
    readonly due: string;
    readonly event: string;
    readonly eventName: string;
    readonly kind:
      | 'lagesrapport'
      | 'rapport'
      | 'syntes'
      | 'aterrapportering'
      | 'slutrapport'
      | 'utvardering'
      | 'annat';
    readonly periodEnd: string | null;
    readonly plan: string;
    readonly responsible?: string;
  };
}
