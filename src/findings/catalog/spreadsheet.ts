import type { Severity } from '../finding.js';

/** Codes of findings from the spreadsheet module and their default severities. */
export const spreadsheetCodes = {
  // Reading a workbook
  SHEET_NO_DATA: 'error',
  SHEET_UNKNOWN_SHEET: 'warning',
  SHEET_DUPLICATE_SHEET: 'warning',
  SHEET_MISSING_COLUMN: 'error',
  SHEET_UNKNOWN_COLUMN: 'warning',
  SHEET_DUPLICATE_COLUMN: 'warning',
  SHEET_MISSING_VALUE: 'error',
  SHEET_BAD_LEVEL: 'error',
  SHEET_BAD_VALUE: 'error',
  SHEET_BAD_NUMBER: 'error',
  SHEET_BAD_JSON: 'error',
  SHEET_DUPLICATE_ID: 'warning',
  SHEET_UNKNOWN_REFERENCE: 'error',
  SHEET_BOTH_OWNERS: 'error',
  SHEET_SECOND_RUS: 'error',
  SHEET_FORMULA_WITHOUT_RESULT: 'error',
  SHEET_CELL_ERROR: 'error',
  // Writing a workbook
  SHEET_CARRIED_AS_JSON: 'info',
  SHEET_VALUE_NOT_CARRIED: 'warning',
  SHEET_CELL_TOO_LONG: 'warning',
} as const satisfies Record<string, Severity>;
