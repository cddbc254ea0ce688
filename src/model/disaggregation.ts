import { z } from 'zod';
import { Id, Text } from './ids.js';
import type { DeepReadonly } from './readonly.js';

/**
 * One part of a split: the group of the dimension (`kvinnor`, `16-29`, `Växjö`)
 * and its value. For a `percent` or `index` indicator the value may say what it
 * is a share of, as a measurement's `numerator` and `denominator`, so that a
 * synthesis can weigh the groups instead of averaging them.
 */
export const SplitPart = z.looseObject({
  group: Text,
  value: z.number(),
  numerator: z.number().min(0).optional(),
  denominator: z.number().positive().optional(),
});
/** One part of a split. */
export type SplitPart = DeepReadonly<z.infer<typeof SplitPart>>;

/**
 * A value split by a dimension (kön, ålder, kommun or one the region declares):
 * one part per group. `complete: true` says the parts cover the whole and must
 * add up to it, `false` that they cover only some of it; left out, a split is
 * complete when the dimension has a closed list of groups and every one of them
 * is given (see docs/format.md).
 */
export const Split = z.looseObject({
  dimension: Id,
  parts: z.array(SplitPart),
  complete: z.boolean().optional(),
});
/** A value split by a dimension. */
export type Split = DeepReadonly<z.infer<typeof Split>>;

/** A dimension a region declares itself ("utbildningsnivå"), with the groups it allows. */
export const DimensionDef = z.looseObject({
  id: Id,
  name: Text,
  groups: z.array(Text),
  description: Text.optional(),
});
/** A dimension a region declares itself. */
export type DimensionDef = DeepReadonly<z.infer<typeof DimensionDef>>;

/** The library's own dimensions. */
export const BUILT_IN_DIMENSIONS = ['kon', 'alder', 'kommun'] as const;
/** One of the library's own dimensions. */
export type BuiltInDimension = (typeof BUILT_IN_DIMENSIONS)[number];

/** The groups of kön, as regions write them in progress reports. */
export const KON_GROUPS = ['kvinnor', 'män', 'annat'] as const;

/** An ålder band: `16-29` (also with an en dash) or `65+`. */
const AGE_BAND = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$|^(\d{1,3})\s*\+$/;

/**
 * What the library knows of a dimension: its closed list of groups, or none
 * (ålder takes any band, kommun any name). `declared` is the region's own.
 */
export interface DimensionInfo {
  readonly id: string;
  readonly groups?: readonly string[];
  readonly declared?: DimensionDef;
}

/** The dimensions a document knows: the library's three and the ones it declares (which replace a built-in one of the same id). */
export function knownDimensions(declared: readonly DimensionDef[] | undefined): Map<string, DimensionInfo> {
  const out = new Map<string, DimensionInfo>([
    ['kon', { id: 'kon', groups: KON_GROUPS }],
    ['alder', { id: 'alder' }],
    ['kommun', { id: 'kommun' }],
  ]);
  for (const d of declared ?? []) out.set(d.id, { id: d.id, groups: d.groups, declared: d });
  return out;
}

/** True if `group` is allowed for the dimension: on its list, or for the built-in ålder a band such as `16-29` or `65+`. */
export function allowsGroup(dimension: DimensionInfo, group: string): boolean {
  if (dimension.groups) return dimension.groups.includes(group);
  if (dimension.id === 'alder') {
    const m = AGE_BAND.exec(group);
    return m !== null && (m[3] !== undefined || Number(m[1]) <= Number(m[2]));
  }
  return true;
}

/**
 * True if the split claims to cover the whole: `complete` when given, otherwise
 * when the dimension has a closed list of groups and the split gives every one.
 */
export function isComplete(split: Split, dimension: DimensionInfo | undefined): boolean {
  if (split.complete !== undefined) return split.complete;
  if (!dimension?.groups) return false;
  for (const g of dimension.groups) if (!split.parts.some((p) => p.group === g)) return false;
  return true;
}

/** The sum of a split's parts. */
export function partsSum(split: Split): number {
  let sum = 0;
  for (const part of split.parts) sum += part.value;
  return sum;
}

/** The number of decimals written in `x` (0.25 → 2, 1e-7 → 7). */
function decimals(x: number): number {
  if (Number.isInteger(x)) return 0;
  const [mantissa = '', exponent] = String(x).toLowerCase().split('e');
  const dot = mantissa.indexOf('.');
  const d = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, d - Number(exponent ?? 0));
}

/**
 * How far the parts may be from the total and still add up. Counts are whole
 * things counted: only floating-point noise is allowed. Other amounts (kronor)
 * are often rounded part by part: each part may be off by half a unit of the
 * finest decimal written, so `n` parts by `n × ½ × 10^−d`.
 */
export function splitTolerance(kind: string, total: number, parts: readonly number[]): number {
  const noise = 1e-9 * Math.max(1, Math.abs(total));
  if (kind === 'count') return noise;
  let d = decimals(total);
  for (const p of parts) d = Math.max(d, decimals(p));
  return parts.length * 0.5 * 10 ** -d + noise;
}

/** Whether the parts of a split of a `count` or `sek` value exceed the total, fall short of it, or add up. */
export function compareParts(kind: string, total: number, split: Split): 'exceed' | 'short' | 'equal' {
  const parts: number[] = [];
  for (const part of split.parts) parts.push(part.value);
  let sum = 0;
  for (const p of parts) sum += p;
  const tolerance = splitTolerance(kind, total, parts);
  if (sum > total + tolerance) return 'exceed';
  if (sum < total - tolerance) return 'short';
  return 'equal';
}
