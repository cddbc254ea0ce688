import type { DetailsOf } from '../findings/codes.js';
import type { Details } from '../findings/finding.js';

/**
 * The words for one finding code: a message and an optional hint on how to fix it,
 * each from the code's details (`D`, its entry in the typed map).
 */
export interface MessageEntry<D = Details> {
  readonly text: (d: D) => string;
  readonly hint?: (d: D) => string;
}

/** A message table of one language for some codes: each entry typed by its code's details. */
export type MessageTable<C extends string> = { readonly [K in C]: MessageEntry<DetailsOf<K>> };

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

const known = (v: Details[string]): v is NonNullable<Details[string]> => v !== undefined && v !== null;

/** A found value followed by a space, or nothing when it is not known. */
export function given(found: Details[string]): string {
  return known(found) ? `${show(found)} ` : '';
}

/** A range in words: `1–5`, `at least 1`, `at most 5`, with the language's words for the open ends. */
export function range(min: Details[string], max: Details[string], atLeast: string, atMost: string): string {
  if (known(min) && known(max)) return `${show(min)}–${show(max)}`;
  if (known(min)) return `${atLeast} ${show(min)}`;
  if (known(max)) return `${atMost} ${show(max)}`;
  return '—';
}

/** `: 120 against at most 100`, leaving out what is not known. */
export function against(
  found: Details[string],
  max: Details[string],
  againstAtMost: string,
  atMost: string,
): string {
  if (known(found) && known(max)) return `: ${show(found)} ${againstAtMost} ${show(max)}`;
  if (known(found)) return `: ${show(found)}`;
  if (known(max)) return ` (${atMost} ${show(max)})`;
  return '';
}

/**
 * A box named as a strategist knows it: its (shortened) text and its id,
 * `«Företag deltar i nätverk» (natverk)`; only the id when the text is not known.
 */
export function named(id: Details[string], text: Details[string]): string {
  return typeof text === 'string' && text !== '' ? `«${text}» (${show(id)})` : q(id);
}
