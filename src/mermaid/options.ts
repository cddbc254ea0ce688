import type { Finding, Language } from '../findings/finding.js';
import type { Level } from '../model/levels.js';
import type { Strategy } from '../model/strategy.js';
import type { Template } from '../model/template.js';

/** What a diagram shows: one plan, several plans with their shared strategy goals, or a template. */
export type MermaidView = 'plan' | 'portfolio' | 'template';

/** Flow direction: left to right (the usual way to draw an effektkedja) or top to bottom. */
export type MermaidDirection = 'LR' | 'TB';

/** Mermaid's limits that only the host application can raise (mermaid.initialize). */
export interface MermaidLimits {
  /** Longest diagram text Mermaid renders (UTF-16 code units). */
  readonly maxTextSize: number;
  /** Most arrows a flowchart may have. */
  readonly maxEdges: number;
}

/** Mermaid's default limits (mermaid 11). */
export const MERMAID_LIMITS: MermaidLimits = { maxTextSize: 50_000, maxEdges: 500 };

/** Options of the Mermaid export. Every option has a default; none is needed. */
export interface MermaidOptions {
  /** Default `'plan'`. */
  readonly view?: MermaidView;
  /** Default `'LR'`. */
  readonly direction?: MermaidDirection;
  /** Language of lane titles and other words the diagram adds; default `'sv'`. */
  readonly lang?: Language;
  /** Plan view of a document: the plan to draw (default: the first plan). */
  readonly plan?: string;
  /** Portfolio view: the plans to draw, in this order (default: all). */
  readonly plans?: readonly string[];
  /** Template view of a document: the id of a template in `templates` or the document. */
  readonly template?: string;
  /**
   * Draw the strategy layer: understrategi and RUS goals as lanes, with the
   * plan's goal links and the goals' `serves` links. `true` uses the document's
   * strategy; a Strategy object is used as given. Default: on in the portfolio view.
   */
  readonly strategy?: boolean | Strategy;
  /** Show indicators and their latest target in the boxes; default false. */
  readonly showIndicators?: boolean;
  /** Write each link's assumption (the `assumption` of a link) on its arrow; default false. */
  readonly showAssumptions?: boolean;
  /** Wrap box text at spaces so lines stay within this many characters; 0 turns it off. Default 26. */
  readonly wrap?: number;
  /** Mark boxes and goals that have findings (e.g. from validate()) with a border and a count. */
  readonly findings?: readonly Finding[];
  /** Draw each of these levels as one box with a count, to keep large diagrams within Mermaid's limits. */
  readonly collapse?: readonly Level[];
  /** Templates to look a plan's `template` up in (beside the document's own), to show its name and track. */
  readonly templates?: readonly Template[];
  /** Limits to warn against, if the host raised Mermaid's; default {@link MERMAID_LIMITS}. */
  readonly limits?: Partial<MermaidLimits>;
}
