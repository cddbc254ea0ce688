import type { Severity } from '../severity.js';

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

/** The details each code's finding carries (see docs: the typed map). */
export interface SpreadsheetDetails {
  readonly SHEET_NO_DATA: Record<string, never>;
  readonly SHEET_UNKNOWN_SHEET: {
    readonly expected: readonly string[];
    readonly sheet: string;
    readonly suggestion?: string;
  };
  readonly SHEET_DUPLICATE_SHEET: {
    readonly first: string;
    readonly sheet: string;
  };
  readonly SHEET_MISSING_COLUMN: {
    readonly column: string;
    readonly sheet: string;
  };
  readonly SHEET_UNKNOWN_COLUMN: {
    readonly column: string;
    readonly sheet: string;
    readonly suggestion?: string;
  };
  readonly SHEET_DUPLICATE_COLUMN: {
    readonly column: string;
    readonly sheet: string;
  };
  readonly SHEET_MISSING_VALUE: {
    readonly column: string;
  };
  readonly SHEET_BAD_LEVEL: {
    readonly expected: readonly string[];
    readonly found: string;
    readonly suggestion?: string;
  };
  readonly SHEET_BAD_VALUE: {
    readonly column: string;
    readonly expected: readonly string[];
    readonly found: string;
    readonly suggestion?: string;
  };
  readonly SHEET_BAD_NUMBER: {
    readonly column: string;
    readonly expected: string;
    readonly found: string;
  };
  readonly SHEET_BAD_JSON: {
    readonly column: string;
    readonly detail?: string;
    readonly reason: 'syntax' | 'list' | 'text' | 'number' | 'boolean' | 'null';
  };
  readonly SHEET_DUPLICATE_ID: {
    readonly firstRow: number;
    readonly id: string;
    readonly kind: 'plan' | 'box' | 'strategy' | 'goal' | 'indicator';
  };
  readonly SHEET_UNKNOWN_REFERENCE: {
    readonly column: string;
    readonly id: string;
    readonly kind: 'plan' | 'box' | 'strategy' | 'goal' | 'indicator';
    readonly suggestion?: string;
    readonly target: string;
  };
  readonly SHEET_BOTH_OWNERS: Record<string, never>;
  readonly SHEET_SECOND_RUS: {
    readonly firstRow: number;
  };
  readonly SHEET_FORMULA_WITHOUT_RESULT: {
    readonly formula: string;
  };
  readonly SHEET_CELL_ERROR: {
    readonly error: string;
  };
  readonly SHEET_CARRIED_AS_JSON: {
    readonly count: number;
    readonly keys: readonly string[];
    readonly sheet: string;
  };
  readonly SHEET_VALUE_NOT_CARRIED: {
    readonly becomes: string;
    readonly found: string;
    readonly key: string;
  };
  readonly SHEET_CELL_TOO_LONG: {
    readonly length: number;
    readonly max: number;
    readonly sheet: string;
  };
}
