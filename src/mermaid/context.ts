import type { Finding, Language } from '../findings/finding.js';
import type { MermaidWords } from '../locales/mermaid-words.js';
import type { Level } from '../model/levels.js';
import type { Template } from '../model/template.js';
import type { DiagramWriter } from './writer.js';

/** What every drawing step shares: the writer, the words, the options in effect and the findings so far. */
export interface DrawContext {
  readonly w: DiagramWriter;
  readonly lang: Language;
  /** Flow direction, repeated in each plan's subgraph: Mermaid lays out a subgraph without outside links on its own. */
  readonly direction: 'LR' | 'TB';
  readonly words: MermaidWords;
  readonly showIndicators: boolean;
  readonly showAssumptions: boolean;
  readonly collapse: ReadonlySet<Level>;
  readonly marks: FindingMarks;
  readonly templates: ReadonlyMap<string, Template>;
  /** Findings of the export itself (skipped links, limits). */
  readonly findings: Finding[];
  /** Node id of each box drawn, by plan (or template) id and box id: the way from a finding to its node. */
  readonly boxNodes: Map<string, ReadonlyMap<string, string>>;
  /** Node id of each strategy goal drawn. */
  readonly goalNodes: Map<string, string>;
}

/** Counts the caller's findings per box and per goal, to mark them in the diagram. */
export class FindingMarks {
  private readonly boxes = new Map<string, number>();
  private readonly goals = new Map<string, number>();

  constructor(findings: readonly Finding[]) {
    for (const f of findings) {
      const { box, goal, plan } = f?.location ?? {};
      if (typeof box === 'string') bump(this.boxes, key(plan ?? '', box));
      else if (typeof goal === 'string') bump(this.goals, goal);
    }
  }

  /** Findings on a box of a plan (or a template), counting those that name no plan. */
  box(plan: string, box: string): number {
    return (this.boxes.get(key(plan, box)) ?? 0) + (plan ? (this.boxes.get(key('', box)) ?? 0) : 0);
  }

  /** Findings on a strategy goal. */
  goal(goal: string): number {
    return this.goals.get(goal) ?? 0;
  }
}

function key(plan: string, box: string): string {
  return `${plan}\u0000${box}`;
}

function bump(map: Map<string, number>, k: string): void {
  map.set(k, (map.get(k) ?? 0) + 1);
}

/** The value if it is an array, else an empty one: the export never trusts shapes it did not check. */
export function arr<T>(value: readonly T[] | undefined | unknown): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [];
}

/** The value if it is a string, else the empty string. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
