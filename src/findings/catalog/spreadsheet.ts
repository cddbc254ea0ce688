import type { Severity } from '../finding.js';

/** Codes of findings from the spreadsheet module and their default severities. */
export const spreadsheetCodes = {} as const satisfies Record<string, Severity>;
