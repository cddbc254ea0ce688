import type { PathSegment } from '../findings/finding.js';
import { pathKey } from './position.js';

/** A key that appears twice in one JSON object. */
export interface DuplicateKey {
  readonly path: readonly PathSegment[];
  readonly key: string;
  readonly offset: number;
}

/** What one scan of a JSON text found. */
export interface JsonScan {
  /** Offsets of values whose path key was wanted. */
  readonly values: ReadonlyMap<string, number>;
  /** Offsets of keys whose path key was wanted. */
  readonly keys: ReadonlyMap<string, number>;
  readonly duplicates: readonly DuplicateKey[];
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/**
 * Scans a JSON text that `JSON.parse` already accepted: finds the offsets of the
 * wanted paths and, on request, duplicate keys (which `JSON.parse` drops silently).
 * Iterative, so deep nesting cannot overflow the stack.
 */
export function scanJson(text: string, wanted: ReadonlySet<string>, findDuplicates: boolean): JsonScan {
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  const want = wanted.size > 0;
  const path: PathSegment[] = [];
  const isArray: boolean[] = [];
  // Keys seen per open object, reused by depth so the scan allocates almost nothing.
  const keyLists: string[][] = [];
  const keySets: (Set<string> | undefined)[] = [];
  const n = text.length;
  let i = 0;

  const skipSpace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === LF || c === CR || c === TAB) i++;
      else break;
    }
  };
  // Jumps quote to quote with indexOf (native speed); a quote preceded by an odd
  // number of backslashes is escaped and does not end the string.
  const endOfString = (start: number) => {
    let j = start + 1;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q === -1) return n;
      let slashes = 0;
      for (let k = q - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--) slashes++;
      if (slashes % 2 === 0) return q + 1;
      j = q + 1;
    }
  };
  const readKey = () => {
    const end = endOfString(i);
    const raw = text.slice(i + 1, end - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
    if (findDuplicates) {
      const depth = isArray.length - 1;
      const list = keyLists[depth]!;
      const set = keySets[depth];
      const seen = set ? set.has(key) : list.includes(key);
      if (seen) duplicates.push({ path: [...path], key, offset: i });
      else if (set) set.add(key);
      else {
        list.push(key);
        // Objects with many keys (dictionaries under x- keys) switch to a set.
        if (list.length > 32) keySets[depth] = new Set(list);
      }
    }
    path.push(key);
    if (want) {
      const k = pathKey(path);
      if (wanted.has(k)) keys.set(k, i);
    }
    i = end;
    skipSpace();
    i++; // the colon
  };

  let expectValue = true;
  while (i < n) {
    skipSpace();
    if (expectValue) {
      if (want) {
        const k = pathKey(path);
        if (wanted.has(k)) values.set(k, i);
      }
      const c = text.charCodeAt(i);
      if (c === OPEN_OBJECT) {
        i++;
        skipSpace();
        if (text.charCodeAt(i) === CLOSE_OBJECT) {
          i++;
          expectValue = false;
        } else {
          isArray.push(false);
          if (findDuplicates) {
            const depth = isArray.length - 1;
            if (keyLists[depth]) keyLists[depth]!.length = 0;
            else keyLists[depth] = [];
            keySets[depth] = undefined;
          }
          readKey();
        }
        continue;
      }
      if (c === OPEN_ARRAY) {
        i++;
        skipSpace();
        if (text.charCodeAt(i) === CLOSE_ARRAY) {
          i++;
          expectValue = false;
        } else {
          isArray.push(true);
          path.push(0);
        }
        continue;
      }
      if (c === QUOTE) i = endOfString(i);
      else {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (
            d === COMMA ||
            d === CLOSE_OBJECT ||
            d === CLOSE_ARRAY ||
            d === SPACE ||
            d === LF ||
            d === CR ||
            d === TAB
          )
            break;
          i++;
        }
      }
      expectValue = false;
      continue;
    }
    if (isArray.length === 0) break;
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      if (isArray[isArray.length - 1]) {
        path[path.length - 1] = (path[path.length - 1] as number) + 1;
      } else {
        path.pop();
        skipSpace();
        readKey();
      }
      expectValue = true;
      continue;
    }
    i++; // } or ]: both kinds of container pushed one path segment
    path.pop();
    isArray.pop();
  }
  return { values, keys, duplicates };
}
