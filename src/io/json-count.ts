/** What one tight pass over a JSON text counts. */
export interface JsonCount {
  /** Object keys in the text (a string followed by a colon), duplicates included. */
  readonly keys: number;
  /** Offset of the first `[` or `{` deeper than the limit, if there is one (the pass stops there). */
  readonly tooDeep?: number;
  /** The deepest nesting seen (up to the limit plus one). */
  readonly depth: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/**
 * One pass over a JSON text that `JSON.parse` accepted: counts the key tokens
 * and the nesting depth, and stops at the first container deeper than
 * `maxDepth`. No path, no allocation per value: it costs about as much as
 * reading the text once, so the depth limit is checked before any walk over the
 * data, and duplicate keys can be detected at any size by comparing this count
 * with the keys `JSON.parse` kept.
 */
export function countJson(text: string, maxDepth: number): JsonCount {
  const n = text.length;
  let keys = 0;
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Jump quote to quote; a quote after an odd number of backslashes is escaped.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return { keys, depth: deepest };
        let slashes = 0;
        for (let k = q - 1; k > i && text.charCodeAt(k) === BACKSLASH; k--) slashes++;
        j = q + 1;
        if (slashes % 2 === 0) break;
      }
      i = j;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 32 || d === 10 || d === 13 || d === 9) i++;
        else break;
      }
      if (text.charCodeAt(i) === COLON) keys++;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > maxDepth) return { keys, depth: deepest, tooDeep: i };
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
    i++;
  }
  return { keys, depth: deepest };
}

/**
 * The number of own keys of every object in parsed JSON data, walked with a
 * stack (no recursion). Where it is less than the key tokens of the text,
 * `JSON.parse` has dropped a duplicate key.
 */
export function countParsedKeys(root: unknown): number {
  let keys = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key in value) {
      keys++;
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return keys;
}
