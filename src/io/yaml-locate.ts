import { type LoadOptions, load, type Schema, type State } from 'js-yaml';
import type { PathSegment } from '../findings/finding.js';
import { LineIndex, type LocateRequest, type Position } from './position.js';

// A step of a path as a key that keeps numbers and texts apart: `yaml`'s locator matches a
// mapping key with `===`, so the key `2024` (a number) is not the text '2024' of a path.
const step = (seg: PathSegment | boolean | null | object): string =>
  typeof seg === 'string' ? `\u001f${seg}` : typeof seg === 'number' ? `\u001e${seg}` : '\u001d';
const keyOf = (path: readonly PathSegment[], n = path.length): string => {
  let key = '';
  for (let i = 0; i < n; i++) key += step(path[i]!);
  return key;
};

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;

// The first character of a node's content at or after `at`: past spaces, line breaks and comments.
function contentStart(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === LF || c === CR) i++;
    else if (c === HASH) {
      const end = text.indexOf('\n', i);
      if (end === -1) return text.length;
      i = end;
    } else return i;
  }
}

function skipBlanks(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === SPACE || c === TAB; c = text.charCodeAt(++i));
  return i;
}

type Kind = 'flow-seq' | 'flow-map' | 'block-seq' | 'other';

interface Frame {
  /** Where the listener opened the node, and where its content starts. */
  readonly open: number;
  readonly start: number;
  readonly kind: Kind;
  readonly flow: boolean;
  /** The node's path as a key, or null when nothing under it is wanted (or it is a key). */
  readonly path: string | null;
  /** The node may be a mapping key: decided when it closes, by a `:` after it. */
  readonly keyCandidate: boolean;
  /** A key read whose value has not yet opened. */
  pendingKey: string | undefined;
  /** In a flow list, the path of the one-pair mapping whose value comes next. */
  pairPath: string | null;
  count: number;
}

/** What the listener keeps while js-yaml reads: the frames of the open nodes and the positions found. */
interface Follow {
  readonly text: string;
  /** The requested paths and their prefixes. */
  readonly wanted: ReadonlySet<string>;
  readonly values: Map<string, number>;
  readonly keys: Map<string, number>;
  readonly stack: Frame[];
}

/**
 * Locates paths in a YAML text the fast reader (js-yaml) reads, without building
 * `yaml`'s syntax tree: js-yaml reads the text once more with a listener, and a stack
 * as deep as the text's nesting follows the path of each node; only the positions of
 * the requested paths (and their prefixes) are kept. The positions are those
 * `yaml`'s source map gives (source-map.ts): a value where its content starts, a key
 * where it starts, the nearest enclosing value when the path is not there.
 */
export function locateYamlFast(
  text: string,
  schema: Schema,
  requests: readonly LocateRequest[],
): readonly (Position | undefined)[] {
  const wanted = new Set<string>();
  for (const r of requests) for (let n = 0; n <= r.path.length; n++) wanted.add(keyOf(r.path, n));
  const follow: Follow = { text, wanted, values: new Map(), keys: new Map(), stack: [] };
  const listener = (event: 'open' | 'close', state: State): void => {
    const s = state as State & { position: number; result: unknown };
    if (event === 'open') openNode(follow, s.position);
    else closeNode(follow, s.position, s.result);
  };
  try {
    const options: LoadOptions = { schema, listener };
    load(text, options);
  } catch {
    return requests.map(() => undefined);
  }
  const index = new LineIndex(text);
  return requests.map((r) => {
    if (r.key) {
      const k = follow.keys.get(keyOf(r.path));
      if (k !== undefined) return index.position(k);
    }
    for (let n = r.path.length; n >= 0; n--) {
      const v = follow.values.get(keyOf(r.path, n));
      if (v !== undefined) return index.position(v);
    }
    return undefined;
  });
}

// What a node is, from its first character: `[`, `{`, a `-` with a blank after it, or anything else.
function kindAt(text: string, start: number): Kind {
  const c = text.charCodeAt(start);
  const next = text.charCodeAt(start + 1);
  return c === 91
    ? 'flow-seq'
    : c === 123
      ? 'flow-map'
      : c === 45 && (next === SPACE || next === TAB || next === LF || next === CR || Number.isNaN(next))
        ? 'block-seq'
        : 'other';
}

function openNode(follow: Follow, open: number): void {
  const { stack } = follow;
  const parent = stack[stack.length - 1];
  const start = contentStart(follow.text, open);
  let path: string | null = null;
  let keyCandidate = false;
  if (parent === undefined) path = '';
  else if (start === parent.start) {
    // The same node as its parent (js-yaml tries a block mapping and keeps what it read), or the
    // first key of the parent's mapping: which one shows when it closes.
    path = parent.path;
    keyCandidate = true;
  } else if (parent.kind === 'flow-seq' && parent.pendingKey !== undefined) {
    // The value of a one-pair mapping written as an item (`[a: 1]`).
    if (parent.pairPath !== null) path = parent.pairPath + parent.pendingKey;
    parent.pendingKey = undefined;
  } else if (parent.kind === 'flow-seq' || parent.kind === 'block-seq') {
    const index = parent.count++;
    if (parent.path !== null) path = parent.path + step(index);
    keyCandidate = parent.kind === 'flow-seq';
  } else if (parent.pendingKey !== undefined) {
    if (parent.path !== null) path = parent.path + parent.pendingKey;
    parent.pendingKey = undefined;
  } else keyCandidate = true;
  if (path !== null && !follow.wanted.has(path)) path = null;
  const flow =
    parent !== undefined && (parent.flow || parent.kind === 'flow-seq' || parent.kind === 'flow-map');
  const kind = kindAt(follow.text, start);
  stack.push({
    open,
    start,
    kind,
    flow,
    path,
    keyCandidate,
    pendingKey: undefined,
    pairPath: null,
    count: 0,
  });
}

function closeNode(follow: Follow, end: number, result: unknown): void {
  const frame = follow.stack.pop()!;
  const parent = follow.stack[follow.stack.length - 1];
  if (frame.keyCandidate && parent !== undefined && closeKey(follow, frame, parent, end, result)) return;
  const { values } = follow;
  if (frame.path === null || values.has(frame.path)) return;
  if (end <= frame.start && result === null) {
    // An empty value: `yaml` places it after the indicator and the blanks that follow.
    if (parent !== undefined) values.set(frame.path, skipBlanks(follow.text, frame.open));
  } else values.set(frame.path, frame.start);
}

// A node that may have been a key: true when it was one (its position is kept as the key's).
function closeKey(follow: Follow, frame: Frame, parent: Frame, end: number, result: unknown): boolean {
  const { text, wanted, values, keys } = follow;
  const after = frame.flow ? contentStart(text, end) : skipBlanks(text, end);
  if (text.charCodeAt(after) === 58) {
    const key = step(result as PathSegment);
    parent.pendingKey = key;
    let owner = parent.path;
    if (parent.kind === 'flow-seq') {
      // A one-pair mapping as an item: it starts at its key.
      owner = frame.path;
      parent.pairPath = frame.path;
      if (frame.path !== null && !values.has(frame.path)) values.set(frame.path, frame.start);
    }
    if (owner !== null && wanted.has(owner + key) && !keys.has(owner + key))
      keys.set(owner + key, frame.start);
    return true;
  }
  if (parent.kind === 'flow-map' && frame.start !== parent.start) {
    // A key without a value in `{ }` (`{ a, b: 1 }`): `yaml` has no node for its value.
    const key = parent.path === null ? null : parent.path + step(result as PathSegment);
    if (key !== null && wanted.has(key) && !keys.has(key)) keys.set(key, frame.start);
    return true;
  }
  return false;
}
