import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Document as YamlDocument,
} from 'yaml';
import type { Finding, Location } from '../findings/finding.js';
import { scanJson } from './json-scan.js';
import { LineIndex, type LocateRequest, type Position, pathKey, type SourceMap } from './position.js';

/** Source map of a YAML document: walks the parsed syntax tree to the path. */
export function yamlSourceMap(doc: YamlDocument, lines: LineCounter, file?: string): SourceMap {
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  return {
    format: 'yaml',
    yaml: doc,
    ...(file === undefined ? {} : { file }),
    locateAll: (requests) =>
      requests.map((request) => {
        let node: unknown = doc.contents;
        let best: number | undefined = (node as Node | null)?.range?.[0];
        const { path } = request;
        for (let i = 0; i < path.length; i++) {
          const seg = path[i];
          if (isAlias(node)) node = node.resolve(doc);
          if (isMap(node)) {
            const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
            if (!pair) return best === undefined ? undefined : at(best);
            if (request.key && i === path.length - 1 && isScalar(pair.key) && pair.key.range) {
              return at(pair.key.range[0]);
            }
            node = pair.value;
          } else if (isSeq(node) && typeof seg === 'number') {
            node = node.items[seg];
          } else {
            return best === undefined ? undefined : at(best);
          }
          const range = (node as Node | null)?.range;
          if (range) best = range[0];
        }
        return best === undefined ? undefined : at(best);
      }),
  };
}

/** Source map of a JSON text: one scan of the text finds all requested paths. */
export function jsonSourceMap(text: string, file?: string): SourceMap {
  const index = new LineIndex(text);
  return {
    format: 'json',
    ...(file === undefined ? {} : { file }),
    locateAll: (requests) => {
      if (requests.length === 0) return [];
      // Ask for every prefix too, so a missing key can point at its parent.
      const wanted = new Set<string>();
      for (const r of requests)
        for (let n = 0; n <= r.path.length; n++) wanted.add(pathKey(r.path.slice(0, n)));
      const scan = scanJson(text, wanted, false);
      return requests.map((r) => {
        if (r.key) {
          const k = scan.keys.get(pathKey(r.path));
          if (k !== undefined) return index.position(k);
        }
        for (let n = r.path.length; n >= 0; n--) {
          const v = scan.values.get(pathKey(r.path.slice(0, n)));
          if (v !== undefined) return index.position(v);
        }
        return undefined;
      });
    },
  };
}

const KEY_CODES = new Set(['UNKNOWN_KEY', 'FORBIDDEN_KEY', 'DUPLICATE_KEY']);

/** Adds file, line and column to findings that have a path, from the document's source map. */
export function attachLocations(findings: readonly Finding[], source: SourceMap | undefined): Finding[] {
  if (!source) return [...findings];
  const todo = findings.filter((f) => f.location.path && f.location.line === undefined);
  if (todo.length === 0 && source.file === undefined) return [...findings];
  const positions = source.locateAll(
    todo.map((f) => ({ path: f.location.path!, key: KEY_CODES.has(f.code) })),
  );
  const found = new Map<Finding, Position | undefined>();
  todo.forEach((f, i) => {
    found.set(f, positions[i]);
  });
  return findings.map((f) => {
    const pos = found.get(f);
    const location: Location = {
      ...f.location,
      ...(source.file !== undefined && f.location.file === undefined ? { file: source.file } : {}),
      ...(pos ? { line: pos.line, column: pos.column } : {}),
    };
    return { ...f, location };
  });
}

export type { LocateRequest };
