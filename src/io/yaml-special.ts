// Which YAML texts the fast reader leaves to the full one (yaml-fast.ts). SPECIAL is the
// rule, written as a regular expression; `hasSpecial` answers the same question in one pass
// from mark to mark, many times faster: the expression tries its nine alternatives at every
// position, and it runs on every text read (it was 9 % of reading a folder).
// test/io/yaml-special.test.ts holds the two to the same answer on any text.

// Anchors, aliases and tags (`&a`, `*a`, `!!str`, `!tag`) at the start of a node, explicit
// keys (`? `), directives and a comment glued to a quote or bracket (`'a'#`, `{}#`: errors to `yaml` only): where the two readers could differ (alias counting, tag
// resolution, collection keys), the text takes the full path. Prose such as `R&D`, `5 * 3`
// or `Varför?` does not match. So does a list item left empty (`- - ` or a lone `-`): js-yaml
// 4.3 reads `- - ⏎- x` as one list [[null, 'x']] where YAML says [[null], 'x']. And tabs in
// the indentation, `---x` or `--- x` (the two differ on a marker not alone on its line) and a byte-order mark
// inside the text, block scalars with an indentation number (`|2`) and lists or mappings as
// keys (`[a, b]: 1`). And a backslash that ends a line followed by an empty or blank line: in
// a double-quoted text that is an escaped line break, and the empty line after it reads as
// nothing in js-yaml, a space in `yaml` (`"x\⏎⏎ y"`). A backslash ending a line otherwise (a
// comment, a Windows path, PyYAML's wrapped `"…\⏎  \ …"`) reads the same in both. And a
// carriage return not followed by a line feed (old Mac line ends): js-yaml takes it for a
// line break, `yaml` for a character of the text.
export const SPECIAL =
  /(?:^|[\s[{,])(?:[&*][^\s[\]{},]|!|\?(?:\s|$))|^%|['"\]}]#|(?:^|[ \t])-[ \t]*(?:#[^\n]*)?\r?$|^ *\t|^(?:---|\.\.\.)(?![ \t]*\r?\n)|\ufeff|[|>][+-]?[1-9]|[}\]][ \t]*:|\\\r?\n[ \t]*[\r\n]|\r(?!\n)/m;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const AMP = 38;
const QUOTE = 39;
const STAR = 42;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const ONE = 49;
const NINE = 57;
const COLON = 58;
const GT = 62;
const QUESTION = 63;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const PIPE = 124;
const CLOSE_CURLY = 125;
const BACKSLASH = 92;
const BOM = 0xfeff;

// `\s` of a JavaScript regular expression.
function isSpace(c: number): boolean {
  return (
    (c >= TAB && c <= CR) ||
    c === SPACE ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === BOM
  );
}

// Where `^` and `$` of a multiline expression match: after and before these.
function isLineBreak(c: number): boolean {
  return c === LF || c === CR || c === 0x2028 || c === 0x2029;
}

// The characters at which an alternative of SPECIAL can match (the others only look back or
// ahead from one of them). The regular expression engine skips to the next of them far faster
// than a loop over the character codes (3.5× over generated plan files: 12 against 42 ms for
// 10 MB), and what a mark needs of the line before it is worked out only at a mark.
const MARK = /[&*!?%#\-.\t\r|>\]}\\\ufeff]/g;

/** Whether `SPECIAL` matches somewhere in `text`. */
export function hasSpecial(text: string): boolean {
  // `test` on a global expression moves `lastIndex` past the mark it found, without making a
  // match array. Nothing runs between the calls, so sharing the expression is safe.
  MARK.lastIndex = 0;
  while (MARK.test(text)) {
    const i = MARK.lastIndex - 1;
    const c = text.charCodeAt(i);
    const prev = i === 0 ? -1 : text.charCodeAt(i - 1);
    const lineStart = prev === -1 || isLineBreak(prev);
    if (special(text, i, c, prev, lineStart, c === TAB && indentedSoFar(text, i))) {
      MARK.lastIndex = 0;
      return true;
    }
  }
  return false;
}

// Whether every character from the start of i's line up to i is a space (`^ *` before a tab).
function indentedSoFar(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (isLineBreak(c)) return true;
    if (c !== SPACE) return false;
  }
  return true;
}

// Whether an alternative of SPECIAL matches at i (or, for the first, one before i).
function special(
  text: string,
  i: number,
  c: number,
  prev: number,
  lineStart: boolean,
  indent: boolean,
): boolean {
  switch (c) {
    case AMP:
    case STAR: {
      if (!(lineStart || nodeStart(prev))) return false;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      return (
        next !== -1 &&
        !isSpace(next) &&
        next !== OPEN_SQUARE &&
        next !== CLOSE_SQUARE &&
        next !== OPEN_CURLY &&
        next !== CLOSE_CURLY &&
        next !== COMMA
      );
    }
    case BANG:
      return lineStart || nodeStart(prev);
    case QUESTION: {
      if (!(lineStart || nodeStart(prev))) return false;
      return i + 1 >= text.length || isSpace(text.charCodeAt(i + 1));
    }
    case PERCENT:
      return lineStart;
    case HASH:
      return prev === QUOTE || prev === DQUOTE || prev === CLOSE_SQUARE || prev === CLOSE_CURLY;
    case DASH:
      return (
        ((lineStart || prev === SPACE || prev === TAB) && emptyItem(text, i + 1)) ||
        (lineStart && marker(text, i, DASH))
      );
    case DOT:
      return lineStart && marker(text, i, DOT);
    case TAB:
      return indent;
    case BOM:
      return true;
    case PIPE:
    case GT: {
      let j = i + 1;
      const next = j < text.length ? text.charCodeAt(j) : -1;
      if (next === PLUS || next === DASH) j++;
      const digit = j < text.length ? text.charCodeAt(j) : -1;
      return digit >= ONE && digit <= NINE;
    }
    case CLOSE_SQUARE:
    case CLOSE_CURLY:
      return afterBlanks(text, i + 1) === COLON;
    case BACKSLASH:
      return blankLineAfter(text, i + 1);
    case CR:
      return i + 1 >= text.length || text.charCodeAt(i + 1) !== LF;
    default:
      return false;
  }
}

// `[\s[{,]` before a mark.
function nodeStart(prev: number): boolean {
  return isSpace(prev) || prev === OPEN_SQUARE || prev === OPEN_CURLY || prev === COMMA;
}

// The character after the spaces and tabs from j on, or -1 at the end of the text.
function afterBlanks(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c !== SPACE && c !== TAB) return c;
  }
  return -1;
}

// `\r?\n[ \t]*[\r\n]` from j on: a line break, then a line of blanks only (or none).
function blankLineAfter(text: string, from: number): boolean {
  let j = from;
  if (j < text.length && text.charCodeAt(j) === CR) j++;
  if (j >= text.length || text.charCodeAt(j) !== LF) return false;
  const next = afterBlanks(text, j + 1);
  return next === CR || next === LF;
}

// `[ \t]*(?:#[^\n]*)?\r?$` from j on: blanks, maybe a comment, then the end of the line.
function emptyItem(text: string, from: number): boolean {
  const c = afterBlanks(text, from);
  return c === -1 || c === HASH || isLineBreak(c);
}

// `(?:---|\.\.\.)(?![ \t]*\r?\n)` at i: a document marker with more on its line (or at the very end).
function marker(text: string, i: number, mark: number): boolean {
  if (text.charCodeAt(i + 1) !== mark || text.charCodeAt(i + 2) !== mark) return false;
  let j = i + 3;
  while (j < text.length && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
  if (j < text.length && text.charCodeAt(j) === CR) j++;
  return !(j < text.length && text.charCodeAt(j) === LF);
}
