import type { Details } from '../findings/finding.js';

/** The words for one finding code: a message and an optional hint on how to fix it. */
export interface MessageEntry {
  readonly text: (d: Details) => string;
  readonly hint?: (d: Details) => string;
}

/** A message table of one language for some codes. */
export type MessageTable<C extends string> = { readonly [K in C]: MessageEntry };

/** Shows a detail value in a sentence: lists joined by commas, missing values as "—". */
export function show(value: Details[string]): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Shows a detail value in quotes (for ids and user text). */
export function q(value: Details[string]): string {
  if (Array.isArray(value)) return value.map((v) => `«${v}»`).join(', ');
  return `«${show(value)}»`;
}
