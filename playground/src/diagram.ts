import { exactLabels, mermaidConfig } from 'effektkedja';
import mermaid from 'mermaid';

/** The class put on a highlighted box; styled in style.css. */
export const HIGHLIGHT_CLASS = 'ek-highlight';

let renders = 0;

/** Renders Mermaid text into the container; returns the SVG element. Throws mermaid's error when the text is not valid. */
export async function renderDiagram(
  container: HTMLElement,
  text: string,
  title: string,
): Promise<SVGSVGElement> {
  // The library's settings, as in its HTML pages: strict (no scripts or click handlers from diagram
  // text), SVG text labels (so the SVG can be drawn onto a canvas for PNG and read by Word),
  // and Mermaid's limits as large as this diagram needs.
  mermaid.initialize(mermaidConfig(text) as Parameters<typeof mermaid.initialize>[0]);
  const id = `ek-diagram-${++renders}`;
  const { svg } = await mermaid.render(id, text);
  // mermaid's output under securityLevel 'strict' is sanitized by its DOMPurify pass.
  container.innerHTML = svg;
  const element = container.querySelector('svg');
  if (!element || element.getAttribute('aria-roledescription') === 'error') throw new Error('no svg');
  // Every label as the user typed it: Mermaid leaves some of its entity codes in SVG text.
  exactLabels(element, text);
  // Natural size (1:1): the pane pans and zooms a stage around it (zoom.ts), never the SVG itself.
  const box = element.viewBox.baseVal;
  if (box && box.width > 0) {
    element.setAttribute('width', String(Math.ceil(box.width)));
    element.setAttribute('height', String(Math.ceil(box.height)));
    element.style.removeProperty('max-width');
  }
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', title);
  return element;
}

/** The SVG group of a node, found by its Mermaid node id, or else by its label text. */
export function findNode(
  svg: SVGSVGElement,
  nodeId: string | undefined,
  label: string | undefined,
): Element | undefined {
  const nodes = [...svg.querySelectorAll('g.node')];
  if (nodeId !== undefined) {
    // Flowchart nodes are drawn as <g id="<diagram>-flowchart-<nodeId>-<n>">.
    const byId = nodes.find((n) => new RegExp(`(^|-)flowchart-${escapeRegExp(nodeId)}-\\d+$`).test(n.id));
    if (byId) return byId;
  }
  if (label !== undefined) {
    // Labels are wrapped and may carry a findings mark: compare without spaces, exact first.
    const want = normalize(label);
    const texts = nodes.map((n) => normalize(n.textContent ?? ''));
    const exact = texts.indexOf(want);
    if (exact !== -1) return nodes[exact];
    const within = texts.findIndex((t) => t.includes(want));
    if (within !== -1) return nodes[within];
  }
  return undefined;
}

/** Marks nodes as highlighted (and clears any earlier mark); the caller pans the first into view. */
export function highlight(svg: SVGSVGElement, nodes: readonly Element[]): void {
  for (const el of svg.querySelectorAll(`.${HIGHLIGHT_CLASS}`)) el.classList.remove(HIGHLIGHT_CLASS);
  for (const node of nodes) node.classList.add(HIGHLIGHT_CLASS);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
