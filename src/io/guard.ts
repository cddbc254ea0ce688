import { z } from 'zod';
import type { PathSegment } from '../findings/finding.js';
import type { Limits } from './limits.js';

/**
 * A fast, allocation-light check that raw data fits a schema, compiled once
 * from the zod definition. It answers only "valid or not" and notes unknown
 * keys on the way; when it says "not", the full zod parse runs to explain why,
 * and when it notes unknown keys, `findUnknownKeys` finds their paths.
 * It covers the zod features the document schema uses. A string or number check
 * it does not know is left to zod for that value alone; any other unknown
 * feature makes `compileGuard` return undefined and zod is used throughout.
 *
 * Why: zod's parse copies every object; at national scale (200,000 boxes) the
 * copy and its error bookkeeping cost several times `JSON.parse`.
 */
export type Guard = (value: unknown, walk: GuardWalk) => boolean;

/** State shared by one run of a guard: where it starts, the limits, what was found. */
export interface GuardWalk {
  /** The path of the value checked; only its length counts, towards `limits.maxDepth`. */
  readonly path: PathSegment[];
  readonly limits: Limits;
  /**
   * One entry per unknown key (not starting with `x-`): the key alone, not its
   * full path. The guard does not track paths, which would cost a push and a pop
   * per value; a caller that needs the paths runs `findUnknownKeys`.
   */
  readonly unknown: PathSegment[][];
}

// The compiled form: the depth (path length) of the value is passed along
// instead of a path, so a valid document is checked without allocating.
type Check = (value: unknown, depth: number, walk: GuardWalk) => boolean;

// The guard reads zod 4's schema definitions (`schema._zod.def`): the shape of
// objects, the element of arrays, enum entries, the checks and their limits. zod
// has no public API that gives these, and running zod's own (JIT) parser per value
// is what the fast path avoids. So the use is pinned instead: test/io/guard-zod-pin
// asserts every field read here on zod's own schemas, and that the document schema
// compiles, so a zod release that changes them fails the tests, not users.
type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  catchall?: z.core.$ZodType;
};
type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  fn?: (v: unknown) => unknown;
};

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

class Unsupported extends Error {}

/** Compiles a guard for a schema, or returns undefined if the schema uses a feature the guard does not cover. */
export function compileGuard(schema: z.core.$ZodType): Guard | undefined {
  try {
    const check = compile(schema);
    return (value, walk) => {
      checkPrototype();
      return check(value, walk.path.length, walk);
    };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function compile(schema: z.core.$ZodType): Check {
  const def = schema._zod.def as unknown as Def;
  // Checks (`.refine`, `.min` on an array, ...) are read for strings and numbers only;
  // on any other node they would be skipped, and the guard would accept what zod refuses.
  if (def.type !== 'string' && def.type !== 'number' && (def.checks?.length ?? 0) > 0)
    throw new Unsupported(def.type);
  switch (def.type) {
    case 'optional': {
      const inner = compile(def.innerType!);
      return (v, d, w) => v === undefined || inner(v, d, w);
    }
    case 'object': {
      // Unknown keys are accepted (and noted): right for z.object (strips) and
      // z.looseObject (keeps), wrong for z.strictObject or a typed catchall.
      const catchall = def.catchall && (def.catchall._zod.def as unknown as Def).type;
      if (catchall !== undefined && catchall !== 'unknown') throw new Unsupported(`catchall ${catchall}`);
      return compileObject(def.shape!);
    }
    case 'array':
      return compileArray(compile(def.element!));
    case 'string':
      return compileString(schema, def.checks ?? []);
    case 'number':
      return compileNumber(schema, def);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const allowed = new Set(Object.values(def.entries!));
      return (v) => typeof v === 'string' && allowed.has(v);
    }
    case 'literal': {
      const allowed = def.values!;
      if (allowed.length === 1) {
        const only = allowed[0];
        return (v) => v === only;
      }
      return (v) => allowed.includes(v);
    }
    case 'union': {
      const options = def.options!.map((o) => {
        const t = (o._zod.def as unknown as Def).type;
        if (t === 'object' || t === 'array') throw new Unsupported(); // unknown keys of a failed branch would leak
        return compile(o);
      });
      if (options.length === 2) {
        const [a, b] = options as [Check, Check];
        return (v, d, w) => a(v, d, w) || b(v, d, w);
      }
      return (v, d, w) => options.some((o) => o(v, d, w));
    }
    default:
      throw new Unsupported(def.type);
  }
}

function compileArray(element: Check): Check {
  return (v, d, w) => {
    if (!Array.isArray(v) || d >= w.limits.maxDepth) return false;
    const inner = d + 1;
    for (let i = 0; i < v.length; i++) if (!element(v[i], inner, w)) return false;
    return true;
  };
}

function compileObject(shape: Record<string, z.core.$ZodType>): Check {
  const fields = new Map<string, { check: Check; required: boolean }>();
  let requiredCount = 0;
  for (const [key, child] of Object.entries(shape)) {
    const required = (child._zod.def as unknown as Def).type !== 'optional';
    fields.set(key, { check: compile(child), required });
    if (required) requiredCount++;
  }
  return (v, d, w) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || d >= w.limits.maxDepth) return false;
    const o = v as Record<string, unknown>;
    const inner = d + 1;
    // One pass over the object's own keys, counting the required ones met on the way
    // (a required field's check refuses undefined, so each one counted is present).
    // A plain object's keys are all its own unless Object.prototype was given enumerable
    // keys, so the own-key test is only paid for other objects.
    const plain = !prototypePolluted && Object.getPrototypeOf(o) === Object.prototype;
    let required = 0;
    for (const key in o) {
      if (!plain && !Object.hasOwn(o, key)) continue;
      const field = fields.get(key);
      if (field) {
        if (!field.check(o[key], inner, w)) return false;
        if (field.required) required++;
      } else if (!unknownKey(key, o[key], inner, w)) return false;
    }
    // Fewer than all: a required key is missing, unless it is inherited (as zod reads it).
    return required === requiredCount || requiredInherited(o, fields);
  };
}

// Whether every required key that is not the object's own has a value through its prototype.
function requiredInherited(o: Record<string, unknown>, fields: Map<string, { required: boolean }>): boolean {
  for (const [key, field] of fields)
    if (field.required && !Object.hasOwn(o, key) && o[key] === undefined) return false;
  return true;
}

// Checked once when the module loads, and by each guard run through `compileGuard`.
let prototypePolluted = false;
function checkPrototype(): void {
  prototypePolluted = false;
  for (const _ in Object.prototype) prototypePolluted = true;
}

// A key the schema does not know: noted, and its value kept as it is, so it gets
// the same safety checks as the rest.
function unknownKey(key: string, value: unknown, depth: number, w: GuardWalk): boolean {
  if (FORBIDDEN.has(key)) return false;
  if (!key.startsWith('x-')) w.unknown.push([key]);
  return safeUnknown(value, depth, w);
}

function safeUnknown(value: unknown, start: number, w: GuardWalk): boolean {
  const stack: [unknown, number][] = [[value, start]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > w.limits.maxTextLength) return false;
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= w.limits.maxDepth) return false;
    if (Array.isArray(v)) {
      for (const x of v) stack.push([x, depth + 1]);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN.has(key)) return false;
      stack.push([(v as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return true;
}

// For a string or number check the guard does not know: zod decides for that value
// alone (a primitive, so it has no unknown keys to note).
function zodAccepts(schema: z.core.$ZodType): (v: unknown) => boolean {
  return (v) => z.safeParse(schema, v).success;
}

function compileString(schema: z.core.$ZodType, checks: { _zod: { def: CheckDef } }[]): Check {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  const custom: ((v: unknown) => unknown)[] = [];
  let unknownCheck = false;
  for (const c of checks) {
    const d = c._zod.def;
    if (d.check === 'min_length') min = Math.max(min, d.minimum!);
    else if (d.check === 'max_length') max = Math.min(max, d.maximum!);
    else if (d.check === 'string_format' && d.format === 'regex' && d.pattern) patterns.push(d.pattern);
    else if (d.check === 'custom' && d.fn) custom.push(d.fn);
    else unknownCheck = true;
  }
  const fits = (v: unknown, w: GuardWalk): v is string =>
    typeof v === 'string' && v.length >= min && v.length <= max && v.length <= w.limits.maxTextLength;
  if (unknownCheck) {
    const zod = zodAccepts(schema);
    return (v, _, w) => fits(v, w) && zod(v);
  }
  // Specialised for the common shapes (free text; an id with one pattern), so the hot path has no loops.
  if (patterns.length === 0 && custom.length === 0) return (v, _, w) => fits(v, w);
  if (patterns.length === 1 && custom.length === 0) {
    const pattern = patterns[0]!;
    return (v, _, w) => fits(v, w) && pattern.test(v);
  }
  return (v, _, w) => {
    if (!fits(v, w)) return false;
    for (const p of patterns) if (!p.test(v)) return false;
    for (const f of custom) if (f(v) !== true) return false;
    return true;
  };
}

function compileNumber(schema: z.core.$ZodType, def: Def): Check {
  const integer = def.format === 'safeint';
  let unknownCheck = def.format !== undefined && !integer;
  // The tightest bounds, each inclusive (`.min`, `.max`, `.nonnegative`) or not (`.positive`, `.gt`, `.lt`).
  let min = Number.NEGATIVE_INFINITY;
  let minInclusive = true;
  let max = Number.POSITIVE_INFINITY;
  let maxInclusive = true;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'number_format') continue; // the format, read above
    if (d.check === 'greater_than' && typeof d.value === 'number') {
      if (d.value > min || (d.value === min && !d.inclusive)) {
        min = d.value;
        minInclusive = d.inclusive === true;
      }
    } else if (d.check === 'less_than' && typeof d.value === 'number') {
      if (d.value < max || (d.value === max && !d.inclusive)) {
        max = d.value;
        maxInclusive = d.inclusive === true;
      }
    } else unknownCheck = true;
  }
  const fits = (v: unknown): v is number =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (minInclusive ? v >= min : v > min) &&
    (maxInclusive ? v <= max : v < max) &&
    (!integer || Number.isSafeInteger(v));
  if (unknownCheck) {
    const zod = zodAccepts(schema);
    return (v) => fits(v) && zod(v);
  }
  return fits;
}
