import type { Severity } from '../severity.js';

/** Codes of findings from converting a document to another format (what the target cannot hold). */
export const convertCodes = {
  CONVERT_COMMENTS_DROPPED: 'warning',
  CONVERT_ANCHORS_DROPPED: 'warning',
  CONVERT_NONFINITE_DROPPED: 'warning',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries. */
export interface ConvertDetails {
  readonly CONVERT_COMMENTS_DROPPED: {
    readonly to: 'json' | 'xlsx' | 'yaml';
    readonly count: number;
    readonly lines: readonly number[];
  };
  readonly CONVERT_ANCHORS_DROPPED: {
    readonly to: 'json' | 'xlsx' | 'yaml';
    readonly anchors: number;
    readonly aliases: number;
    readonly lines: readonly number[];
  };
  readonly CONVERT_NONFINITE_DROPPED: {
    readonly to: 'json';
    readonly count: number;
    readonly paths: readonly string[];
  };
}
