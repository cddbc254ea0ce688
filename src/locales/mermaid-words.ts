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
}
