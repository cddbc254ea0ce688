import type { Severity } from '../severity.js';

/** Codes of findings from the bounds on memory and time of reading (issue 19). */
export const boundsCodes = {
  YAML_TREE_TOO_LARGE: 'error',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries. */
export interface BoundsDetails {
  readonly YAML_TREE_TOO_LARGE: {
    /** The limit `maxYamlTreeNodes` and the text's nodes, counted as for `maxYamlNodes`. */
    readonly max: number;
    readonly found: number;
    /** What sends the text to the full reader: anchors or aliases, tags, or another construct. */
    readonly reason: 'anchors' | 'tags' | 'other';
  };
}
