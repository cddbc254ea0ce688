import type { Document } from '../model/document.js';
import type { Indicator, Measurement } from '../model/indicator.js';
import { periodEnd } from '../model/period.js';
import type { Period, YearOrDate } from '../model/time.js';
import { participantLists, readNumber } from './collect.js';

/**
 * Where a participation starts, on the scale of `periodEnd` (a year Y runs from
 * Y - 1 to Y); a participant without a period counts from the start.
 */
export function participationStart(from: YearOrDate | undefined): number {
  if (from === undefined) return Number.NEGATIVE_INFINITY;
  if (typeof from === 'number') return from - 1;
  return (periodEnd(from) ?? Number.NEGATIVE_INFINITY) - 1 / 366;
}

/** How many of the participants (their start, by number) had begun taking part by `end`. */
export function countStartedBy(starts: ReadonlyMap<string, number>, end: number): number {
  let n = 0;
  for (const start of starts.values()) if (start < end) n++;
  return n;
}

/**
 * The count indicators of a document that have a participant list (on the
 * indicator or in `participantLists` for it), each with the start of every
 * distinct valid number in its lists. A plan's own list counts for no indicator.
 */
export function listedCounts(document: Document): Map<Indicator, Map<string, number>> {
  const out = new Map<Indicator, Map<string, number>>();
  for (const site of participantLists(document)) {
    const indicator = site.indicator;
    if (!site.plan || indicator?.kind !== 'count') continue;
    let starts = out.get(indicator);
    if (!starts) {
      starts = new Map();
      out.set(indicator, starts);
    }
    for (const p of site.participants) {
      const parsed = readNumber(p.orgnr);
      if (!parsed.ok) continue;
      const start = participationStart(p.period?.from);
      const earlier = starts.get(parsed.normal);
      if (earlier === undefined || start < earlier) starts.set(parsed.normal, start);
    }
  }
  return out;
}

/**
 * The document with each count indicator that has a participant list measured
 * by the list: every measured value becomes the number of distinct valid numbers
 * that had begun taking part by the end of its period (the stated value, which
 * `PARTICIPANT_COUNT_MISMATCH` compares, is replaced). An indicator with a list but
 * no measurement gets one value, at `asOf`. Returns the document itself when no
 * indicator has a list. Status and synthesis read documents through it.
 */
export function withParticipantCounts(document: Document, asOf?: Period): Document {
  const lists = listedCounts(document);
  if (lists.size === 0) return document;
  const asOfEnd = asOf === undefined ? undefined : periodEnd(asOf);
  const measure = (indicator: Indicator): Indicator => {
    const starts = lists.get(indicator);
    if (!starts) return indicator;
    const stated = indicator.measurements ?? [];
    const measurements: Measurement[] = [];
    for (const m of stated) {
      const end = periodEnd(m.period);
      if (end === undefined) {
        measurements.push(m);
        continue;
      }
      const { unit: _u, numerator: _n, denominator: _d, ...rest } = m;
      measurements.push({ ...rest, value: countStartedBy(starts, end) });
    }
    if (stated.length === 0 && asOf !== undefined && asOfEnd !== undefined)
      measurements.push({ period: asOf, value: countStartedBy(starts, asOfEnd) });
    return { ...indicator, measurements };
  };
  return {
    ...document,
    plans: (document.plans ?? []).map((plan) => ({
      ...plan,
      boxes: plan.boxes.map((box) =>
        box.indicators ? { ...box, indicators: box.indicators.map(measure) } : box,
      ),
    })),
  };
}
