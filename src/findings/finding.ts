import type { Code, DetailsOf } from './codes.js';
import type { Details } from './details.js';
import type { Severity } from './severity.js';

// The catalogue files need Severity and Details without the Finding type (which needs the
// catalogue's codes), so those two live in files of their own and are re-exported here.
export type { Details, DetailValue } from './details.js';
export { SEVERITIES, type Severity } from './severity.js';

/** A step of a path inside a document: an object key or an array index. */
export type PathSegment = string | number;

/** Where a finding is: in a file (line, column), inside the document (path), and in domain terms. */
export interface Location {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Path inside the document, e.g. `["plans", 0, "boxes", 3, "level"]`. */
  readonly path?: readonly PathSegment[];
  readonly plan?: string;
  readonly box?: string;
  readonly link?: { readonly from: string; readonly to: string };
  readonly goal?: string;
  readonly indicator?: string;
  /** For spreadsheets: the sheet and the 1-based row and column. */
  readonly sheet?: string;
  readonly row?: number;
  readonly cell?: string;
}

/** A message in both languages the library speaks. */
export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

/** The languages of messages. */
export type Language = keyof Bilingual;

/**
 * A finding of one code: a problem (or a note) found in a document, as data.
 * `details` has the type the code's entry in the typed map gives it.
 */
export interface FindingOf<C extends string> {
  /** Stable code; documented in docs/. Tell findings apart by it, never by message text. */
  readonly code: C;
  readonly severity: Severity;
  readonly location: Location;
  /**
   * The code's details. Its typed fields come from the map; any other key reads as
   * a {@link DetailValue} or `undefined`, so code that reads details without
   * narrowing on the code first still compiles.
   */
  readonly details: DetailsOf<C> & Details;
  /** The message in both languages, each rendered the first time it is read. */
  readonly message: Bilingual;
  readonly hint?: Bilingual;
}

/**
 * A finding: a problem (or a note) found in a document, as data. Without a type
 * argument, a finding of one of the library's codes: a union over the codes, so
 * `if (f.code === 'LINK_BACKWARDS') f.details.fromLevel` type-checks. `Finding<string>`
 * is any finding, a custom rule's included, with the generic {@link Details}.
 */
export type Finding<C extends string = Code> = C extends unknown ? FindingOf<C> : never;
