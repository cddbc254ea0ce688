import type { Severity } from '../finding.js';

/** Codes of findings from reading a document (syntax, schema, limits). */
export const parseCodes = {
  SYNTAX_ERROR: 'error',
  DECIMAL_COMMA: 'error',
  EMPTY_DOCUMENT: 'error',
  DUPLICATE_KEY: 'error',
  INVALID_TYPE: 'error',
  MISSING_KEY: 'error',
  INVALID_VALUE: 'error',
  INVALID_FORMAT: 'error',
  OUT_OF_RANGE: 'error',
  UNKNOWN_KEY: 'warning',
  FORBIDDEN_KEY: 'error',
  UNSUPPORTED_VERSION: 'error',
  LIMIT_EXCEEDED: 'error',
  REGION_MISMATCH: 'error',
  DUPLICATE_DEFINITION: 'error',
  FILE_UNREADABLE: 'error',
} as const satisfies Record<string, Severity>;
