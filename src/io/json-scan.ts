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
  const scan = new Scanner(text, wanted, findDuplicates);
  scan.run();
  return { values: scan.values, keys: scan.keys, duplicates: scan.duplicates };
}

/**
 * One scan's state: the position, the path to it, and what was found. The parts
 * of the walk (whitespace, strings, keys, containers, scalars, what follows a
 * value) are methods, so each can be read on its own.
 */
class Scanner {
  readonly values = new Map<string, number>();
  readonly keys = new Map<string, number>();
  readonly duplicates: DuplicateKey[] = [];
  private readonly want: boolean;
  private readonly n: number;
  private i = 0;
  private readonly path: PathSegment[] = [];
  /** Per open container, innermost last: is it an array. */
  private readonly isArray: boolean[] = [];
  // Keys seen per open object, reused by depth so the scan allocates almost nothing.
  private readonly keyLists: string[][] = [];
  private readonly keySets: (Set<string> | undefined)[] = [];

  constructor(
    private readonly text: string,
    private readonly wanted: ReadonlySet<string>,
    private readonly findDuplicates: boolean,
  ) {
    this.want = wanted.size > 0;
    this.n = text.length;
  }

  run(): void {
    let expectValue = true;
    while (this.i < this.n) {
      this.skipSpace();
      if (expectValue) expectValue = this.value();
      else if (this.isArray.length === 0) break;
      else expectValue = this.afterValue();
    }
  }

  /** Reads the value at the position; true when a container opened and its first member is next. */
  private value(): boolean {
    if (this.want) this.mark(this.values);
    const c = this.text.charCodeAt(this.i);
    if (c === OPEN_OBJECT) return this.openObject();
    if (c === OPEN_ARRAY) return this.openArray();
    if (c === QUOTE) this.i = this.endOfString(this.i);
    else this.skipScalar();
    return false;
  }

  /** A comma (the next member) or the end of the innermost container. */
  private afterValue(): boolean {
    const { path, isArray } = this;
    if (this.text.charCodeAt(this.i) === COMMA) {
      this.i++;
      if (isArray[isArray.length - 1]) {
        path[path.length - 1] = (path[path.length - 1] as number) + 1;
      } else {
        path.pop();
        this.skipSpace();
        this.readKey();
      }
      return true;
    }
    this.i++; // } or ]: both kinds of container pushed one path segment
    path.pop();
    isArray.pop();
    return false;
  }

  private openObject(): boolean {
    this.i++;
    this.skipSpace();
    if (this.text.charCodeAt(this.i) === CLOSE_OBJECT) {
      this.i++;
      return false;
    }
    this.isArray.push(false);
    if (this.findDuplicates) {
      const depth = this.isArray.length - 1;
      const list = this.keyLists[depth];
      if (list) list.length = 0;
      else this.keyLists[depth] = [];
      this.keySets[depth] = undefined;
    }
    this.readKey();
    return true;
  }

  private openArray(): boolean {
    this.i++;
    this.skipSpace();
    if (this.text.charCodeAt(this.i) === CLOSE_ARRAY) {
      this.i++;
      return false;
    }
    this.isArray.push(true);
    this.path.push(0);
    return true;
  }

  /** Reads a key and its colon, notes it if wanted or seen before in the object, and enters it. */
  private readKey(): void {
    const { text, i } = this;
    const end = this.endOfString(i);
    const raw = text.slice(i + 1, end - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
    if (this.findDuplicates) this.noteKey(key);
    this.path.push(key);
    if (this.want) this.mark(this.keys);
    this.i = end;
    this.skipSpace();
    this.i++; // the colon
  }

  /** Records a key of the innermost object, or a duplicate if the object has it already. */
  private noteKey(key: string): void {
    const depth = this.isArray.length - 1;
    const list = this.keyLists[depth]!;
    const set = this.keySets[depth];
    const seen = set ? set.has(key) : list.includes(key);
    if (seen) this.duplicates.push({ path: [...this.path], key, offset: this.i });
    else if (set) set.add(key);
    else {
      list.push(key);
      // Objects with many keys (dictionaries under x- keys) switch to a set.
      if (list.length > 32) this.keySets[depth] = new Set(list);
    }
  }

  /** Notes the position under the current path, if that path is wanted. */
  private mark(found: Map<string, number>): void {
    const k = pathKey(this.path);
    if (this.wanted.has(k)) found.set(k, this.i);
  }

  private skipSpace(): void {
    const { text, n } = this;
    let i = this.i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === LF || c === CR || c === TAB) i++;
      else break;
    }
    this.i = i;
  }

  /** A number, true, false or null: up to the next delimiter. */
  private skipScalar(): void {
    const { text, n } = this;
    let i = this.i;
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
    this.i = i;
  }

  // Jumps quote to quote with indexOf (native speed); a quote preceded by an odd
  // number of backslashes is escaped and does not end the string.
  private endOfString(start: number): number {
    const { text, n } = this;
    let j = start + 1;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q === -1) return n;
      let slashes = 0;
      for (let k = q - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--) slashes++;
      if (slashes % 2 === 0) return q + 1;
      j = q + 1;
    }
  }
}
