import { isAlias, isMap, isPair, isScalar, isSeq, type Document as YamlDocument } from 'yaml';
import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import { pathText } from '../findings/format.js';
import type { SourceMap } from './position.js';

/** The formats a document can be converted to. */
export type ConvertTarget = 'json' | 'yaml' | 'xlsx';

/** How many locations a loss finding lists. */
const FIRST = 5;

/**
 * What a conversion cannot keep of the source, as findings (`CONVERT_*` warnings with the
 * count and the first locations): comments, YAML anchors and aliases, numbers that are not
 * finite. `keepsSource` says the writer keeps the source text (YAML written over its original).
 * `value` is the data written (a parsed document); `source` its map back to the text.
 */
export function conversionLosses(
  value: unknown,
  to: ConvertTarget,
  source?: SourceMap,
  keepsSource = false,
): Finding[] {
  const out: Finding[] = [];
  const yaml = source?.yaml as YamlDocument | undefined;
  if (yaml && !(to === 'yaml' && keepsSource)) {
    const found = yamlExtras(yaml);
    const lines = (paths: PathSegment[][]) => {
      const at = source!.locateAll(paths.slice(0, 10_000).map((path) => ({ path, key: true })));
      const ls = new Set<number>();
      for (const p of at) if (p) ls.add(p.line);
      return [...ls].sort((a, b) => a - b).slice(0, FIRST);
    };
    if (found.comments.length > 0) {
      const l = lines(found.comments);
      out.push(
        createFinding(
          'CONVERT_COMMENTS_DROPPED',
          { ...(l[0] ? { line: l[0] } : {}) },
          {
            to,
            count: found.comments.length,
            lines: l,
          },
        ),
      );
    }
    if (found.anchors.length + found.aliases.length > 0) {
      const l = lines([...found.anchors, ...found.aliases]);
      out.push(
        createFinding(
          'CONVERT_ANCHORS_DROPPED',
          { ...(l[0] ? { line: l[0] } : {}) },
          {
            to,
            anchors: found.anchors.length,
            aliases: found.aliases.length,
            lines: l,
          },
        ),
      );
    }
  }
  if (to === 'json') {
    const paths = nonFinite(value);
    if (paths.length > 0) {
      out.push(
        createFinding(
          'CONVERT_NONFINITE_DROPPED',
          { path: paths[0]! },
          {
            to: 'json',
            count: paths.length,
            paths: paths.slice(0, FIRST).map((path) => pathText({ path })),
          },
        ),
      );
    }
  }
  return out;
}

interface Extras {
  comments: PathSegment[][];
  anchors: PathSegment[][];
  aliases: PathSegment[][];
}

// Walks the YAML tree iteratively with the data path of each node.
function yamlExtras(doc: YamlDocument): Extras {
  const found: Extras = { comments: [], anchors: [], aliases: [] };
  if (doc.commentBefore) found.comments.push([]);
  if (doc.comment) found.comments.push([]);
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (isAlias(node)) {
      found.aliases.push(path);
      continue;
    }
    const n = node as { commentBefore?: string | null; comment?: string | null; anchor?: string };
    if (n.commentBefore) found.comments.push(path);
    if (n.comment) found.comments.push(path);
    if (n.anchor) found.anchors.push(path);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const k = pair.key as { commentBefore?: string | null; comment?: string | null } | null;
        if (k?.commentBefore) found.comments.push([...path, key]);
        if (k?.comment) found.comments.push([...path, key]);
        stack.push({ node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        stack.push({ node: item, path: [...path, i] });
      });
    }
  }
  return found;
}

function nonFinite(root: unknown): PathSegment[][] {
  const out: PathSegment[][] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) out.push(path);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: (value as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
      }
    }
  }
  return out;
}
