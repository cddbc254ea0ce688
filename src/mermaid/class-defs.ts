import { classDefLine, LEVEL_STYLES, OTHER_STYLES } from './palette.js';
import type { NodeClass } from './writer.js';

/** The `classDef` line of every node class, made once from the palette. */
export const CLASS_DEFS: ReadonlyMap<NodeClass, string> = new Map(
  [...Object.entries(LEVEL_STYLES), ...Object.entries(OTHER_STYLES)].map(([name, style]) => [
    name as NodeClass,
    classDefLine(name, style),
  ]),
);
