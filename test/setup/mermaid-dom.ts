/**
 * Loads the real mermaid parser in Node: mermaid (and DOMPurify inside it)
 * needs `window` and `document` as globals before it is imported, so this
 * installs a jsdom window first and imports mermaid afterwards.
 */
import { createRequire } from 'node:module';

/** The little of jsdom used here (jsdom ships no types of its own). */
interface JSDOM {
  readonly window: Window & typeof globalThis;
}
type JSDOMConstructor = new (html: string, options?: Record<string, unknown>) => JSDOM;
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JSDOMConstructor };

/** What the parsed flowchart holds, read from mermaid's own diagram database. */
export interface ParsedFlowchart {
  readonly type: string;
  readonly vertices: ReadonlyMap<
    string,
    { readonly id: string; readonly text: string; readonly classes: readonly string[] }
  >;
  readonly edges: readonly {
    readonly start: string;
    readonly end: string;
    readonly stroke: string;
    /** The arrow's label as mermaid stores it (empty without one). */
    readonly text: string;
  }[];
  readonly subgraphs: readonly {
    readonly id: string;
    readonly title: string;
    readonly nodes: readonly string[];
  }[];
  readonly accTitle: string;
  readonly accDescription: string;
}

type Mermaid = typeof import('mermaid').default;

let loading: Promise<Mermaid> | undefined;
let dom: JSDOM | undefined;

function installDom(): JSDOM {
  if (dom) return dom;
  dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  if (g.window === undefined) g.window = dom.window;
  if (g.document === undefined) g.document = dom.window.document;
  for (const name of [
    'DOMParser',
    'Element',
    'HTMLElement',
    'SVGElement',
    'Node',
    'NodeFilter',
    'DocumentFragment',
  ]) {
    if (g[name] === undefined) g[name] = (dom.window as unknown as Record<string, unknown>)[name];
  }
  return dom;
}

/** The mermaid module, initialised as a host would (strict security, default limits). */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    installDom();
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', logLevel: 'fatal' });
    return mermaid;
  })();
  return loading;
}

/** Parses flowchart text with mermaid's real parser and returns its database (throws on a parse error). */
export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  const mermaid = await loadMermaid();
  await mermaid.parse(text);
  const api = mermaid.mermaidAPI as unknown as {
    getDiagramFromText(
      text: string,
    ): Promise<{ type: string; db: Record<string, (...a: unknown[]) => unknown> }>;
  };
  const diagram = await api.getDiagramFromText(text);
  const db = diagram.db;
  return {
    type: diagram.type,
    vertices: db.getVertices!() as ParsedFlowchart['vertices'],
    edges: db.getEdges!() as ParsedFlowchart['edges'],
    subgraphs: db.getSubGraphs!() as ParsedFlowchart['subgraphs'],
    accTitle: db.getAccTitle!() as string,
    accDescription: db.getAccDescription!() as string,
  };
}

/**
 * The text a browser shows for label text from mermaid's database: mermaid's
 * entity placeholders become HTML entities, `<br>` a line break, and the HTML
 * is read as text by a real HTML parser (jsdom).
 */
export function shownText(label: string): string {
  const html = label
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';')
    .replace(/<br\s*\/?>/gi, '\n');
  if (html.includes('<')) throw new Error(`raw markup left in label: ${html.slice(0, 200)}`);
  const el = installDom().window.document.createElement('div');
  el.innerHTML = html;
  return el.textContent ?? '';
}
