import { isMap, isScalar, isSeq, type Node, type Pair, stringify, Document as YamlDocument } from 'yaml';
import type { Document } from '../model/document.js';
import type { TextFormat } from './parse.js';
import type { SourceMap } from './position.js';

/** Options for writing a document. */
export interface WriteOptions {
  /** YAML (default) or JSON. */
  readonly format?: TextFormat;
  /**
   * The source map of the YAML the document was read from: writing then keeps
   * the user's comments, key order and quoting wherever the value did not change.
   */
  readonly original?: SourceMap | undefined;
}

/** Writes a document as YAML or JSON text. Parse → write → parse gives the same document. */
export function writeDocument(document: Document, options: WriteOptions = {}): string {
  if (options.format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  const original = options.original?.yaml;
  if (original instanceof YamlDocument) {
    const doc = original.clone();
    doc.contents = patch(doc, doc.contents, document) as typeof doc.contents;
    return doc.toString({ lineWidth: 0 });
  }
  return stringify(document, { lineWidth: 0, indent: 2 });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

// Items of a list are matched by what identifies them, so comments stay with
// their box or link when items are added, removed or reordered.
function identity(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  if (typeof value.id === 'string') return `id:${value.id}`;
  if (typeof value.from === 'string' && typeof value.to === 'string') return `link:${value.from}>${value.to}`;
  if (typeof value.from === 'string' && typeof value.goal === 'string')
    return `goal:${value.from}>${value.goal}`;
  return undefined;
}

function patch(doc: YamlDocument, node: unknown, value: unknown): Node {
  if (isMap(node) && isPlainObject(value)) {
    const wanted = new Set(Object.keys(value));
    node.items = node.items.filter((p) => wanted.has(String(keyOf(p))));
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const pair = node.items.find((p) => String(keyOf(p)) === key);
      if (pair) pair.value = patch(doc, pair.value, child);
      else node.items.push(doc.createPair(key, child));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const old = node.items;
    const byIdentity = new Map<string, unknown>();
    for (const item of old) {
      const id = identity((item as Node | null)?.toJSON?.());
      if (id !== undefined && !byIdentity.has(id)) byIdentity.set(id, item);
    }
    node.items = value.map((v, i) => {
      const id = identity(v);
      const match = id === undefined ? old[i] : byIdentity.get(id);
      if (id !== undefined) byIdentity.delete(id);
      return match === undefined ? doc.createNode(v) : patch(doc, match, v);
    });
    return node;
  }
  if (isScalar(node) && !(value !== null && typeof value === 'object') && Object.is(node.value, value))
    return node;
  return doc.createNode(value) as Node;
}
