import type { z } from 'zod';
import type { PathSegment } from '../findings/finding.js';
import type { Limits } from './limits.js';

/**
 * A fast, allocation-light check that raw data fits a schema, compiled once
 * from the zod definition. It answers only "valid or not" and collects unknown
 * keys on the way; when it says "not", the full zod parse runs to explain why.
 * It covers the zod features the document schema uses; anything else makes
 * `compileGuard` return undefined and zod is used throughout.
 *
 * Why: zod's parse copies every object; at national scale (200,000 boxes) the
 * copy and its error bookkeeping cost several times `JSON.parse`.
 */
export type Guard = (value: unknown, walk: GuardWalk) => boolean;

/** State shared by one run of a guard: the current path, the limits, what was found. */
export interface GuardWalk {
  readonly path: PathSegment[];
  readonly limits: Limits;
  /** Paths of unknown keys (not starting with `x-`). */
  readonly unknown: PathSegment[][];
}

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
    return compile(schema);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function compile(schema: z.core.$ZodType): Guard {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'optional': {
      const inner = compile(def.innerType!);
      return (v, w) => v === undefined || inner(v, w);
    }
    case 'object':
      return compileObject(def.shape!);
    case 'array': {
      const element = compile(def.element!);
      return (v, w) => {
        if (!Array.isArray(v) || w.path.length >= w.limits.maxDepth) return false;
        const path = w.path;
        const at = path.length;
        path.push(0);
        for (let i = 0; i < v.length; i++) {
          path[at] = i;
          if (!element(v[i], w)) return false;
        }
        path.pop();
        return true;
      };
    }
    case 'string':
      return compileString(def.checks ?? []);
    case 'number':
      return compileNumber(def);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const allowed = new Set(Object.values(def.entries!));
      return (v) => typeof v === 'string' && allowed.has(v);
    }
    case 'literal': {
      const allowed = def.values!;
      return (v) => allowed.includes(v);
    }
    case 'union': {
      const options = def.options!.map((o) => {
        const t = (o._zod.def as unknown as Def).type;
        if (t === 'object' || t === 'array') throw new Unsupported(); // unknown keys of a failed branch would leak
        return compile(o);
      });
      return (v, w) => options.some((o) => o(v, w));
    }
    default:
      throw new Unsupported(def.type);
  }
}

function compileObject(shape: Record<string, z.core.$ZodType>): Guard {
  const fields = new Map<string, Guard>();
  const required: string[] = [];
  for (const [key, child] of Object.entries(shape)) {
    fields.set(key, compile(child));
    if ((child._zod.def as unknown as Def).type !== 'optional') required.push(key);
  }
  return (v, w) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || w.path.length >= w.limits.maxDepth)
      return false;
    const o = v as Record<string, unknown>;
    for (const key of required) if (o[key] === undefined) return false;
    const path = w.path;
    for (const key in o) {
      if (!Object.hasOwn(o, key)) continue;
      const field = fields.get(key);
      path.push(key);
      if (field) {
        if (!field(o[key], w)) return false;
      } else {
        if (FORBIDDEN.has(key)) return false;
        if (!key.startsWith('x-')) w.unknown.push([...path]);
        if (!safeUnknown(o[key], w)) return false;
      }
      path.pop();
    }
    return true;
  };
}

// Values under unknown keys are kept as they are, so they get the same safety checks as the rest.
function safeUnknown(value: unknown, w: GuardWalk): boolean {
  const stack: [unknown, number][] = [[value, w.path.length]];
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

function compileString(checks: { _zod: { def: CheckDef } }[]): Guard {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  const custom: ((v: unknown) => unknown)[] = [];
  for (const c of checks) {
    const d = c._zod.def;
    if (d.check === 'min_length') min = d.minimum!;
    else if (d.check === 'max_length') max = d.maximum!;
    else if (d.check === 'string_format' && d.format === 'regex' && d.pattern) patterns.push(d.pattern);
    else if (d.check === 'custom' && d.fn) custom.push(d.fn);
    else throw new Unsupported(d.check);
  }
  return (v, w) => {
    if (typeof v !== 'string' || v.length < min || v.length > max || v.length > w.limits.maxTextLength)
      return false;
    for (const p of patterns) if (!p.test(v)) return false;
    for (const f of custom) if (f(v) !== true) return false;
    return true;
  };
}

function compileNumber(def: Def): Guard {
  const integer = def.format === 'safeint';
  if (def.format !== undefined && !integer) throw new Unsupported(def.format);
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'number_format') continue;
    if (d.check === 'greater_than' && d.inclusive) min = d.value!;
    else if (d.check === 'less_than' && d.inclusive) max = d.value!;
    else throw new Unsupported(d.check);
  }
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    v >= min &&
    v <= max &&
    (!integer || Number.isSafeInteger(v));
}
