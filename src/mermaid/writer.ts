import { EMPTY_LABEL, encodeLabel, escapeLine, normalizeLabelText, wrapText } from './escape.js';

/** The node classes a diagram may use, in the order their class lines are written. */
export type NodeClass =
  | 'resurser'
  | 'aktiviteter'
  | 'prestationer'
  | 'utfall'
  | 'kortsiktiga'
  | 'langsiktiga'
  | 'usgoal'
  | 'rusgoal'
  | 'plan'
  | 'lane'
  | 'strategy'
  | 'placeholder'
  | 'finding'
  | 'plantitle'
  | 'lanetitle'
  | 'strategytitle';

const CLASS_ORDER: readonly NodeClass[] = [
  'plan',
  'lane',
  'strategy',
  'resurser',
  'aktiviteter',
  'prestationer',
  'utfall',
  'kortsiktiga',
  'langsiktiga',
  'usgoal',
  'rusgoal',
  'placeholder',
  'finding',
  'plantitle',
  'lanetitle',
  'strategytitle',
];

/** The kinds of arrow: a box link, a goal link, a goal serving a RUS goal. */
export type EdgeKind = 'link' | 'goal' | 'serves';

const ARROW: Record<EdgeKind, string> = { link: '-->', goal: '-.->', serves: '==>' };

/**
 * Collects the lines of a flowchart. Every id is generated here (`N1`, `L1`,
 * `G1` …), so no user text ever becomes syntax. Lines go into arrays joined
 * once at the end, so the cost grows linearly with the diagram.
 */
export class DiagramWriter {
  private readonly body: string[] = [];
  private readonly edgeLines: string[] = [];
  private readonly edgeSet = new Set<string>();
  private readonly members = new Map<NodeClass, string[]>();
  private readonly counters = new Map<string, number>();
  private depth = 1;
  /** Per open subgraph: how many subgraphs {@link end} closes (one per title line). */
  private readonly open: number[] = [];
  /** Boxes and goals drawn. */
  nodes = 0;

  constructor(readonly wrap: number) {}

  /** A fresh id with a prefix: N for boxes, L for lanes, G for goals, P for plans, S for strategy lanes, C for counts, T for title lines. */
  id(prefix: 'N' | 'L' | 'G' | 'P' | 'S' | 'C' | 'T'): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}${n}`;
  }

  /** Label text from lines of user and library text; each line is wrapped, the whole encoded once. */
  label(lines: readonly string[], wrap = this.wrap): string {
    const parts: string[] = [];
    for (const line of lines) {
      const text = wrapText(normalizeLabelText(line), wrap);
      if (text) parts.push(text);
    }
    return encodeLabel(parts.join('\n')) || EMPTY_LABEL;
  }

  /**
   * Opens a subgraph; close it with {@link end}. Mermaid leaves room for a
   * title of one line only and draws further lines over the lanes below, so
   * each further title line (after wrapping at `wrap`, 0: no wrapping) is the
   * title of a nested subgraph without a border (class `<cls>title`), which
   * Mermaid lays out below the line before.
   */
  subgraph(
    id: string,
    title: readonly string[],
    cls: 'plan' | 'lane' | 'strategy',
    direction?: string,
    wrap = 0,
  ): void {
    const lines: string[] = [];
    for (const line of title) {
      const text = wrapText(normalizeLabelText(line), wrap);
      for (const part of text.split('\n')) if (part.trim()) lines.push(part);
    }
    if (lines.length === 0) lines.push('');
    lines.forEach((line, i) => {
      const own = i === 0 ? id : this.id('T');
      this.line(`subgraph ${own}["${encodeLabel(line) || EMPTY_LABEL}"]`);
      this.depth++;
      if (direction) this.line(`direction ${direction}`);
      this.addClass(own, i === 0 ? cls : `${cls}title`);
    });
    this.open.push(lines.length);
  }

  /** Closes the innermost subgraph (with its title-line subgraphs). */
  end(): void {
    const n = this.open.pop() ?? 1;
    for (let i = 0; i < n; i++) {
      this.depth--;
      this.line('end');
    }
  }

  /** A node with a label and its classes. */
  node(id: string, lines: readonly string[], classes: readonly NodeClass[]): void {
    this.line(`${id}["${this.label(lines)}"]`);
    for (const cls of classes) this.addClass(id, cls);
    this.nodes++;
  }

  /**
   * An arrow, with a label if given (already made by {@link label}); the same
   * arrow twice is drawn once (the first label wins), and never from a node to itself.
   */
  edge(from: string, to: string, kind: EdgeKind, label?: string): void {
    if (from === to) return;
    const key = `${from} ${ARROW[kind]} ${to}`;
    if (this.edgeSet.has(key)) return;
    this.edgeSet.add(key);
    this.edgeLines.push(label ? `  ${from} ${ARROW[kind]}|"${label}"| ${to}` : `  ${key}`);
  }

  /** Number of arrows so far. */
  get edges(): number {
    return this.edgeLines.length;
  }

  private addClass(id: string, cls: NodeClass): void {
    const list = this.members.get(cls);
    if (list) list.push(id);
    else this.members.set(cls, [id]);
  }

  private line(text: string): void {
    this.body.push('  '.repeat(this.depth) + text);
  }

  /** The whole diagram text. `header` holds accTitle/accDescr; `classDefs` the style lines. */
  finish(
    direction: string,
    title: string,
    description: string,
    classDefs: ReadonlyMap<NodeClass, string>,
  ): string {
    const out: string[] = [`flowchart ${direction}`];
    out.push(`  accTitle: ${escapeLine(title)}`);
    out.push(`  accDescr: ${escapeLine(description)}`);
    for (const line of this.body) out.push(line);
    for (const line of this.edgeLines) out.push(line);
    for (const cls of CLASS_ORDER) {
      const ids = this.members.get(cls);
      const def = classDefs.get(cls);
      if (!ids || !def) continue;
      out.push(`  ${def}`);
      out.push(`  class ${ids.join(',')} ${cls}`);
    }
    return `${out.join('\n')}\n`;
  }
}
