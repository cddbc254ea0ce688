import { type Claim, claimOf } from '../model/contribution.js';
import { isComplete, knownDimensions, type Split } from '../model/disaggregation.js';
import type { Document } from '../model/document.js';
import type { IndicatorKind } from '../model/indicator.js';
import { type IndicatorStatus, indicatorStatus, type StatusOptions } from './status.js';

/** One group of one dimension of one indicator across the portfolio's plans. */
export interface SplitSynthesisRow {
  readonly indicator: string;
  /** The indicator's name where it first occurs. */
  readonly name: string;
  readonly kind: IndicatorKind;
  /**
   * What a report may claim for the numbers, from the level of the indicator's box
   * where it first occurs (`claimOf`); `contributed` when it rolls up into a
   * strategy indicator, as the synthesis labels roll-ups.
   */
  readonly claim: Claim;
  readonly dimension: string;
  readonly group: string;
  /**
   * `sum`: counts and amounts added, every plan's split complete for the dimension;
   * `ratio`: a percent or index weighed from every plan's numerator and denominator;
   * `list`: neither — `values` holds the plans' own values, never an average.
   */
  readonly aggregate: 'sum' | 'ratio' | 'list';
  /** The sum or the weighted ratio; absent for `list`. */
  readonly value?: number;
  /** Each plan's value of the group, in plan order. */
  readonly values: readonly { readonly plan: string; readonly value: number }[];
}

interface Part {
  readonly plan: string;
  readonly value: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly complete: boolean;
}

// The measurement a status's latest period stands for.
function latestSplits(s: IndicatorStatus) {
  if (!s.latest) return undefined;
  const list = s.indicator.measurements ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i]!;
    if (String(m.period) === String(s.latest.period) && m.value === s.latest.value)
      return m.unit === undefined || m.unit === s.indicator.unit ? m.splits : undefined;
  }
  return undefined;
}

// One indicator id across the plans: its parts by dimension and group, and how many of its splits are complete.
interface FoundIndicator {
  name: string;
  claim: Claim;
  kind: IndicatorKind;
  unit?: string;
  mixed: boolean;
  dims: Map<string, Map<string, Part[]>>;
  occurrences: number;
  completes: Map<string, number>;
}

/**
 * The latest measurements' splits added up across plans, per indicator id,
 * dimension and group. Counts and amounts are summed when every plan that splits
 * the indicator by the dimension gives a complete split; percent and index parts
 * are weighed from numerators and denominators when every plan gives them;
 * otherwise the row lists the plans' values. Indicators whose kind or unit differ
 * between plans are left out (the synthesis reports those).
 */
export function synthesizeSplits(document: Document, options: StatusOptions = {}): SplitSynthesisRow[] {
  const found = collectSplits(document, options);
  const rows: SplitSynthesisRow[] = [];
  for (const [indicator, entry] of found) if (!entry.mixed) addRows(rows, indicator, entry);
  return rows;
}

// Gathers every indicator's latest splits across the plans, by indicator id.
function collectSplits(document: Document, options: StatusOptions): Map<string, FoundIndicator> {
  const dimensions = knownDimensions(document.dimensions);
  const found = new Map<string, FoundIndicator>();
  for (const plan of document.plans ?? []) {
    for (const box of plan.boxes) {
      for (const indicator of box.indicators ?? []) {
        const splits = latestSplits(indicatorStatus(indicator, options));
        let entry = found.get(indicator.id);
        if (!entry) {
          entry = {
            name: indicator.name,
            claim: indicator.rollsUpTo !== undefined ? 'contributed' : claimOf(box.level),
            kind: indicator.kind,
            ...(indicator.unit !== undefined ? { unit: indicator.unit } : {}),
            mixed: false,
            dims: new Map(),
            occurrences: 0,
            completes: new Map(),
          };
          found.set(indicator.id, entry);
        } else if (entry.kind !== indicator.kind || entry.unit !== indicator.unit) entry.mixed = true;
        entry.occurrences++;
        for (const split of splits ?? [])
          addSplit(entry, plan.id, split, isComplete(split, dimensions.get(split.dimension)));
      }
    }
  }
  return found;
}

function addSplit(entry: FoundIndicator, plan: string, split: Split, complete: boolean): void {
  let groups = entry.dims.get(split.dimension);
  if (!groups) {
    groups = new Map();
    entry.dims.set(split.dimension, groups);
  }
  for (const part of split.parts) {
    const list = groups.get(part.group) ?? [];
    list.push({
      plan,
      value: part.value,
      complete,
      ...(part.numerator !== undefined ? { numerator: part.numerator } : {}),
      ...(part.denominator !== undefined ? { denominator: part.denominator } : {}),
    });
    groups.set(part.group, list);
  }
  if (complete) entry.completes.set(split.dimension, (entry.completes.get(split.dimension) ?? 0) + 1);
}

// One row per dimension and group: a sum, a weighed ratio, or the plans' values listed.
function addRows(rows: SplitSynthesisRow[], indicator: string, entry: FoundIndicator): void {
  const additive = entry.kind === 'count' || entry.kind === 'sek';
  for (const [dimension, groups] of entry.dims) {
    // Every plan with the indicator splits it completely by the dimension (one without a split is not complete).
    const allComplete = entry.completes.get(dimension) === entry.occurrences;
    for (const [group, parts] of groups) {
      const values = parts.map((p) => ({ plan: p.plan, value: p.value }));
      const base = {
        indicator,
        name: entry.name,
        kind: entry.kind,
        claim: entry.claim,
        dimension,
        group,
        values,
      };
      if (additive && allComplete) {
        let sum = 0;
        for (const p of parts) sum += p.value;
        rows.push({ ...base, aggregate: 'sum', value: sum });
      } else if (
        (entry.kind === 'percent' || entry.kind === 'index') &&
        parts.every((p) => p.numerator !== undefined && p.denominator !== undefined)
      ) {
        let num = 0;
        let den = 0;
        for (const p of parts) {
          num += p.numerator!;
          den += p.denominator!;
        }
        rows.push({
          ...base,
          aggregate: 'ratio',
          value: entry.kind === 'percent' ? (100 * num) / den : num / den,
        });
      } else rows.push({ ...base, aggregate: 'list' });
    }
  }
}
