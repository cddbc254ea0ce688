import { FAILSAFE_SCHEMA, type LoadOptions, load, type Schema, Type } from 'js-yaml';
import {
  type DocumentOptions,
  LineCounter,
  type ParseOptions,
  parseDocument as parseYaml,
  type SchemaOptions,
} from 'yaml';
import type { Limits } from './limits.js';
import type { SourceMap } from './position.js';
import { yamlSourceMap } from './source-map.js';
import { locateYamlFast } from './yaml-locate.js';
import { hasSpecial, SPECIAL } from './yaml-special.js';

/**
 * How the `yaml` library reads a document: YAML 1.2 core, keys unique, no merge
 * keys. The located parse (syntax errors, source positions, write-back) uses it.
 */
export const YAML_READ_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
  version: '1.2',
  merge: false,
};

// The scalars of the YAML 1.2 core schema exactly as the `yaml` library resolves them
// (yaml/dist/schema/core), so both readers give the same value for every plain scalar:
// `no`, `yes`, `on` and `2025-01-01` stay text, `1_000` and `0b11` too; only `0o` and `0x` prefixes.
interface CoreScalar {
  /** The characters a scalar of this type can start with. */
  readonly first: string;
  readonly test: RegExp;
  readonly construct: (s: string) => unknown;
}
const CORE_SCALARS: readonly CoreScalar[] = [
  { first: '~nN', test: /^(?:~|[Nn]ull|NULL)?$/, construct: () => null },
  {
    first: 'tTfF',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    construct: (s) => s[0] === 't' || s[0] === 'T',
  },
  {
    first: '-+0123456789',
    test: /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/,
    construct: (s) =>
      s.startsWith('0o')
        ? parseInt(s.slice(2), 8)
        : s.startsWith('0x')
          ? parseInt(s.slice(2), 16)
          : parseInt(s, 10),
  },
  {
    first: '-+.0123456789',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
    construct: (s) =>
      s.slice(-3).toLowerCase() === 'nan'
        ? Number.NaN
        : /inf$/i.test(s)
          ? s[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY
          : parseFloat(s),
  },
];

// Per first character (ASCII), the core scalar types, in the order above, a scalar starting
// with it may be: a table lookup rules out most text before any pattern is tried.
const BY_FIRST: readonly (readonly CoreScalar[])[] = Array.from({ length: 128 }, (_, c) =>
  CORE_SCALARS.filter((t) => t.first.includes(String.fromCharCode(c))),
);

// The type `resolve` found, for the `construct` js-yaml calls next, at once, on the same scalar.
let resolved: CoreScalar = CORE_SCALARS[0]!;

// One implicit type for the four: js-yaml asks every implicit type in turn about every plain
// scalar, keys included, and most are text that none of them takes (four calls each before).
const CORE_SCALAR = new Type('tag:yaml.org,2002:core-scalar', {
  kind: 'scalar',
  resolve: (s: string | null) => {
    if (s === null || s === '') {
      resolved = CORE_SCALARS[0]!;
      return true;
    }
    const c = s.charCodeAt(0);
    if (c >= 128) return false;
    for (const t of BY_FIRST[c]!) {
      if (!t.test.test(s)) continue;
      resolved = t;
      return true;
    }
    return false;
  },
  construct: (s: string | null) => resolved.construct(s ?? ''),
});
// The four by their own tags too, for a tag the text check lets through (`{"a":!!int 1}`: a `!`
// right after a flow `:`); js-yaml looks explicit tags up by name.
const TAGGED = (['null', 'bool', 'int', 'float'] as const).map((name, i) => {
  const t = CORE_SCALARS[i]!;
  return new Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (s: string | null) =>
      s === null || s === '' ? name === 'null' : t.first.includes(s[0]!) && t.test.test(s),
    construct: (s: string | null) => t.construct(s ?? ''),
  });
});
const CORE_1_2: Schema = FAILSAFE_SCHEMA.extend({ implicit: [CORE_SCALAR], explicit: TAGGED });

/**
 * Reads the value of a YAML text the fast way (js-yaml), or returns undefined when the
 * text needs the full, located path of the `yaml` library: anything js-yaml refuses
 * (syntax, duplicate keys, nesting past the depth limit, several documents), anchors,
 * aliases, tags and explicit keys, a key written `null` or `~`, and the shape a Swedish
 * decimal comma leaves in a flow mapping (`{ value: 5,5 }`: a digit key without a
 * value). What it returns is what the full path would have returned.
 */
export function readYamlFast(text: string, limits: Limits): { readonly value: unknown } | undefined {
  if (hasSpecial(text)) return undefined;
  let value: unknown;
  let warned = false;
  try {
    const options: LoadOptions & { maxDepth: number } = {
      schema: CORE_1_2,
      // Deeper than the data limit (keys count as a level): the full path reports the limit.
      maxDepth: limits.maxDepth + 2,
      onWarning: () => {
        warned = true;
      },
    };
    value = load(text, options);
  } catch {
    return undefined;
  }
  if (warned || !plainKeys(value)) return undefined;
  // A text of comments only: js-yaml gives undefined, `yaml` null.
  return { value: value === undefined ? null : value };
}

/**
 * Why the fast reader hands a text back, where it can tell: js-yaml's error (a syntax
 * error or a repeated key, with its offset), or the first anchor, alias, tag or other
 * construct that sends the text to the full path. Used where the full path is too
 * costly for the text's size, so the finding is still located.
 */
export function whyNotFast(
  text: string,
  limits: Limits,
):
  | { readonly kind: 'error'; readonly offset: number; readonly message: string }
  | { readonly kind: 'special'; readonly offset?: number; readonly reason: 'anchors' | 'tags' | 'other' } {
  const m = SPECIAL.exec(text);
  if (m) {
    // The match may start with the blank or bracket before the mark.
    const lead = /^[\s[{,]/.test(m[0]) && m[0].length > 1 && /[&*!?]/.test(m[0][1]!) ? 1 : 0;
    const mark = m[0][lead];
    const reason = mark === '&' || mark === '*' ? 'anchors' : mark === '!' ? 'tags' : 'other';
    return { kind: 'special', offset: m.index + lead, reason };
  }
  try {
    load(text, { schema: CORE_1_2, maxDepth: limits.maxDepth + 2 } as LoadOptions);
  } catch (error) {
    const mark = (error as { mark?: { position?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    if (typeof mark?.position === 'number') return { kind: 'error', offset: mark.position, message: reason };
  }
  return { kind: 'special', reason: 'other' };
}

const DIGITS = /^\d+$/;

let compactReads = true;

/**
 * Whether this thread compacts what the fast reader returns (below). A worker thread says
 * no: what it reads is sent to the reading thread, which makes its own copy of it, and the
 * worker keeps nothing, so compacting would cost it time for no memory.
 * @internal
 */
export function compactFastReads(on: boolean): void {
  compactReads = on;
}

// V8 keeps a string of 13 characters or more taken out of a longer one as a slice of it.
// js-yaml appends a terminator to the text it reads, which makes V8 copy the whole text, and
// takes its scalars out of that copy: every document it returns keeps a second copy of its
// text alive. Its arrays grow by `push`, with up to 16 spare slots each. The walk below gives
// each such string a copy of its own (a string joined to one character and cut back is copied
// flat once) and each array its exact length, so what a read keeps is about 1/3 smaller
// (1,008 generated plans: 17.5 MB → 11.7 MB). Elsewhere than V8 both are plain copies.
// `JSON.parse` keeps one copy of each short value text (V8 internalizes values of up to 10
// characters); js-yaml makes a new string for every scalar. Equal strings (levels, units,
// years, status words, the ids links repeat) share the first one met instead: 1,008 plans
// keep ~3.5 MB less again, 8.3 MB where `JSON.parse` of the same data keeps 7.0 MB.
const SLICED = 13;
// The longest string shared with an equal one (see `plainKeys`).
const SHARED_MAX = 1024;

// False when a mapping has a key js-yaml made from a null (`null:`, `~:`; `yaml` makes
// it ''), or a digit key without a value after a number: a decimal comma in `{ }`.
// Compacts the strings and arrays of the value as it goes (above), but writes nothing under
// a key `__proto__`, nor while Object.prototype has enumerable keys (for…in would list them).
function plainKeys(root: unknown): boolean {
  let compact = compactReads;
  for (const _ in Object.prototype) compact = false;
  // The first of the equal strings met so far, as kept (a per-read table, garbage after it).
  const first = new Map<string, string>();
  // What a string or an array is replaced by (the first equal string, a long string's copy of
  // its own, an array's exact copy), or undefined.
  const own = (item: unknown): unknown => {
    if (!compact) return undefined;
    if (typeof item === 'string') {
      if (item.length >= SLICED) {
        const copy = (item + ' ').slice(0, -1);
        // V8 hashes a string of more than 16,383 characters by its length alone: equal-length
        // long texts would all collide in the table. The texts that repeat are short anyway.
        if (copy.length > SHARED_MAX) return copy;
        // Copied before the lookup: looking js-yaml's own string up kept ~3.9 MB more of
        // 1,008 plans alive (measured on Node 20; why is V8's business).
        const seen = first.get(copy);
        if (seen !== undefined) return seen;
        first.set(copy, copy);
        return copy;
      }
      const seen = first.get(item);
      if (seen === undefined) first.set(item, item);
      return seen;
    }
    return Array.isArray(item) ? item.slice() : undefined;
  };
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown>;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const copy = own(value[i]);
        if (copy !== undefined) value[i] = copy;
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
      continue;
    }
    for (const key in value) {
      if (key === 'null') return false;
      const item = value[key];
      if (item === null) {
        if (DIGITS.test(key)) return false;
        continue;
      }
      const copy = key === '__proto__' ? undefined : own(item);
      if (copy !== undefined) value[key] = copy;
      if (typeof item === 'object') stack.push(copy ?? item);
    }
  }
  return true;
}

/**
 * The source map of a YAML text read the fast way. Findings are located by reading the
 * text once more with js-yaml (yaml-locate.ts), in about the memory of the fast read;
 * the `yaml` library parses it (once, about 1 KB per node) only when writing back needs
 * the syntax tree with its comments.
 */
export function lazyYamlSourceMap(text: string, file: string | undefined): SourceMap {
  let map: SourceMap | undefined;
  const located = (): SourceMap => {
    if (map === undefined) {
      const lineCounter = new LineCounter();
      map = yamlSourceMap(parseYaml(text, { ...YAML_READ_OPTIONS, lineCounter }), lineCounter, file);
    }
    return map;
  };
  return {
    format: 'yaml',
    ...(file === undefined ? {} : { file }),
    locateAll: (requests) =>
      requests.length === 0
        ? []
        : map === undefined
          ? locateYamlFast(text, CORE_1_2, requests)
          : map.locateAll(requests),
    get yaml() {
      return located().yaml;
    },
  };
}
