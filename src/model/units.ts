import type { IndicatorKind } from './indicator.js';

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
  'tusen kronor': 'tkr',
  'tusental kronor': 'tkr',
  ksek: 'tkr',
  mkr: 'mnkr',
  'mn kr': 'mnkr',
  'miljoner kronor': 'mnkr',
  msek: 'mnkr',
  'md kr': 'mdkr',
  'mdr kr': 'mdkr',
  'miljarder kronor': 'mdkr',
  'st.': 'st',
  stycken: 'st',
  person: 'personer',
  '%': '%',
  procent: '%',
  percent: '%',
  'p.e.': 'procentenheter',
  procentenhet: 'procentenheter',
};

/**
 * A unit written by users, made comparable: trimmed, lower case, single spaces,
 * and a few spellings of the same unit merged ("SEK", "kronor" → "kr";
 * "procent" → "%"; "mkr" → "mnkr"). Scaled units stay apart: "tkr" is not "kr". Empty when no unit.
 */
export function unitKey(unit: string | undefined): string {
  const plain = (unit ?? '').normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return SYNONYMS[plain] ?? plain;
}

/** The units a measurement's own `unit` converts from, by family and factor (see docs/followup.md). */
export const UNIT_SCALES: Readonly<Record<string, { readonly family: string; readonly factor: number }>> = {
  kr: { family: 'kronor', factor: 1 },
  tkr: { family: 'kronor', factor: 1e3 },
  mnkr: { family: 'kronor', factor: 1e6 },
  mdkr: { family: 'kronor', factor: 1e9 },
  st: { family: 'antal', factor: 1 },
  personer: { family: 'antal', factor: 1 },
  '%': { family: 'procent', factor: 1 },
  procentenheter: { family: 'procentenheter', factor: 1 },
};

// The unit an indicator without one is read in.
const KIND_UNIT: Readonly<Partial<Record<IndicatorKind, string>>> = { sek: 'kr', percent: '%', count: 'st' };

/**
 * The factor that turns a value measured in `from` into the indicator's unit
 * (`to`, or without one the kind's own: kr, %, st): 1 for the same unit or no
 * measurement unit, 1 000 000 for mnkr into kr, 0.001 for kr into tkr, 1 for `st`
 * into any unit of a count ("företag", "deltagare"). Undefined when the units do
 * not convert (kr into st, % into procentenheter, or a unit not in the table).
 */
export function unitFactor(
  from: string | undefined,
  to: string | undefined,
  kind: IndicatorKind,
): number | undefined {
  const kf = unitKey(from);
  const kt = unitKey(to) || KIND_UNIT[kind] || '';
  if (kf === '' || kf === kt) return 1;
  const sf = UNIT_SCALES[kf];
  const st = UNIT_SCALES[kt];
  if (sf && st) return sf.family === st.family ? sf.factor / st.factor : undefined;
  // "st" counts pieces of whatever a count indicator counts.
  if (kf === 'st' && kind === 'count' && !st) return 1;
  return undefined;
}

/**
 * A measured value in the indicator's unit: the value times `unitFactor` when it
 * is a number with a unit of its own; undefined when that unit does not convert
 * (the rule `measurement-units` reports it, and status and synthesis leave the
 * value out). Text values are returned as they are.
 */
export function valueInIndicatorUnit(
  indicator: { readonly unit?: string | undefined; readonly kind: IndicatorKind },
  measurement: { readonly value: number | string; readonly unit?: string | undefined },
): number | string | undefined {
  const { value } = measurement;
  if (typeof value !== 'number' || measurement.unit === undefined) return value;
  const factor = unitFactor(measurement.unit, indicator.unit, indicator.kind);
  return factor === undefined ? undefined : value * factor;
}

/** True if two units are the same, or one of them is not given. */
export function unitsAgree(a: string | undefined, b: string | undefined): boolean {
  const ka = unitKey(a);
  const kb = unitKey(b);
  return ka === '' || kb === '' || ka === kb;
}
