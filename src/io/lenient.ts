import type { z } from 'zod';
import type { PathSegment } from '../findings/finding.js';
import type { Document } from '../model/document.js';
import { LEVEL_INFO, LEVELS, type Level } from '../model/levels.js';
import { fold } from '../text/fold.js';
import { parseNumber } from '../text/number.js';

/** One value the reader reads differently from the raw data: a number written as text, a level written as its label. */
export interface Reading {
  readonly path: readonly PathSegment[];
  readonly value: unknown;
}

const LEVEL_WORDS = new Map<string, Level>();
for (const level of LEVELS) {
  const { sv, en } = LEVEL_INFO[level];
  for (const word of [level, sv, en, sv.split(' ')[0]!])
    LEVEL_WORDS.set(fold(word).replace(/\s+/g, ' ').trim(), level);
}

/** The level a person meant by `långsiktiga`, `Långsiktiga samhällseffekter`, `Outputs` …, if any. */
export function levelOfWord(word: string): Level | undefined {
  return LEVEL_WORDS.get(fold(word).replace(/\s+/g, ' ').trim());
}

const isNumberType = (expected: unknown) => expected === 'number' || expected === 'int';

/**
 * The values a person wrote the Swedish way where the format wants something
 * exact: `5,5`, `1 500` or `12 %` where a number is expected (read as the xlsx
 * reader reads a cell: 5.5, 1500, 12) and a level written with å/ä/ö or as its
 * label. Found from the schema's issues, so only fields that want a number or a
 * level are read this way; any other text stays as it is.
 */
export function lenientReadings(issues: readonly z.core.$ZodIssue[]): Reading[] {
  const out: Reading[] = [];
  for (const issue of issues) {
    const input = (issue as { input?: unknown }).input;
    if (typeof input !== 'string') continue;
    const path = issue.path as PathSegment[];
    if (issue.code === 'invalid_type' && isNumberType(issue.expected)) {
      const n = parseNumber(input);
      if (n !== undefined) out.push({ path, value: n });
    } else if (issue.code === 'invalid_value' && LEVELS.every((l) => issue.values.includes(l))) {
      const level = levelOfWord(input);
      if (level) out.push({ path, value: level });
    } else if (issue.code === 'invalid_union') {
      const wantsNumber = issue.errors.some((branch) =>
        branch.some((b) => b.path.length === 0 && b.code === 'invalid_type' && isNumberType(b.expected)),
      );
      const n = wantsNumber ? parseNumber(input) : undefined;
      if (n !== undefined) out.push({ path, value: n });
    }
  }
  return out;
}

/** Writes the readings into `raw` (which the caller owns). */
export function applyReadings(raw: unknown, readings: readonly Reading[]): void {
  for (const { path, value } of readings) {
    let at: unknown = raw;
    for (let i = 0; i < path.length - 1; i++) {
      at = at !== null && typeof at === 'object' ? (at as Record<PathSegment, unknown>)[path[i]!] : undefined;
    }
    const last = path[path.length - 1];
    if (last !== undefined && at !== null && typeof at === 'object') {
      (at as Record<PathSegment, unknown>)[last] = value;
    }
  }
}

type Valued = { value?: unknown };
type IndicatorLike = {
  kind?: unknown;
  baseline?: Valued;
  targets?: readonly Valued[];
  measurements?: readonly Valued[];
};

function readValue(entry: Valued | undefined): void {
  if (entry && typeof entry.value === 'string') {
    const n = parseNumber(entry.value);
    if (n !== undefined) entry.value = n;
  }
}

function readIndicators(indicators: readonly IndicatorLike[] | undefined): void {
  for (const indicator of indicators ?? []) {
    if (indicator.kind === 'text') continue;
    readValue(indicator.baseline);
    for (const t of indicator.targets ?? []) readValue(t);
    for (const m of indicator.measurements ?? []) readValue(m);
  }
}

/**
 * Values of number indicators (count, sek, percent, index) written as Swedish
 * text (`5,5`, `1 500`, `12 %`) become numbers, as the xlsx reader reads such
 * a cell. Text that is not a number stays text and the validator reports it
 * (VALUE_KIND_MISMATCH). Changes `document`, which the caller owns.
 */
export function readIndicatorNumbers(document: Document): void {
  for (const plan of document.plans ?? []) {
    for (const box of plan.boxes) readIndicators(box.indicators as IndicatorLike[] | undefined);
  }
  for (const goal of document.strategy?.rus?.goals ?? [])
    readIndicators(goal.indicators as IndicatorLike[] | undefined);
  for (const u of document.strategy?.understrategier ?? []) {
    for (const g of u.goals) readIndicators(g.indicators as IndicatorLike[] | undefined);
  }
}
