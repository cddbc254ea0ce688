import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import type { Limits } from './limits.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A fixed allowance on top of the doubling that shared sub-objects may cost (docs/security.md). */
export const SHARED_FLOOR = 100_000;

/** Plain data read once from a caller's value, or the findings that say why it is not plain data. */
export type PlainResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly findings: Finding[] };

type Entries = { readonly array: boolean; readonly keys: string[]; readonly values: unknown[] };

/** What a value is, in the words of INVALID_TYPE (`found`), when it is not data. */
function notData(value: unknown): string | undefined {
  switch (typeof value) {
    case 'function':
      return 'function';
    case 'symbol':
      return 'symbol';
    case 'bigint':
      return 'bigint';
    default:
      return undefined;
  }
}

/** What pass 1 knows of one object of the caller's: its entries and, once finished, its size. */
interface Node {
  readonly entries: Entries;
  done: boolean;
  size: number;
  height: number;
}

interface Frame {
  readonly node: Node;
  readonly object: object;
  readonly parent: Frame | undefined;
  readonly key: PathSegment | undefined;
  readonly depth: number;
  next: number;
}

/** Pass 1's state: what it has read, measured and found so far. */
interface Walk {
  readonly limits: Limits;
  readonly base: readonly PathSegment[];
  readonly findings: Finding[];
  readonly nodes: Map<object, Node>;
  readonly failed: Set<object>;
  readonly stack: Frame[];
  depthReported: boolean;
  /** Values counted as the tree copy would hold them, and objects read (each once). */
  total: number;
  distinct: number;
}

/**
 * Reads a JavaScript value from a caller as JSON data, without trusting it: every
 * property is read once (a getter or proxy that throws is a finding, not an
 * exception), functions, symbols, bigints, class instances and cycles are
 * findings, and depth, text length and the number of values are limited. Two
 * passes: the first reads and measures (a sub-object shared by many parents is
 * measured once), the second copies as a tree only when the copy fits the
 * limits, so shared sub-objects cannot make the work exponential.
 */
export function readPlain(root: unknown, limits: Limits, base: readonly PathSegment[] = []): PlainResult {
  const walk: Walk = {
    limits,
    base,
    findings: [],
    nodes: new Map(),
    failed: new Set(),
    stack: [],
    depthReported: false,
    total: 0,
    distinct: 0,
  };
  measure(walk, root);
  const { findings, total, distinct } = walk;
  if (findings.length > 0) return { ok: false, findings };
  const maxValues = limits.maxValues;
  // The copy is a tree (as JSON would be): refuse before copying when shared parts would make it too large.
  const bound = Math.min(maxValues, 2 * distinct + SHARED_FLOOR);
  if (total > maxValues || (total > distinct && total > bound)) {
    const max = total > maxValues ? maxValues : bound;
    return {
      ok: false,
      findings: [
        createFinding('LIMIT_EXCEEDED', { path: [...base] }, { limit: 'maxValues', max, found: total }),
      ],
    };
  }
  return { ok: true, value: copy(root, walk.nodes) };
}

// Paths are made only for findings, from the frames (building one per value costs more than the walk).
function pathOf(walk: Walk, frame: Frame | undefined, key?: PathSegment): PathSegment[] {
  const out: PathSegment[] = [];
  if (key !== undefined) out.push(key);
  for (let f = frame; f?.key !== undefined; f = f.parent) out.push(f.key);
  out.reverse();
  return [...walk.base, ...out];
}

function typeFinding(walk: Walk, path: PathSegment[], found: string): void {
  walk.findings.push(createFinding('INVALID_TYPE', { path }, { expected: 'data', found }));
}

// Said once: the first place too deep is enough.
function tooDeep(walk: Walk, path: PathSegment[], found: number): void {
  if (walk.depthReported) return;
  walk.depthReported = true;
  walk.findings.push(
    createFinding('LIMIT_EXCEEDED', { path }, { limit: 'maxDepth', max: walk.limits.maxDepth, found }),
  );
}

function tooMany(walk: Walk, path: PathSegment[], found: number): void {
  walk.findings.push(
    createFinding('LIMIT_EXCEEDED', { path }, { limit: 'maxValues', max: walk.limits.maxValues, found }),
  );
}

// Reads an object's own enumerable entries once; undefined (with a finding) when it cannot be read.
function entriesOf(walk: Walk, object: object, at: () => PathSegment[]): Entries | undefined {
  const maxValues = walk.limits.maxValues;
  try {
    if (Array.isArray(object)) {
      const length = object.length;
      if (length > maxValues) {
        tooMany(walk, at(), length);
        return undefined;
      }
      const values: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) values[i] = object[i];
      return { array: true, keys: [], values };
    }
    const proto = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) {
      typeFinding(walk, at(), object instanceof Date ? 'date-object' : 'instance');
      return undefined;
    }
    const keys = Object.keys(object);
    if (keys.length > maxValues) {
      tooMany(walk, at(), keys.length);
      return undefined;
    }
    const values: unknown[] = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      values[i] = FORBIDDEN.has(key) ? undefined : (object as Record<string, unknown>)[key];
    }
    return { array: false, keys, values };
  } catch {
    typeFinding(walk, at(), 'unreadable');
    return undefined;
  }
}

// A scalar's finding, if any; true when the value is data.
function scalar(walk: Walk, value: unknown, at: () => PathSegment[]): boolean {
  const bad = notData(value);
  if (bad !== undefined) {
    typeFinding(walk, at(), bad);
    return false;
  }
  const max = walk.limits.maxTextLength;
  if (typeof value === 'string' && value.length > max) {
    walk.findings.push(
      createFinding('LIMIT_EXCEEDED', { path: at() }, { limit: 'maxTextLength', max, found: value.length }),
    );
    return false;
  }
  return true;
}

function enter(
  walk: Walk,
  object: object,
  parent: Frame | undefined,
  key: PathSegment | undefined,
  depth: number,
): void {
  if (depth >= walk.limits.maxDepth) {
    tooDeep(walk, pathOf(walk, parent, key), depth + 1);
    return;
  }
  const entries = entriesOf(walk, object, () => pathOf(walk, parent, key));
  if (!entries) {
    walk.failed.add(object);
    return;
  }
  const node: Node = { entries, done: false, size: 1, height: 1 };
  walk.nodes.set(object, node);
  walk.distinct++;
  walk.stack.push({ node, object, parent, key, depth, next: 0 });
}

// Pass 1: read and measure, iteratively, post-order.
function measure(walk: Walk, root: unknown): void {
  const { stack, limits, findings } = walk;
  if (root !== null && typeof root === 'object') enter(walk, root, undefined, undefined, 0);
  else if (scalar(walk, root, () => [...walk.base])) walk.total = 1;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { node } = frame;
    const { entries } = node;
    if (frame.next >= entries.values.length) {
      stack.pop();
      finish(walk, node);
      continue;
    }
    const i = frame.next++;
    const key: PathSegment = entries.array ? i : entries.keys[i]!;
    if (!entries.array && FORBIDDEN.has(key as string)) {
      findings.push(
        createFinding('FORBIDDEN_KEY', { path: pathOf(walk, frame, key) }, { key: key as string }),
      );
      continue;
    }
    const item = entries.values[i];
    const type = typeof item;
    if (
      type === 'number' ||
      type === 'boolean' ||
      type === 'undefined' ||
      item === null ||
      (type === 'string' && (item as string).length <= limits.maxTextLength)
    ) {
      node.size += 1;
      continue;
    }
    if (type !== 'object') {
      if (scalar(walk, item, () => pathOf(walk, frame, key))) node.size += 1;
      continue;
    }
    child(walk, frame, key, item as object);
  }
}

// A finished object adds its size and height to its parent (or is the whole, at the root).
function finish(walk: Walk, node: Node): void {
  node.done = true;
  const parent = walk.stack[walk.stack.length - 1];
  if (parent) {
    parent.node.size += node.size;
    if (node.height + 1 > parent.node.height) parent.node.height = node.height + 1;
  } else walk.total = node.size;
}

// An object inside an object: a cycle, a shared one measured before, one that failed, or a new one to enter.
function child(walk: Walk, frame: Frame, key: PathSegment, value: object): void {
  const { node } = frame;
  const known = walk.nodes.get(value);
  if (known) {
    if (!known.done) {
      typeFinding(walk, pathOf(walk, frame, key), 'cycle');
      return;
    }
    // Shared: measured once, counted where it appears again.
    node.size += known.size;
    if (known.height + 1 > node.height) node.height = known.height + 1;
    if (frame.depth + 1 + known.height > walk.limits.maxDepth) {
      tooDeep(walk, pathOf(walk, frame, key), frame.depth + 1 + known.height);
    }
    return;
  }
  if (walk.failed.has(value)) return; // unreadable, already reported
  enter(walk, value, frame, key, frame.depth + 1);
}

// Pass 2: a plain tree copy from what pass 1 read (never reading the caller's value again).
function copy(root: unknown, nodes: ReadonlyMap<object, Node>): unknown {
  if (root === null || typeof root !== 'object') return root;
  const make = (entries: Entries): unknown[] | Record<string, unknown> => (entries.array ? [] : {});
  const rootEntries = nodes.get(root)!.entries;
  const out = make(rootEntries);
  const stack: { entries: Entries; target: unknown[] | Record<string, unknown> }[] = [
    { entries: rootEntries, target: out },
  ];
  while (stack.length > 0) {
    const { entries, target } = stack.pop()!;
    for (let i = 0; i < entries.values.length; i++) {
      const value = entries.values[i];
      let item = value;
      if (value !== null && typeof value === 'object') {
        const inner = nodes.get(value)!.entries;
        const made = make(inner);
        stack.push({ entries: inner, target: made });
        item = made;
      }
      if (entries.array) (target as unknown[]).push(item);
      else (target as Record<string, unknown>)[entries.keys[i]!] = item;
    }
  }
  return out;
}
