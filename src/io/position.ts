import type { PathSegment } from '../findings/finding.js';

/** A place in a text: 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A request to locate the value (or the key) at a path inside a document. */
export interface LocateRequest {
  readonly path: readonly PathSegment[];
  /** Locate the key naming the value rather than the value itself. */
  readonly key?: boolean;
}

/**
 * Where the parts of a parsed document are in its source text. Located in one
 * batch, because JSON positions come from one scan of the whole text.
 */
export interface SourceMap {
  readonly file?: string;
  readonly format: 'yaml' | 'json';
  locateAll(requests: readonly LocateRequest[]): readonly (Position | undefined)[];
  /** The YAML syntax tree, kept so that writing back can preserve comments and order. */
  readonly yaml?: unknown;
}

/**
 * A key for a path, usable in sets and maps: each step after a separator, so the
 * root (`[]`, key `''`) and a top-level empty key (`['']`) do not share a key.
 */
export function pathKey(path: readonly PathSegment[]): string {
  let key = '';
  for (const seg of path) key += `\u001f${seg}`;
  return key;
}

/** Turns character offsets into lines and columns with one index of line starts. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  position(offset: number): Position {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
