import type { Finding, PathSegment } from '../findings/finding.js';

/** Where an object of the document came from: its sheet and row, and the cell of each field. */
export interface Origin {
  readonly sheet: string;
  readonly row?: number;
  /** Field path ("id", "period.from", or a key taken from the Extra (JSON) cell) → its cell. */
  readonly cells: Readonly<Record<string, { readonly row: number; readonly cell: string }>>;
}

/** Adds sheet, row and cell to findings that point into the document by path. */
export type Locator = (findings: readonly Finding[]) => Finding[];

const keyOf = (path: readonly PathSegment[]) => JSON.stringify(path);

/**
 * Indexes the origins of every object of the document by its path, so a
 * finding's path (from the schema check or from `validate`) leads to a cell:
 * the longest path with a known row, then the field's column on that row.
 */
export function buildLocator(document: object, origins: WeakMap<object, Origin>): Locator {
  const index = new Map<string, Origin>();
  const walk = (value: unknown, path: PathSegment[]) => {
    if (value === null || typeof value !== 'object') return;
    const origin = origins.get(value);
    if (origin) index.set(keyOf(path), origin);
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, [...path, i]);
      });
    } else for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(document, []);

  const locate = (finding: Finding): Finding => {
    const path = finding.location.path;
    if (!path || finding.location.sheet !== undefined) return finding;
    for (let i = path.length; i >= 0; i--) {
      const origin = index.get(keyOf(path.slice(0, i)));
      if (!origin) continue;
      const rest = path.slice(i);
      for (let j = rest.length; j >= 1; j--) {
        const part = rest.slice(0, j);
        if (part.some((s) => typeof s !== 'string')) continue;
        const at = origin.cells[part.join('.')];
        if (at)
          return {
            ...finding,
            location: { ...finding.location, sheet: origin.sheet, row: at.row, cell: at.cell },
          };
      }
      return {
        ...finding,
        location: {
          ...finding.location,
          sheet: origin.sheet,
          ...(origin.row !== undefined ? { row: origin.row } : {}),
        },
      };
    }
    return finding;
  };
  return (findings) => findings.map(locate);
}
