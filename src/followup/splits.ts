import { contributionWords } from '../contribution/tables.js';
import type { Language } from '../findings/finding.js';
import { type DimensionInfo, isComplete, knownDimensions, type Split } from '../model/disaggregation.js';
import type { Document } from '../model/document.js';
import type { Indicator, Measurement, Target } from '../model/indicator.js';
import { escapeHtml } from '../text/html.js';
import type { DataCell, DataTable } from '../text/table.js';
import type { IndicatorStatus, PlanStatus } from './status.js';
import type { SplitSynthesisRow } from './synthesis-splits.js';
import { followupWords } from './tables.js';

/** One dimension of one indicator's latest measured value, as the report shows it. */
export interface SplitTable {
  readonly indicator: Indicator;
  /** The period of the measurement the parts belong to. */
  readonly period: string;
  readonly dimension: string;
  /** The dimension's name in the report's language (a declared dimension's own name). */
  readonly dimensionName: string;
  /** Whether the parts make up the whole value (see `isComplete`). */
  readonly complete: boolean;
  /**
   * Columns: group, value, then the share of the total (count and sek only, in
   * percent), the baseline's part and the target's part where those are split by
   * the same dimension.
   */
  readonly table: DataTable;
  /** Per row, how long its bar is drawn in the HTML report, 0–1. */
  readonly bars: readonly number[];
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const round1 = (n: number) => Math.round(n * 10) / 10;

// The measurement a status's latest period stands for: the last one of that period with that value.
function latestMeasurement(s: IndicatorStatus): Measurement | undefined {
  if (!s.latest) return undefined;
  const list = s.indicator.measurements ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i]!;
    if (String(m.period) === String(s.latest.period) && m.value === s.latest.value) return m;
  }
  return undefined;
}

function lastTarget(indicator: Indicator): Target | undefined {
  let out: Target | undefined;
  for (const t of indicator.targets ?? []) if (!out || t.year >= out.year) out = t;
  return out;
}

const byDimension = (splits: readonly Split[] | undefined, dimension: string) =>
  splits?.find((s) => s.dimension === dimension);

const partValue = (split: Split | undefined, group: string): DataCell => {
  const part = split?.parts.find((p) => p.group === group);
  return part ? part.value : null;
};

/**
 * The split tables of one indicator: one per dimension its latest measurement is
 * split by, with the baseline's and the target's parts beside where they are split
 * by the same dimension. Counts and amounts get each group's share of the total;
 * percent and index parts are shown as they are, never added. Empty when the
 * latest measurement has no splits.
 */
export function indicatorSplitTables(
  s: IndicatorStatus,
  language: Language = 'sv',
  dimensions: ReadonlyMap<string, DimensionInfo> = knownDimensions(undefined),
): SplitTable[] {
  const m = latestMeasurement(s);
  if (!m?.splits?.length) return [];
  const w = followupWords(language);
  const indicator = s.indicator;
  const additive = indicator.kind === 'count' || indicator.kind === 'sek';
  const total = additive && finite(m.value) && m.value > 0 ? m.value : undefined;
  const target = s.target ?? lastTarget(indicator);
  const out: SplitTable[] = [];
  for (const split of m.splits) {
    const info = dimensions.get(split.dimension);
    const baseSplit = byDimension(indicator.baseline?.splits, split.dimension);
    const targetSplit = byDimension(target?.splits, split.dimension);
    const columns = [w.column.group, w.column.value];
    if (total !== undefined) columns.push(w.splits.share);
    if (baseSplit) columns.push(`${w.column.baseline} ${indicator.baseline!.year}`);
    if (targetSplit) columns.push(`${w.column.target} ${target!.year}`);
    let largest = 0;
    for (const p of split.parts) if (finite(p.value)) largest = Math.max(largest, Math.abs(p.value));
    const rows: DataCell[][] = [];
    const bars: number[] = [];
    for (const part of split.parts) {
      const row: DataCell[] = [part.group, part.value];
      if (total !== undefined) row.push(round1((100 * part.value) / total));
      if (baseSplit) row.push(partValue(baseSplit, part.group));
      if (targetSplit) row.push(partValue(targetSplit, part.group));
      rows.push(row);
      const share = total !== undefined ? part.value / total : largest > 0 ? part.value / largest : 0;
      bars.push(Math.min(1, Math.max(0, share)));
    }
    out.push({
      indicator,
      period: String(m.period),
      dimension: split.dimension,
      dimensionName: info?.declared?.name ?? w.splits.dimension[split.dimension] ?? split.dimension,
      complete: isComplete(split, info),
      table: { columns, rows },
      bars,
    });
  }
  return out;
}

/** The split tables of every indicator of a plan, in the order of its status table. */
export function planSplitTables(
  plan: PlanStatus,
  language: Language = 'sv',
  document?: Document,
): SplitTable[] {
  const dimensions = knownDimensions(document?.dimensions);
  const out: SplitTable[] = [];
  for (const s of plan.indicators) for (const t of indicatorSplitTables(s, language, dimensions)) out.push(t);
  return out;
}

/** The caption of a split table: the library's words around the user's text, which `esc` escapes for the output. */
export function splitCaption(t: SplitTable, language: Language, esc: (text: string) => string): string {
  return followupWords(language).splits.caption(
    esc(t.indicator.name),
    esc(t.indicator.id),
    esc(t.dimensionName),
    esc(t.period),
    t.complete,
  );
}

/**
 * A split table as HTML: the table with a horizontal bar after each value,
 * drawn with a plain element whose width is the share (or, for percent and
 * index, the part against the largest part). The numbers stay as text; every
 * cell is escaped.
 */
export function splitTableToHtml(t: SplitTable): string {
  const out = ['<table class="split">', '<thead><tr>'];
  for (const c of t.table.columns) out.push(`<th scope="col">${escapeHtml(c)}</th>`);
  out.push('<th scope="col" aria-hidden="true"></th>', '</tr></thead>', '<tbody>');
  for (const [r, row] of t.table.rows.entries()) {
    out.push('<tr>');
    for (let i = 0; i < t.table.columns.length; i++) {
      const cell = row[i] ?? null;
      if (typeof cell === 'number')
        out.push(`<td class="num">${Number.isFinite(cell) ? String(cell) : ''}</td>`);
      else out.push(`<td>${cell === null ? '' : escapeHtml(cell)}</td>`);
    }
    const width = round1(100 * (t.bars[r] ?? 0));
    // Inline styles: the report's style sheet (and so every report without splits) stays as it was.
    out.push(
      `<td class="bar" aria-hidden="true" style="min-width:8rem"><span style="display:inline-block;height:.8em;background:#4a6fa5;width:${width}%"></span></td>`,
      '</tr>',
    );
  }
  out.push('</tbody>', '</table>');
  return out.join('');
}

/** One dimension's rows of the portfolio's split synthesis, as the report shows them. */
export interface SplitSynthesisTable {
  readonly dimension: string;
  /** The dimension's name in the report's language (a declared dimension's own name). */
  readonly dimensionName: string;
  /** Columns: indicator, name, group, kind, aggregate, value, the plans' values, claim. */
  readonly table: DataTable;
}

// A weighted ratio to one decimal, as the plans' tables show parts; a sum without floating-point noise.
const aggregateCell = (r: SplitSynthesisRow): DataCell =>
  r.value === undefined ? null : r.aggregate === 'ratio' ? round1(r.value) : Number(r.value.toPrecision(12));

function synthesisCells(r: SplitSynthesisRow, language: Language): DataCell[] {
  const w = followupWords(language);
  const cw = contributionWords(language);
  const plans = r.values.map((v) => `${v.plan}: ${v.value}`).join('; ');
  return [
    r.indicator,
    r.name,
    r.group,
    w.kind[r.kind],
    r.aggregate === 'list' ? w.splits.listed : w.aggregate[r.aggregate],
    aggregateCell(r),
    plans,
    cw.claim[r.claim],
  ];
}

function synthesisColumns(language: Language): string[] {
  const w = followupWords(language);
  const c = w.column;
  return [
    c.indicator,
    c.name,
    c.group,
    c.kind,
    c.aggregate,
    c.measured,
    w.splits.planValues,
    contributionWords(language).column.claim,
  ];
}

function dimensionName(
  dimension: string,
  language: Language,
  dimensions: ReadonlyMap<string, DimensionInfo>,
) {
  return (
    dimensions.get(dimension)?.declared?.name ??
    followupWords(language).splits.dimension[dimension] ??
    dimension
  );
}

/**
 * The portfolio's split synthesis (`synthesizeSplits`) as one table per
 * dimension, in the order the dimensions first occur: each indicator's groups
 * with the sum or weighted ratio where one may be given, every plan's own value,
 * and what the report may claim for the numbers.
 */
export function splitSynthesisTables(
  rows: readonly SplitSynthesisRow[],
  language: Language = 'sv',
  document?: Document,
): SplitSynthesisTable[] {
  const dimensions = knownDimensions(document?.dimensions);
  const byDim = new Map<string, DataCell[][]>();
  for (const r of rows) {
    const list = byDim.get(r.dimension) ?? [];
    list.push(synthesisCells(r, language));
    byDim.set(r.dimension, list);
  }
  const out: SplitSynthesisTable[] = [];
  for (const [dimension, list] of byDim)
    out.push({
      dimension,
      dimensionName: dimensionName(dimension, language, dimensions),
      table: { columns: synthesisColumns(language), rows: list },
    });
  return out;
}

/** The portfolio's split synthesis as one table, the dimension first: the CSV `uppdelning.csv` of `report --csv`. */
export function splitSynthesisTable(
  rows: readonly SplitSynthesisRow[],
  language: Language = 'sv',
  document?: Document,
): DataTable {
  const dimensions = knownDimensions(document?.dimensions);
  const c = followupWords(language).column;
  return {
    columns: [c.dimension, ...synthesisColumns(language)],
    rows: rows.map((r) => [dimensionName(r.dimension, language, dimensions), ...synthesisCells(r, language)]),
  };
}
