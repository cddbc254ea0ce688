import type { Severity } from '../finding.js';

/** Codes of findings from the årshjul (the follow-up calendar) and their default severities. */
export const calendarCodes = {
  // Checked whenever a document has an årshjul
  ARSHJUL_UNKNOWN_REFERENCE: 'error',
  ARSHJUL_NO_DATE: 'warning',
  // Checked as of a follow-up date
  MEASUREMENT_DUE: 'warning',
  PLAN_REPORT_DUE: 'warning',
} as const satisfies Record<string, Severity>;
