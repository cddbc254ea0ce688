import { en } from '../locales/en.js';
import type { MessageEntry } from '../locales/message.js';
import { sv } from '../locales/sv.js';
import { CODES, type Code, isKnownCode } from './codes.js';
import type { Details, Finding, Location, Severity } from './finding.js';

/**
 * Makes a finding of one of the library's codes: default severity from the
 * catalogue, words from the locale tables. Checks never write prose themselves.
 */
export function createFinding(
  code: Code,
  location: Location,
  details: Details = {},
  severity: Severity = CODES[code],
): Finding {
  return withWords(code, severity, location, details, sv[code], en[code]);
}

/** Words for a code that is not one of the library's own (custom rules). */
export interface CustomWords {
  readonly sv: MessageEntry;
  readonly en: MessageEntry;
}

/** Makes a finding of a custom code with the caller's own words. */
export function createCustomFinding(
  code: string,
  severity: Severity,
  location: Location,
  details: Details,
  words: CustomWords,
): Finding {
  if (isKnownCode(code)) return createFinding(code, location, details, severity);
  return withWords(code, severity, location, details, words.sv, words.en);
}

function withWords(
  code: string,
  severity: Severity,
  location: Location,
  details: Details,
  svWords: MessageEntry,
  enWords: MessageEntry,
): Finding {
  const message = { sv: svWords.text(details), en: enWords.text(details) };
  if (svWords.hint && enWords.hint) {
    return {
      code,
      severity,
      location,
      details,
      message,
      hint: { sv: svWords.hint(details), en: enWords.hint(details) },
    };
  }
  return { code, severity, location, details, message };
}
