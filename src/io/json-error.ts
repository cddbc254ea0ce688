/**
 * Where a JSON text first breaks the grammar, as an offset: for the errors whose
 * message from `JSON.parse` names no position (a comma before `]`, a word that is
 * not `true`/`false`/`null`). One pass, no recursion (the depth was checked before).
 * Returns the text's length when it ends too early, -1 when the text is valid JSON.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  // What the parser expects next: a value, a key, a colon, or a comma/closer after an item.
  type Want = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';
  let want: Want = 'value';
  const stack: ('[' | '{')[] = [];
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  while (true) {
    ws();
    if (i >= n) return want === 'after' && stack.length === 0 ? -1 : n;
    const c = text[i]!;
    if (want === 'value' || want === 'first-value') {
      if (c === ']' && want === 'first-value') {
        stack.pop();
        i++;
        want = 'after';
      } else if (c === '[' || c === '{') {
        stack.push(c);
        i++;
        want = c === '[' ? 'first-value' : 'first-key';
      } else if (c === '"') {
        if (!string()) return i >= n ? n : i;
        want = 'after';
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
        want = 'after';
      } else if (text.startsWith('false', i)) {
        i += 5;
        want = 'after';
      } else {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m || m[0].length === 0 || m[0] === '-') return i;
        i += m[0].length;
        want = 'after';
      }
    } else if (want === 'key' || want === 'first-key') {
      if (c === '}' && want === 'first-key') {
        stack.pop();
        i++;
        want = 'after';
      } else if (c === '"') {
        if (!string()) return i >= n ? n : i;
        want = 'colon';
      } else return i;
    } else if (want === 'colon') {
      if (c !== ':') return i;
      i++;
      want = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i; // something after the whole value
      if (c === ',') {
        i++;
        want = top === '[' ? 'value' : 'key';
      } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
