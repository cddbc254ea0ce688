import { IndicatorKind } from '../model/indicator.js';
import { type CellProblem, type DecodeContext, indicatorValue, isCellSafe, type Plain } from './cells.js';
import type { EntityDef, FieldDef } from './layout.js';

/** Deep equality of JSON-like data; numbers by `Object.is`, keys holding undefined ignored. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

/** True for a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** Sets a key as an own data property, so keys such as `__proto__` from JSON stay data for the safety check. */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The cells of one object's row, and what they cannot carry. */
export interface EncodedRow {
  readonly cells: Record<string, Plain>;
  /** Keys (top level of the object) carried in the Extra (JSON) column instead. */
  readonly extras: Record<string, unknown>;
}

function groups(entity: EntityDef): Map<string, FieldDef[]> {
  const out = new Map<string, FieldDef[]>();
  for (const field of entity.fields) {
    const key = field.path[0] as string;
    out.set(key, [...(out.get(key) ?? []), field]);
  }
  return out;
}

function kindOf(value: unknown): IndicatorKind | undefined {
  const kind = IndicatorKind.safeParse(value);
  return kind.success ? kind.data : undefined;
}

function at(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) {
    if (!isRecord(v) || !Object.hasOwn(v, key)) return undefined;
    v = v[key];
  }
  return v;
}

function put(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let t = target;
  for (const key of path.slice(0, -1)) {
    const next = t[key];
    if (isRecord(next)) t = next;
    else {
      const made: Record<string, unknown> = {};
      setKey(t, key, made);
      t = made;
    }
  }
  setKey(t, path[path.length - 1] as string, value);
}

/**
 * Writes an object into the cells of its row. A value goes into its cell only
 * if reading the cell gives the value back exactly; otherwise (text with
 * characters a cell cannot hold, '' in an optional field, a nested object
 * with extra keys …) the whole top-level key goes to the Extra (JSON) column.
 * Children carried by other sheets are left to the caller.
 */
export function encodeRow(
  object: Record<string, unknown>,
  entity: EntityDef,
  ctx: { readonly kind?: IndicatorKind | undefined } = {},
): EncodedRow {
  const cells: Record<string, Plain> = {};
  const extras: Record<string, unknown> = {};
  const byKey = groups(entity);
  const decodeCtx = (field: FieldDef): DecodeContext => ({
    column: field.column,
    kind: field.codec === indicatorValue ? (ctx.kind ?? kindOf(object.kind)) : undefined,
  });
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || entity.children.includes(key)) continue;
    const fields = byKey.get(key);
    if (!fields) {
      setKey(extras, key, value);
      continue;
    }
    const tried: Record<string, Plain> = {};
    let safe = true;
    for (const field of fields) {
      const leaf = at({ [key]: value }, field.path);
      const cell = leaf === undefined ? undefined : field.codec.encode(leaf, decodeCtx(field));
      if (typeof cell === 'string' && !isCellSafe(cell)) safe = false;
      tried[field.column] = cell;
    }
    const back = safe ? decodeFields(fields, tried, decodeCtx) : undefined;
    if (safe && back && !back.problem && deepEqual(back.value[key], value)) Object.assign(cells, tried);
    else setKey(extras, key, value);
  }
  return { cells, extras };
}

function decodeFields(
  fields: readonly FieldDef[],
  cells: Readonly<Record<string, Plain>>,
  ctxOf: (field: FieldDef) => DecodeContext,
): { value: Record<string, unknown>; problem?: CellProblem } {
  const value: Record<string, unknown> = {};
  for (const field of fields) {
    const d = field.codec.decode(cells[field.column], ctxOf(field));
    if ('problem' in d) return { value, problem: d.problem };
    if (d.value !== undefined) put(value, field.path, d.value);
  }
  return { value };
}

/** A problem found in one cell of a row, by the column's key. */
export interface RowProblem {
  readonly column: string;
  readonly problem: CellProblem;
}

/** What a row reads as: the object, and problems in its cells. */
export interface DecodedRow {
  readonly object: Record<string, unknown>;
  readonly problems: readonly RowProblem[];
  /** Top-level keys taken from the Extra (JSON) column. */
  readonly fromExtras: readonly string[];
}

/**
 * Reads an object from the cells of its row: the columns present first, then
 * the keys of the Extra (JSON) column that no column gave. Values of
 * indicators are read last, once the indicator's kind is known.
 */
export function decodeRow(
  cells: ReadonlyMap<string, Plain>,
  present: ReadonlySet<string>,
  entity: EntityDef,
  extras: Record<string, unknown> | undefined,
  ctx: { readonly kind?: IndicatorKind | undefined; readonly percent?: ReadonlySet<string> } = {},
): DecodedRow {
  const object: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  const fromExtras: string[] = [];
  const read = (field: FieldDef, kind: IndicatorKind | undefined, blank: boolean) => {
    if (!present.has(field.column)) return;
    const cell = cells.get(field.column);
    if ((cell === undefined) !== blank) return;
    if (blank && Object.hasOwn(object, field.path[0] as string)) return;
    const d = field.codec.decode(cell, {
      column: field.column,
      kind,
      percent: ctx.percent?.has(field.column) ?? false,
    });
    if ('problem' in d) problems.push({ column: field.column, problem: d.problem });
    else if (d.value !== undefined) put(object, field.path, d.value);
  };
  // Filled cells first, then the Extra (JSON) keys they leave open, then what
  // blank cells mean (the empty text of a required text).
  const isValue = (field: FieldDef) => field.codec === indicatorValue;
  for (const field of entity.fields) if (!isValue(field)) read(field, undefined, false);
  for (const [key, value] of Object.entries(extras ?? {})) {
    if (!Object.hasOwn(object, key)) {
      setKey(object, key, value);
      fromExtras.push(key);
    }
  }
  const kind = ctx.kind ?? kindOf(object.kind);
  for (const field of entity.fields) {
    if (isValue(field) && !fromExtras.includes(field.path[0] as string)) read(field, kind, false);
  }
  for (const field of entity.fields) read(field, isValue(field) ? kind : undefined, true);
  return { object, problems, fromExtras };
}

/** The object with its keys in schema order; keys the schema does not know come last. */
export function ordered(object: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (Object.hasOwn(object, key)) setKey(out, key, object[key]);
  for (const key of Object.keys(object)) if (!Object.hasOwn(out, key)) setKey(out, key, object[key]);
  return out;
}
