/** Resource limits for reading untrusted documents. Every limit has a safe default. */
export interface Limits {
  /** Largest text accepted, in characters (JSON). */
  readonly maxChars: number;
  /** Largest YAML text accepted, in characters: YAML parsing costs far more than JSON. */
  readonly maxYamlChars: number;
  /**
   * Most YAML nodes, counted before parsing as the marks where a node can begin
   * (line breaks, commas, colons, dashes, brackets): the YAML parser needs about
   * 1 KB per node, so this bounds its memory and time (docs/security.md).
   */
  readonly maxYamlNodes: number;
  /**
   * Most YAML nodes (counted as for `maxYamlNodes`) of a text that only the full
   * reader (the `yaml` library) reads: texts with anchors, aliases, tags and the
   * like. That reader builds a tree of about 1 KB per node, so this keeps its
   * memory near 64 MB; texts without them are read in about 30 bytes per node.
   */
  readonly maxYamlTreeNodes: number;
  /** Most YAML alias expansions (guards against "billion laughs"). */
  readonly maxAliasCount: number;
  /** Deepest nesting of lists and sections. */
  readonly maxDepth: number;
  /** Longest single text value, in characters. */
  readonly maxTextLength: number;
  /** Most boxes in one document. */
  readonly maxBoxes: number;
  /**
   * Most values (sections, lists, texts, numbers …) in a JavaScript value given to
   * `checkDocument` or an edit, counted as a tree: a sub-object that appears in
   * several places counts each time (docs/security.md).
   */
  readonly maxValues: number;
}

/** The defaults: generous for any real region, national portfolios included. */
export const DEFAULT_LIMITS: Limits = {
  maxChars: 256 * 1024 * 1024,
  maxYamlChars: 16 * 1024 * 1024,
  maxYamlNodes: 500_000,
  maxYamlTreeNodes: 50_000,
  maxAliasCount: 100,
  maxDepth: 64,
  maxTextLength: 100_000,
  maxBoxes: 2_000_000,
  maxValues: 20_000_000,
};

/** Fills in the defaults for limits the caller did not set. */
export function resolveLimits(limits: Partial<Limits> = {}): Limits {
  return { ...DEFAULT_LIMITS, ...limits };
}
