import { en } from '../locales/en.js';
import type { MessageEntry } from '../locales/message.js';
import { sv } from '../locales/sv.js';
import { CODES, type Code, type DetailsOf, isKnownCode } from './codes.js';
import type { Bilingual, Details, Finding, Language, Location, Severity } from './finding.js';

/**
 * Makes a finding of one of the library's codes: default severity from the
 * catalogue, words from the locale tables. Checks never write prose themselves.
 * `details` must have the type the code's entry in the typed map gives it.
 * The message and hint are rendered the first time a language is read.
 */
export function createFinding<C extends Code>(
  code: C,
  location: Location,
  ...[details, severity]: DetailsArgs<C>
): Finding<C> {
  const d = (details ?? {}) as DetailsOf<C> & Details;
  return withWords(code, severity ?? CODES[code], location, d, entryOf(sv[code]), entryOf(en[code]));
}

/** The details (left out when the code's details have no required field) and an optional severity. */
export type DetailsArgs<C extends string> =
  Record<string, never> extends DetailsOf<C>
    ? [details?: DetailsOf<C>, severity?: Severity]
    : [details: DetailsOf<C>, severity?: Severity];

/** Words for a code that is not one of the library's own (custom rules). */
export interface CustomWords {
  readonly sv: MessageEntry;
  readonly en: MessageEntry;
}

/**
 * Makes a finding of a custom code with the caller's own words. A library code
 * gets the library's words; its details are then not checked against the map.
 */
export function createCustomFinding<C extends string>(
  code: C,
  severity: Severity,
  location: Location,
  details: DetailsOf<C>,
  words: CustomWords,
): Finding<C> {
  const d = details as DetailsOf<C> & Details;
  if (isKnownCode(code))
    return withWords(
      code,
      severity,
      location,
      d,
      entryOf(sv[code as Code]),
      entryOf(en[code as Code]),
    ) as Finding<C>;
  return withWords(code, severity, location, d, words.sv, words.en);
}

/** A table entry of one code, called with that code's details only. */
const entryOf = (entry: MessageEntry<never>) => entry as MessageEntry;

/** The message of a finding in the caller's language. */
export function messageOf(finding: Finding<string>, language: Language): string {
  return finding.message[language];
}

/** The hint of a finding in the caller's language, or `undefined` when it has none. */
export function hintOf(finding: Finding<string>, language: Language): string | undefined {
  return finding.hint?.[language];
}

/** How the words of one finding are made: each language's renderer, the details they read. */
interface WordsSource {
  readonly svText: (d: Details) => string;
  readonly enText: (d: Details) => string;
  readonly details: Details;
  sv?: string;
  en?: string;
}

// Where a words object keeps its source: a symbol property that is not enumerable, so JSON,
// spread and equality do not see it.
const SOURCE = Symbol('words');
type Words = Bilingual & { readonly [SOURCE]: WordsSource };

// One pair of getters shared by the words of every finding. Getters written in an object
// literal are two new functions per object, and V8 gives each such object its own hidden
// class: ~550 bytes per message or hint, ~1.1 KB of the ~1.5 KB a finding kept (40,000
// findings of one plan, docs/performance.md). Shared, the objects share one hidden class.
const GETTERS: PropertyDescriptorMap = {
  sv: {
    get(this: Words) {
      const s = this[SOURCE];
      s.sv ??= s.svText(s.details);
      return s.sv;
    },
    enumerable: true,
    configurable: true,
  },
  en: {
    get(this: Words) {
      const s = this[SOURCE];
      s.en ??= s.enText(s.details);
      return s.en;
    },
    enumerable: true,
    configurable: true,
  },
};

/**
 * The message (or hint) in both languages, each language rendered when it is
 * first read and then kept. The getters are own and enumerable, so JSON, spread
 * and equality see `{ sv, en }` as before.
 */
function lazyWords(source: WordsSource): Bilingual {
  const words = {};
  Object.defineProperty(words, SOURCE, { value: source });
  return Object.defineProperties(words, GETTERS) as Bilingual;
}

function withWords<C extends string>(
  code: C,
  severity: Severity,
  location: Location,
  details: DetailsOf<C> & Details,
  svWords: MessageEntry,
  enWords: MessageEntry,
): Finding<C> {
  const message = lazyWords({ svText: svWords.text, enText: enWords.text, details });
  const svHint = svWords.hint;
  const enHint = enWords.hint;
  if (svHint && enHint) {
    const hint = lazyWords({ svText: svHint, enText: enHint, details });
    return { code, severity, location, details, message, hint } as Finding<C>;
  }
  return { code, severity, location, details, message } as Finding<C>;
}
