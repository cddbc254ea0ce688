import type { Level } from '../model/levels.js';

/** A node style: only these properties are ever written, from this table, never from user data. */
export interface NodeStyle {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: string;
  readonly color: string;
  readonly dash?: string;
}

/**
 * One colour per level, from the Okabe–Ito palette (told apart with every
 * common colour-vision deficiency): a light tint as fill, so near-black text has
 * a contrast of at least 10:1, and a darker shade of the same hue as border.
 */
export const LEVEL_STYLES = {
  resurser: { fill: '#F6DDA6', stroke: '#8A5F00', strokeWidth: '2px', color: '#1A1A1A' },
  aktiviteter: { fill: '#C4E5F7', stroke: '#346C8C', strokeWidth: '2px', color: '#1A1A1A' },
  prestationer: { fill: '#A6DDCE', stroke: '#005F45', strokeWidth: '2px', color: '#1A1A1A' },
  utfall: { fill: '#FAF6BD', stroke: '#908928', strokeWidth: '2px', color: '#1A1A1A' },
  kortsiktiga: { fill: '#A6CEE4', stroke: '#00446B', strokeWidth: '2px', color: '#1A1A1A' },
  langsiktiga: { fill: '#EDD0E0', stroke: '#7A4964', strokeWidth: '2px', color: '#1A1A1A' },
} as const satisfies Record<Level, NodeStyle>;

/** Styles of the other classes a diagram uses. */
export const OTHER_STYLES = {
  /** An understrategi goal. */
  usgoal: { fill: '#EEEEEE', stroke: '#5C5C5C', strokeWidth: '2px', color: '#1A1A1A' },
  /** A RUS goal. */
  rusgoal: { fill: '#FFFFFF', stroke: '#000000', strokeWidth: '3px', color: '#000000' },
  /** A level lane. */
  lane: { fill: '#FAFAFA', stroke: '#BBBBBB', strokeWidth: '1px', color: '#1A1A1A' },
  /** A plan or template around its lanes. */
  plan: { fill: '#FFFFFF', stroke: '#666666', strokeWidth: '1px', color: '#1A1A1A' },
  /** A strategy lane. */
  strategy: { fill: '#F4F4F4', stroke: '#888888', strokeWidth: '1px', color: '#1A1A1A' },
  /** The further title lines of a plan, a lane and a strategy lane: no border, the fill of their own subgraph. */
  plantitle: { fill: '#FFFFFF', stroke: '#FFFFFF', strokeWidth: '0px', color: '#1A1A1A' },
  lanetitle: { fill: '#FAFAFA', stroke: '#FAFAFA', strokeWidth: '0px', color: '#1A1A1A' },
  strategytitle: { fill: '#F4F4F4', stroke: '#F4F4F4', strokeWidth: '0px', color: '#1A1A1A' },
  /** A box that still holds a template's text. */
  placeholder: { fill: '#FFFFFF', stroke: '#666666', strokeWidth: '2px', color: '#1A1A1A', dash: '5 5' },
  /** A box with findings: vermillion (Okabe–Ito), thick and dashed, so it shows without colour too. */
  finding: { fill: '#FBE3D6', stroke: '#D55E00', strokeWidth: '4px', color: '#1A1A1A', dash: '8 4' },
} as const satisfies Record<string, NodeStyle>;

/** A `classDef` line for a style. */
export function classDefLine(name: string, style: NodeStyle): string {
  let line = `classDef ${name} fill:${style.fill},stroke:${style.stroke},stroke-width:${style.strokeWidth},color:${style.color}`;
  if (style.dash) line += `,stroke-dasharray:${style.dash}`;
  return line;
}
