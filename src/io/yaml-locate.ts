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
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  const stack: Frame[] = [];

  const listener = (event: 'open' | 'close', state: State): void => {
    const s = state as State & { position: number; result: unknown };
    if (event === 'open') {
      const parent = stack[stack.length - 1];
      const open = s.position;
      const start = contentStart(text, open);
      const c = text.charCodeAt(start);
      const next = text.charCodeAt(start + 1);
      const kind: Kind =
        c === 91
          ? 'flow-seq'
          : c === 123
            ? 'flow-map'
            : c === 45 && (next === SPACE || next === TAB || next === LF || next === CR || Number.isNaN(next))
              ? 'block-seq'
              : 'other';
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
      if (path !== null && !wanted.has(path)) path = null;
      const flow =
        parent !== undefined && (parent.flow || parent.kind === 'flow-seq' || parent.kind === 'flow-map');
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
      return;
    }
    const frame = stack.pop()!;
    const parent = stack[stack.length - 1];
    const end = s.position;
    if (frame.keyCandidate && parent !== undefined) {
      const after = frame.flow ? contentStart(text, end) : skipBlanks(text, end);
      if (text.charCodeAt(after) === 58) {
        const key = step(s.result as PathSegment);
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
        return;
      }
      if (parent.kind === 'flow-map' && frame.start !== parent.start) {
        // A key without a value in `{ }` (`{ a, b: 1 }`): `yaml` has no node for its value.
        const key = parent.path === null ? null : parent.path + step(s.result as PathSegment);
        if (key !== null && wanted.has(key) && !keys.has(key)) keys.set(key, frame.start);
        return;
      }
    }
    if (frame.path === null || values.has(frame.path)) return;
    if (end <= frame.start && s.result === null) {
      // An empty value: `yaml` places it after the indicator and the blanks that follow.
      if (parent !== undefined) values.set(frame.path, skipBlanks(text, frame.open));
    } else values.set(frame.path, frame.start);
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
      const k = keys.get(keyOf(r.path));
      if (k !== undefined) return index.position(k);
    }
    for (let n = r.path.length; n >= 0; n--) {
      const v = values.get(keyOf(r.path, n));
      if (v !== undefined) return index.position(v);
    }
    return undefined;
  });
}
