import { isRecord } from './entity.js';

/**
 * JSON text for an Extra (JSON) cell. Besides what JSON.stringify escapes, `_x`
 * (OOXML's escape prefix) and U+FFFE/U+FFFF (not allowed in XML) are escaped,
 * so the text survives the cell exactly.
 */
export function toJsonCell(value: unknown): string {
  return JSON.stringify(value)
    .replace(/_x/g, '\\u005fx')
    .replace(/\uFFFE/g, '\\ufffe')
    .replace(/\uFFFF/g, '\\uffff');
}

/** Why an Extra (JSON) cell holds no object: its text is not JSON, or it is JSON of another kind. */
export type JsonCellProblem = 'syntax' | 'list' | 'text' | 'number' | 'boolean' | 'null';

/**
 * The object in an Extra (JSON) cell, or why it is not one: a word the messages
 * know, and the parser's own error as `detail`.
 */
export function fromJsonCell(
  text: string,
): { value: Record<string, unknown> } | { reason: JsonCellProblem; detail?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reason: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  if (isRecord(value)) return { value };
  if (Array.isArray(value)) return { reason: 'list' };
  if (value === null) return { reason: 'null' };
  return { reason: typeof value === 'string' ? 'text' : (typeof value as 'number' | 'boolean') };
}

/** A value that JSON cannot carry: where it is, what it is, and what it reads back as. */
export interface JsonLoss {
  readonly path: readonly (string | number)[];
  readonly found: string;
  readonly becomes: string;
}

/** The values inside `value` that do not survive JSON (NaN, Infinity, -0, undefined in lists, functions …). */
export function jsonLosses(value: unknown, path: readonly (string | number)[] = []): JsonLoss[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return [{ path, found: String(value), becomes: 'null' }];
    if (Object.is(value, -0)) return [{ path, found: '-0', becomes: '0' }];
    return [];
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (Array.isArray(value)) {
    return value.flatMap((v, i) =>
      v === undefined || typeof v === 'function' || typeof v === 'symbol'
        ? [{ path: [...path, i], found: String(v), becomes: 'null' }]
        : jsonLosses(v, [...path, i]),
    );
  }
  if (value instanceof Date) return [{ path, found: 'Date', becomes: 'text' }];
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([k, v]) =>
      typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint'
        ? [{ path: [...path, k], found: typeof v, becomes: 'nothing' }]
        : v === undefined
          ? []
          : jsonLosses(v, [...path, k]),
    );
  }
  return [{ path, found: typeof value, becomes: 'nothing' }];
}
