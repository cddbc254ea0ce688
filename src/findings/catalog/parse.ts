import type { Severity } from '../severity.js';

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

/** The details each code's finding carries (see docs: the typed map). */
export interface ParseDetails {
  readonly SYNTAX_ERROR: {
    readonly cause?: string;
    readonly fix?: string;
    readonly format?: string;
    readonly source?: string;
  };
  readonly DECIMAL_COMMA: {
    readonly found: string;
    readonly key: string;
    readonly number: string;
  };
  readonly EMPTY_DOCUMENT: Record<string, never>;
  readonly DUPLICATE_KEY: {
    readonly key: string;
  };
  readonly INVALID_TYPE: {
    readonly expected: string;
    readonly found: string;
  };
  readonly MISSING_KEY: {
    readonly expected: string;
    readonly key: string;
  };
  readonly INVALID_VALUE: {
    readonly expected:
      | readonly string[]
      | 'unrecognized_keys'
      | 'not_multiple_of'
      | 'invalid_key'
      | 'invalid_element';
    readonly found: string | number | boolean | null;
    readonly suggestion?: string;
  };
  readonly INVALID_FORMAT: {
    readonly format: string;
    readonly found: string | number | boolean | null;
  };
  readonly OUT_OF_RANGE: {
    readonly found: string | number | boolean | null;
    readonly max: number | null;
    readonly min: number | null;
  };
  readonly UNKNOWN_KEY: {
    readonly key: string;
    readonly suggestion?: string;
  };
  readonly FORBIDDEN_KEY: {
    readonly key: string;
  };
  readonly UNSUPPORTED_VERSION: {
    readonly found: string;
    readonly supported: number;
  };
  readonly LIMIT_EXCEEDED: {
    readonly found?: number | null;
    readonly limit: string;
    readonly max: number | null;
  };
  readonly REGION_MISMATCH: {
    readonly regions: readonly string[];
  };
  readonly DUPLICATE_DEFINITION: {
    readonly files: readonly string[];
    readonly id: string;
    readonly kind: string;
  };
  readonly FILE_UNREADABLE: {
    readonly detail?: string;
    readonly file: string;
    readonly reason: string;
  };
}
