/** The words a diagram shows besides the user's own text (lane titles, counts), per language. */
export interface MermaidWords {
  /** Title of an understrategi lane. */
  readonly understrategi: (name: string) => string;
  /** Title of the RUS lane. */
  readonly rus: (name: string) => string;
  /** "Mall: …" under a plan's name. */
  readonly template: (name: string) => string;
  /** "Spår: …" under a plan's name. */
  readonly track: (name: string) => string;
  /** The mark on a box that has findings. */
  readonly findings: (count: number) => string;
  /** A collapsed level: "3 aktiviteter". */
  readonly collapsed: (count: number, level: string) => string;
  /** Marks a mandatory indicator of a template. */
  readonly mandatory: string;
  /** Title of a portfolio diagram. */
  readonly portfolio: (region: string | undefined, plans: number) => string;
  /** Accessible description made when the plan has no summary. */
  readonly describe: (boxes: number, links: number, goals: number) => string;
  /** Title of a diagram with nothing to draw. */
  readonly empty: string;
  /** "Övergripande mål": the national goal every template's chain ends in. */
  readonly nationalGoal: string;
  /** The zoom controls' toolbar (accessible name). */
  readonly zoomToolbar: string;
  /** The + button's accessible name. */
  readonly zoomIn: string;
  /** The − button's accessible name. */
  readonly zoomOut: string;
  /** The fit button's text. */
  readonly zoomFit: string;
  /** The fit button's accessible name (what it does). */
  readonly zoomFitLabel: string;
  /** The 1:1 button's accessible name. */
  readonly zoomActual: string;
  /** The button (and click) that opens a report's diagram full size. */
  readonly zoomOpen: string;
  /** The button that closes the full-size view. */
  readonly zoomClose: string;
  /** How to pan and zoom (the diagram's tooltip and accessible name). */
  readonly zoomHint: string;
  /** The same for a diagram inside a report. */
  readonly zoomInlineHint: string;
}
