import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import type { LineIndex } from './position.js';

/** What most likely broke a YAML text, in words the locale tables know. */
export type SyntaxCause =
  | 'tab'
  | 'colon'
  | 'quote'
  | 'bracket'
  | 'indent'
  | 'documents'
  | 'nesting'
  | 'other';

/** One error of the YAML parser: its code and the offset it points to. */
export interface ParserError {
  readonly code: string;
  readonly offset: number;
  readonly message: string;
}

const MAX_SHOWN = 120;

/** A line as shown in a message: tabs made visible, long lines shortened. */
function shown(line: string): string {
  const t = line.replace(/\t/g, '→').trimEnd();
  return t.length > MAX_SHOWN ? `${t.slice(0, MAX_SHOWN - 1)}…` : t;
}

/**
 * Turns the YAML parser's errors into one finding in our own words: the first
 * error, with its likely cause and the line it is on. Later errors are nearly
 * always consequences of the first (one tab gives the parser up to eight), so
 * they are left out; fix the first and read again.
 */
export function explainYamlErrors(text: string, errors: readonly ParserError[], index: LineIndex): Finding {
  const lines = text.split('\n');
  const first = [...errors].sort((a, b) => a.offset - b.offset)[0]!;
  let { line, column } = index.position(first.offset);
  let cause: SyntaxCause = 'other';

  const tabLine = firstTabIndent(lines, line);
  // The parser ran out of stack: block nesting deeper than the reader can follow
  // (thousands of levels), which the depth limit could not count first.
  if (first.code === 'RESOURCE_EXHAUSTION') {
    cause = 'nesting';
  } else if (first.code === 'TAB_AS_INDENT' || tabLine !== undefined) {
    cause = 'tab';
    if (tabLine !== undefined) {
      line = tabLine;
      column = lines[line - 1]!.indexOf('\t') + 1;
    }
  } else if (first.code === 'MISSING_CHAR' && /quote/i.test(first.message)) {
    cause = 'quote';
    const open = openQuote(lines, line);
    if (open) ({ line, column } = open);
  } else if (openBracket(lines, line) !== undefined) {
    cause = 'bracket';
    ({ line, column } = openBracket(lines, line)!);
  } else if (first.code === 'MULTIPLE_DOCS') {
    cause = 'documents';
  } else if (
    (first.code === 'BLOCK_AS_IMPLICIT_KEY' || first.code === 'MULTILINE_IMPLICIT_KEY') &&
    hasColonInValue(lines[line - 1] ?? '', column)
  ) {
    cause = 'colon';
  } else if (
    first.code === 'BAD_INDENT' ||
    first.code === 'MISSING_CHAR' ||
    first.code === 'BLOCK_AS_IMPLICIT_KEY' ||
    first.code === 'MULTILINE_IMPLICIT_KEY' ||
    first.code === 'UNEXPECTED_TOKEN'
  ) {
    cause = 'indent';
  }
  const source = shown(lines[line - 1] ?? '');
  const details: Record<string, string> = { format: 'YAML', cause, source, parserCode: first.code };
  if (cause === 'colon') details.fix = shown(quoteValue(lines[line - 1] ?? '', column)).trim();
  return createFinding('SYNTAX_ERROR', { line, column }, details);
}

// A tab in the indentation of a line up to the error (tabs inside text are fine).
function firstTabIndent(lines: readonly string[], upTo: number): number | undefined {
  for (let i = 0; i < Math.min(lines.length, upTo); i++) {
    if (/^[ ]*\t/.test(lines[i]!) && lines[i]!.trim() !== '') return i + 1;
  }
  return undefined;
}

function hasColonInValue(line: string, column: number): boolean {
  return /:(\s|$)/.test(line.slice(column - 1));
}

// `text: Mål: öka` → `text: 'Mål: öka'`: the fix the hint shows.
function quoteValue(line: string, column: number): string {
  const value = line.slice(column - 1).trimEnd();
  return `${line.slice(0, column - 1)}'${value.replace(/'/g, "''")}'`;
}

// The quote that opens a text never closed before the error line.
function openQuote(lines: readonly string[], upTo: number): { line: number; column: number } | undefined {
  let found: { line: number; column: number } | undefined;
  let open: string | undefined;
  for (let i = 0; i < Math.min(lines.length, upTo); i++) {
    const line = lines[i]!;
    let from = 0;
    if (open === undefined) {
      const m = /(^\s*(?:-\s+)?|:\s+|-\s+)(['"])/.exec(line);
      if (!m) continue;
      open = m[2]!;
      from = m.index + m[0].length;
      found = { line: i + 1, column: from };
    }
    const rest = line.slice(from).replace(open === "'" ? /''/g : /\\./g, '');
    if (rest.includes(open)) open = undefined;
  }
  return open === undefined ? undefined : found;
}

// The [ or { that is never closed before the error line.
function openBracket(lines: readonly string[], upTo: number): { line: number; column: number } | undefined {
  let depth = 0;
  let opened: { line: number; column: number } | undefined;
  for (let i = 0; i < Math.min(lines.length, upTo); i++) {
    const line = lines[i]!.replace(/'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"/g, (s) => ' '.repeat(s.length));
    for (let c = 0; c < line.length; c++) {
      const ch = line[c];
      if (ch === '#' && (c === 0 || line[c - 1] === ' ')) break;
      if (ch === '[' || ch === '{') {
        if (depth === 0) opened = { line: i + 1, column: c + 1 };
        depth++;
      } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
    }
  }
  return depth > 0 ? opened : undefined;
}
