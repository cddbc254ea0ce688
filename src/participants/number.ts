/**
 * Swedish identity numbers of participants: organisationsnummer and, for sole
 * traders (enskild firma), personnummer. Own implementation of the public rules
 * (Bolagsverket, Skatteverket SKV 704/707), browser-safe and without dependencies:
 *
 * - ten digits `NNNNNN-NNNC` (the hyphen optional; `+` for a personnummer of
 *   someone 100 or older), or twelve digits with a century (`19`/`20` for a
 *   personnummer, `16` for an organisationsnummer);
 * - the last digit is a Luhn (modulus 10) check digit over the other nine;
 * - an organisationsnummer has 20 or more in its third and fourth digits (the
 *   "month" of a personnummer can never be that high); its first digit is the
 *   group (1 dödsbon, 2 stat/kommun/region, 3 utländska, 5 aktiebolag, 6 enkla
 *   bolag, 7 ekonomiska föreningar, 8 ideella föreningar/stiftelser, 9 handels- och kommanditbolag);
 * - otherwise it is a personnummer: month 01–12, and a day that exists in that
 *   month (day + 60 for a samordningsnummer).
 */

import type { NumberKind } from '../model/participants.js';

export type { NumberKind };

/** Why a number is not valid. */
export type NumberProblem = 'form' | 'checksum' | 'date' | 'group';

/** A number read: its kind and its ten digits (`NNNNNN-NNNN`), or the reason it is not valid. */
export type ParsedNumber =
  | { readonly ok: true; readonly kind: NumberKind; readonly normal: string }
  | { readonly ok: false; readonly problem: NumberProblem; readonly kind?: NumberKind };

const FORM = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/;

/** True if the digits pass the Luhn check (the last digit is the check digit). */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Reads an organisationsnummer or personnummer; spaces around it are ignored. */
export function parseNumber(text: string): ParsedNumber {
  const m = FORM.exec(text.trim());
  if (!m) return { ok: false, problem: 'form' };
  const century = m[1];
  const ten = m[2]! + m[4]!;
  const month = Number(ten.slice(2, 4));
  const kind: NumberKind = month >= 20 ? 'organisationsnummer' : 'personnummer';
  if (century !== undefined) {
    if (kind === 'organisationsnummer' && century !== '16') return { ok: false, problem: 'form', kind };
    if (kind === 'personnummer' && century !== '19' && century !== '20')
      return { ok: false, problem: 'form', kind };
  }
  if (m[3] === '+' && kind === 'organisationsnummer') return { ok: false, problem: 'form', kind };
  if (!luhn(ten)) return { ok: false, problem: 'checksum', kind };
  if (kind === 'organisationsnummer') {
    if (!'12356789'.includes(ten[0]!)) return { ok: false, problem: 'group', kind };
  } else if (!dateExists(century, ten)) return { ok: false, problem: 'date', kind };
  return { ok: true, kind, normal: `${ten.slice(0, 6)}-${ten.slice(6)}` };
}

function dateExists(century: string | undefined, ten: string): boolean {
  const yy = Number(ten.slice(0, 2));
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  if (day > 60) day -= 60; // samordningsnummer
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a century the year is unknown; 29 February is allowed whenever some century makes it a leap year.
  const years = century === undefined ? [1900 + yy, 2000 + yy] : [Number(century) * 100 + yy];
  return years.some((y) => day <= new Date(Date.UTC(y, month, 0)).getUTCDate());
}

/**
 * A personnummer as it may be shown: the birth date kept, the last four digits
 * hidden (`850612-****`). Anything that is not a valid organisationsnummer is
 * masked so, as a number with a typo may still be someone's personnummer.
 */
export function maskNumber(text: string): string {
  const p = parseNumber(text);
  if (p.ok && p.kind === 'organisationsnummer') return p.normal;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 4) return '****';
  const ten = digits.length > 10 ? digits.slice(digits.length - 10) : digits;
  return `${ten.slice(0, Math.max(0, ten.length - 4)).slice(0, 6)}-****`;
}

/** True if the text is a pseudonym made by `pseudonymize` (`pn:` and 16 hex digits). */
export function isPseudonym(text: string): boolean {
  return /^pn:[0-9a-f]{16}$/.test(text);
}
