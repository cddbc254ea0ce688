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
  const findings: Finding[] = [];
  // Paths are made only for findings, from the frames (building one per value costs more than the walk).
  const pathOf = (frame: Frame | undefined, key?: PathSegment): PathSegment[] => {
    const out: PathSegment[] = [];
    if (key !== undefined) out.push(key);
    for (let f = frame; f?.key !== undefined; f = f.parent) out.push(f.key);
    out.reverse();
    return [...base, ...out];
  };
  const typeFinding = (path: PathSegment[], found: string) =>
    findings.push(createFinding('INVALID_TYPE', { path }, { expected: 'data', found }));
  const nodes = new Map<object, Node>();
  const failed = new Set<object>();
  let depthReported = false;
  const tooDeep = (path: PathSegment[], found: number) => {
    if (depthReported) return;
    depthReported = true;
    findings.push(
      createFinding('LIMIT_EXCEEDED', { path }, { limit: 'maxDepth', max: limits.maxDepth, found }),
    );
  };
  const maxValues = limits.maxValues;
  const tooMany = (path: PathSegment[], found: number) =>
    findings.push(createFinding('LIMIT_EXCEEDED', { path }, { limit: 'maxValues', max: maxValues, found }));

  // Reads an object's own enumerable entries once; undefined (with a finding) when it cannot be read.
  const entriesOf = (object: object, at: () => PathSegment[]): Entries | undefined => {
    try {
      if (Array.isArray(object)) {
        const length = object.length;
        if (length > maxValues) {
          tooMany(at(), length);
          return undefined;
        }
        const values: unknown[] = new Array(length);
        for (let i = 0; i < length; i++) values[i] = object[i];
        return { array: true, keys: [], values };
      }
      const proto = Object.getPrototypeOf(object);
      if (proto !== Object.prototype && proto !== null) {
        typeFinding(at(), object instanceof Date ? 'date-object' : 'instance');
        return undefined;
      }
      const keys = Object.keys(object);
      if (keys.length > maxValues) {
        tooMany(at(), keys.length);
        return undefined;
      }
      const values: unknown[] = new Array(keys.length);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        values[i] = FORBIDDEN.has(key) ? undefined : (object as Record<string, unknown>)[key];
      }
      return { array: false, keys, values };
    } catch {
      typeFinding(at(), 'unreadable');
      return undefined;
    }
  };

  // A scalar's finding, if any; true when the value is data.
  const scalar = (value: unknown, at: () => PathSegment[]): boolean => {
    const bad = notData(value);
    if (bad !== undefined) {
      typeFinding(at(), bad);
      return false;
    }
    if (typeof value === 'string' && value.length > limits.maxTextLength) {
      findings.push(
        createFinding(
          'LIMIT_EXCEEDED',
          { path: at() },
          { limit: 'maxTextLength', max: limits.maxTextLength, found: value.length },
        ),
      );
      return false;
    }
    return true;
  };

  // Pass 1: read and measure, iteratively, post-order.
  let total = 0;
  let distinct = 0;
  const stack: Frame[] = [];
  const enter = (object: object, parent: Frame | undefined, key: PathSegment | undefined, depth: number) => {
    if (depth >= limits.maxDepth) {
      tooDeep(pathOf(parent, key), depth + 1);
      return;
    }
    const entries = entriesOf(object, () => pathOf(parent, key));
    if (!entries) {
      failed.add(object);
      return;
    }
    const node: Node = { entries, done: false, size: 1, height: 1 };
    nodes.set(object, node);
    distinct++;
    stack.push({ node, object, parent, key, depth, next: 0 });
  };
  if (root !== null && typeof root === 'object') enter(root, undefined, undefined, 0);
  else if (scalar(root, () => [...base])) total = 1;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { node } = frame;
    const { entries } = node;
    if (frame.next >= entries.values.length) {
      stack.pop();
      node.done = true;
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.node.size += node.size;
        if (node.height + 1 > parent.node.height) parent.node.height = node.height + 1;
      } else total = node.size;
      continue;
    }
    const i = frame.next++;
    const key: PathSegment = entries.array ? i : entries.keys[i]!;
    if (!entries.array && FORBIDDEN.has(key as string)) {
      findings.push(createFinding('FORBIDDEN_KEY', { path: pathOf(frame, key) }, { key: key as string }));
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
      if (scalar(item, () => pathOf(frame, key))) node.size += 1;
      continue;
    }
    const value = item as object;
    const known = nodes.get(value);
    if (known) {
      if (!known.done) {
        typeFinding(pathOf(frame, key), 'cycle');
        continue;
      }
      // Shared: measured once, counted where it appears again.
      node.size += known.size;
      if (known.height + 1 > node.height) node.height = known.height + 1;
      if (frame.depth + 1 + known.height > limits.maxDepth) {
        tooDeep(pathOf(frame, key), frame.depth + 1 + known.height);
      }
      continue;
    }
    if (failed.has(value)) continue; // unreadable, already reported
    enter(value, frame, key, frame.depth + 1);
  }
  if (findings.length > 0) return { ok: false, findings };
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
  return { ok: true, value: copy(root, nodes) };
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
