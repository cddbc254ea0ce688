const LF = 10;
const COMMA = 44;
const COLON = 58;
const DASH = 45;
const OPEN_ARRAY = 91;
const OPEN_OBJECT = 123;
const QUESTION = 63;

/**
 * Counts, in one pass over a YAML text and before it is parsed, the marks where
 * a node can begin: line breaks, commas, colons, dashes, `[`, `{` and `?`. Every
 * scalar, sequence and mapping of a YAML text but the first needs one of them,
 * so the count bounds the number of nodes from above (a text's own prose adds a
 * few). The YAML parser costs about 1 KB of memory per node whatever the bytes,
 * so this, not the text's length, is what bounds its memory. Returns the offset
 * where the count passed `max`, or undefined when it stays within.
 */
export function yamlNodeBudget(
  text: string,
  max: number,
): { readonly count: number; readonly over?: number } {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      c === LF ||
      c === COMMA ||
      c === COLON ||
      c === DASH ||
      c === OPEN_ARRAY ||
      c === OPEN_OBJECT ||
      c === QUESTION
    ) {
      count++;
      if (count > max) return { count, over: i };
    }
  }
  return { count };
}
