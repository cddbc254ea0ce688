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

/**
 * The message (or hint) in both languages, each language rendered when it is
 * first read and then kept. The getters are own and enumerable, so JSON, spread
 * and equality see `{ sv, en }` as before.
 */
function lazyWords(render: (language: Language) => string): Bilingual {
  let sv: string | undefined;
  let en: string | undefined;
  return {
    get sv() {
      sv ??= render('sv');
      return sv;
    },
    get en() {
      en ??= render('en');
      return en;
    },
  };
}

function withWords<C extends string>(
  code: C,
  severity: Severity,
  location: Location,
  details: DetailsOf<C> & Details,
  svWords: MessageEntry,
  enWords: MessageEntry,
): Finding<C> {
  const message = lazyWords((l) => (l === 'sv' ? svWords : enWords).text(details));
  const svHint = svWords.hint;
  const enHint = enWords.hint;
  if (svHint && enHint) {
    const hint = lazyWords((l) => (l === 'sv' ? svHint : enHint)(details));
    return { code, severity, location, details, message, hint } as Finding<C>;
  }
  return { code, severity, location, details, message } as Finding<C>;
}
