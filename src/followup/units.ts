import type { IndicatorKind } from '../model/indicator.js';

/** The kinds whose values may be added up across plans: counts and kronor. */
export const SUMMABLE_KINDS: ReadonlySet<IndicatorKind> = new Set<IndicatorKind>(['count', 'sek']);

/** True if values of this kind may be summed across plans. */
export function isSummable(kind: IndicatorKind): boolean {
  return SUMMABLE_KINDS.has(kind);
}

const SYNONYMS: Readonly<Record<string, string>> = {
  kr: 'kr',
  'kr.': 'kr',
  kronor: 'kr',
  sek: 'kr',
  '%': '%',
  procent: '%',
  percent: '%',
};

/**
 * A unit written by users, made comparable: trimmed, lower case, single spaces,
 * and a few spellings of the same unit merged ("SEK", "kronor" → "kr";
 * "procent" → "%"). Scaled units stay apart: "tkr" is not "kr". Empty when no unit.
 */
export function unitKey(unit: string | undefined): string {
  const plain = (unit ?? '').normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return SYNONYMS[plain] ?? plain;
}

/** True if two units are the same, or one of them is not given. */
export function unitsAgree(a: string | undefined, b: string | undefined): boolean {
  const ka = unitKey(a);
  const kb = unitKey(b);
  return ka === '' || kb === '' || ka === kb;
}
