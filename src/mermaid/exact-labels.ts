/**
 * Puts every label of a rendered flowchart back to the text its Mermaid source
 * says, in the browser, right after `mermaid.render`.
 *
 * Mermaid draws SVG text labels (`htmlLabels: false`) with its entity codes
 * undone only in part (`#quot;` shows as `&quot;`, `#37;` as `&#37;`), turns a
 * backslash and `n` into a line break, and in HTML labels decodes its own
 * placeholder sequences a second time. This reads the labels from the source
 * (`ID["…"]`, `subgraph ID["…"]`, `A -->|"…"| B`), decodes Mermaid's entity
 * codes (`#name;`, `#123;`) exactly once and `<br>` as a line break, and writes
 * the words into the `<tspan>`s Mermaid laid out. Runs of whitespace are drawn
 * as one space, as in any SVG or HTML text.
 *
 * The function is self-contained (no imports, no outer names): the HTML pages
 * inline its source text (`exactLabels.toString()`). Returns the number of
 * labels it wrote.
 */
export function exactLabels(svg: SVGSVGElement, source: string): number {
  const decode = (text: string): string => {
    const withBreaks = text.replace(/<br\s*\/?>/gi, '\n');
    return withBreaks.replace(/#(\w+);/g, (whole: string, name: string) => {
      if (/^\+?\d+$/.test(name)) {
        const cp = Number(name);
        return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
      }
      const known: Record<string, string> = {
        amp: '&',
        quot: '"',
        lt: '<',
        gt: '>',
        apos: "'",
        nbsp: '\u00a0',
      };
      if (Object.hasOwn(known, name)) return known[name] as string;
      // Other HTML entity names: the browser's own table, read as text (no markup is ever made).
      const area = document.createElement('textarea');
      area.innerHTML = `&${name};`;
      return area.value === `&${name};` ? whole : area.value;
    });
  };
  const labels = new Map<string, string>();
  const edges = new Map<string, string>();
  for (const line of source.split('\n')) {
    const node = /^\s*(?:subgraph\s+)?([A-Za-z_][\w-]*)\["([^"]*)"\]\s*$/.exec(line);
    if (node) {
      labels.set(node[1] as string, decode(node[2] as string));
      continue;
    }
    const edge = /^\s*([A-Za-z_][\w-]*)\s+(?:-->|-\.->|==>)\|"([^"]*)"\|\s+([A-Za-z_][\w-]*)\s*$/.exec(line);
    if (edge) {
      const key = `${edge[1]}_${edge[3]}`;
      if (!edges.has(key)) edges.set(key, decode(edge[2] as string));
    }
  }
  const prefix = svg.id ? `${svg.id}-` : '';
  const write = (text: Element | null, wanted: string): boolean => {
    if (!text) return false;
    const lines = wanted
      .split('\n')
      .map((l) => l.split(/[ \t\r\f]+/).filter((w) => w !== ''))
      .filter((l) => l.length > 0);
    const words: string[] = [];
    for (const l of lines) for (const w of l) words.push(w);
    // The space before each word is part of the text: SVG readers other than browsers (rsvg, Inkscape) drop it otherwise.
    text.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    const inner = Array.from(text.querySelectorAll('tspan.text-inner-tspan'));
    if (inner.length === words.length) {
      // Mermaid's own line breaks are kept: each word goes back into its place.
      for (let i = 0; i < inner.length; i++) {
        const span = inner[i] as Element;
        const first = span.previousElementSibling === null;
        span.textContent = first ? (words[i] as string) : ` ${words[i]}`;
      }
      return true;
    }
    // Mermaid split the text differently (a backslash and n, a word cut in pieces): one line per line.
    const ns = 'http://www.w3.org/2000/svg';
    const model = text.querySelector('tspan.text-outer-tspan');
    const anchor = model?.getAttribute('text-anchor');
    const cls = model?.getAttribute('class') ?? 'text-outer-tspan row';
    while (text.firstChild) text.removeChild(text.firstChild);
    lines.forEach((l, i) => {
      const outer = document.createElementNS(ns, 'tspan');
      outer.setAttribute('class', cls);
      outer.setAttribute('x', '0');
      outer.setAttribute('y', `${Math.round((i * 1.1 - 0.1) * 10) / 10}em`);
      outer.setAttribute('dy', '1.1em');
      if (anchor) outer.setAttribute('text-anchor', anchor);
      const span = document.createElementNS(ns, 'tspan');
      span.setAttribute('class', 'text-inner-tspan');
      span.textContent = l.join(' ');
      outer.appendChild(span);
      text.appendChild(outer);
    });
    return true;
  };
  let written = 0;
  for (const g of Array.from(svg.querySelectorAll('g.node, g.cluster'))) {
    const own = g.id.startsWith(prefix) ? g.id.slice(prefix.length) : g.id;
    const id = /^flowchart-(.+)-\d+$/.exec(own)?.[1] ?? own;
    const wanted = labels.get(id);
    if (wanted === undefined) continue;
    const label = g.querySelector(':scope > g.label, :scope > g.cluster-label');
    if (write(label?.querySelector('text') ?? null, wanted)) written++;
  }
  for (const g of Array.from(svg.querySelectorAll('g.edgeLabel g.label[data-id]'))) {
    const key = /^L_(.+)_\d+$/.exec(g.getAttribute('data-id') ?? '')?.[1];
    const wanted = key === undefined ? undefined : edges.get(key);
    if (wanted !== undefined && write(g.querySelector('text'), wanted)) written++;
  }
  return written;
}
