import type { Severity } from '../finding.js';

/** Codes of findings from the templates module and their default severities. */
export const templatesCodes = {
  // The templates themselves
  TEMPLATE_INVALID: 'error',
  TEMPLATE_DUPLICATE_ID: 'error',
  TEMPLATE_OPTION_INVALID: 'error',
  // A plan against its declared template
  TEMPLATE_UNKNOWN: 'error',
  TEMPLATE_LEVEL_MISSING: 'warning',
  TEMPLATE_INDICATOR_MISSING: 'warning',
  TEMPLATE_INDICATOR_KIND: 'warning',
  TEMPLATE_INDICATOR_LEVEL: 'warning',
  TEMPLATE_ACTIVITY_MISMATCH: 'warning',
} as const satisfies Record<string, Severity>;
