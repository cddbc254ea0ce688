import type { Finding } from './finding.js';

/** The outcome of an operation that may fail on bad data: a value, or the findings that stopped it. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/** True if any finding is an error. */
export function hasErrors(findings: readonly Finding<string>[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
