import { contributionWords } from '../contribution/tables.js';
import type { Language } from '../findings/finding.js';
import { enFollowupWords } from '../locales/en/followup.js';
import type { FollowupWords } from '../locales/followup-words.js';
import { svFollowupWords } from '../locales/sv/followup.js';
import { LEVEL_INFO, LEVELS, type Level } from '../model/levels.js';
import type { DataCell, DataTable } from '../text/table.js';
import type { Coverage } from './coverage.js';
import type { GoalIndicatorStatus, IndicatorStatus, PlanStatus } from './status.js';
import type { Aggregate, Range, RollupRow, Spread, SynthesisRow } from './synthesis.js';

/** The follow-up words of a language. */
export function followupWords(language: Language): FollowupWords {
  return language === 'en' ? enFollowupWords : svFollowupWords;
}

// Means and interpolated values get two decimals; sums of whole numbers stay whole.
const round = (n: number | undefined): DataCell => (n === undefined ? null : Math.round(n * 100) / 100);

const levelLabel = (level: Level, language: Language) => LEVEL_INFO[level][language];

function statusCells(s: IndicatorStatus, w: FollowupWords): DataCell[] {
  const i = s.indicator;
  const lastTarget = (i.targets ?? []).reduce<(typeof i.targets & {})[number] | undefined>(
    (a, t) => (!a || t.year >= a.year ? t : a),
    undefined,
  );
  const target = s.target ?? lastTarget;
  return [
    i.id,
    i.name,
    w.kind[i.kind] ?? i.kind,
    i.unit ?? null,
    s.direction ? w.direction[s.direction] : null,
    i.baseline ? i.baseline.value : null,
    target ? target.value : null,
    target ? target.year : null,
    s.latest ? String(s.latest.period) : null,
    s.latest ? s.latest.value : null,
    round(s.expected),
    w.status[s.status],
    s.reason
      ? w.reason[s.reason]
      : s.unmeasured && s.target && s.latest
        ? w.unmeasured(s.target.year, String(s.latest.period))
        : null,
  ];
}

function statusColumns(w: FollowupWords): string[] {
  const c = w.column;
  return [
    c.indicator,
    c.name,
    c.kind,
    c.unit,
    c.direction,
    c.baseline,
    c.target,
    c.targetYear,
    c.period,
    c.value,
    c.expected,
    c.status,
    c.note,
  ];
}

/** The status of each indicator of some plans: one row per indicator, judged on its latest period. */
export function statusTable(plans: readonly PlanStatus[], language: Language = 'sv'): DataTable {
  const w = followupWords(language);
  const rows: DataCell[][] = [];
  for (const p of plans) {
    for (const s of p.indicators)
      rows.push([p.plan.id, s.box, levelLabel(s.level, language), ...statusCells(s, w)]);
  }
  return { columns: [w.column.plan, w.column.box, w.column.level, ...statusColumns(w)], rows };
}

/** Every measured period of each indicator of some plans, with its status. */
export function periodTable(plans: readonly PlanStatus[], language: Language = 'sv'): DataTable {
  const w = followupWords(language);
  const c = w.column;
  const rows: DataCell[][] = [];
  for (const p of plans) {
    for (const s of p.indicators) {
      for (const ps of s.periods) {
        rows.push([
          p.plan.id,
          s.indicator.id,
          String(ps.period),
          ps.value,
          round(ps.expected),
          ps.target ? ps.target.value : null,
          ps.target ? ps.target.year : null,
          w.status[ps.status],
        ]);
      }
    }
  }
  return {
    columns: [c.plan, c.indicator, c.period, c.value, c.expected, c.target, c.targetYear, c.status],
    rows,
  };
}

/** The status of the strategy goals' indicators. */
export function goalStatusTable(goals: readonly GoalIndicatorStatus[], language: Language = 'sv'): DataTable {
  const w = followupWords(language);
  const rows = goals.map((s) => [s.goal, w.goalKind[s.goalKind], ...statusCells(s, w)]);
  return { columns: [w.column.goal, w.column.goalKind, ...statusColumns(w)], rows };
}

/** Per plan, how many indicators have each status. */
export function planSummaryTable(plans: readonly PlanStatus[], language: Language = 'sv'): DataTable {
  const w = followupWords(language);
  const kinds = ['reached', 'on-track', 'behind', 'missed', 'no-data', 'not-started'] as const;
  const rows = plans.map((p) => [
    p.plan.id,
    p.plan.name,
    p.indicators.length,
    ...kinds.map((k) => p.counts[k]),
  ]);
  return {
    columns: [w.column.plan, w.column.name, w.column.indicators, ...kinds.map((k) => w.status[k])],
    rows,
  };
}

const PLANS_SHOWN = 10;

// A range as one cell: the number when all agree, else "lowest–highest".
function rangeCell(r: Range | undefined): DataCell {
  if (!r) return null;
  return r.min === r.max ? round(r.min) : `${round(r.min)}–${round(r.max)}`;
}

function noteCell(r: { mixed?: boolean; aggregate: Aggregate; spread?: Spread }, w: FollowupWords): DataCell {
  if (r.mixed) return w.note.mixed;
  if (r.aggregate === 'sum') return null;
  if (!r.spread) return w.note.notSummable;
  const plans = r.spread.plans;
  return `${w.note.notSummable}; ${w.note.plans(plans.slice(0, PLANS_SHOWN), Math.max(0, plans.length - PLANS_SHOWN))}`;
}

/**
 * The rows of a synthesis as a table; mixed and text measures show counts only,
 * with a note; percent and index rows show ranges ("18–22") or the weighted ratio,
 * and name their plans in the note.
 */
export function synthesisTable(rows: readonly SynthesisRow[], language: Language = 'sv'): DataTable {
  const w = followupWords(language);
  const cw = contributionWords(language);
  const c = w.column;
  const out = rows.map((r) => [
    w.dimension[r.dimension],
    r.dimension === 'total' ? null : (r.group ?? w.none),
    r.measure,
    r.name,
    r.kind ? w.kind[r.kind] : null,
    r.unit || null,
    w.aggregate[r.aggregate],
    r.plans,
    r.indicators,
    r.spread ? rangeCell(r.spread.baseline) : round(r.baseline),
    r.spread ? rangeCell(r.spread.target) : round(r.target),
    r.spread && r.aggregate === 'range' ? rangeCell(r.spread.measured) : round(r.measured),
    r.measuredIndicators,
    noteCell(r, w),
    cw.claim[r.claim],
  ]);
  return {
    columns: [
      c.dimension,
      c.group,
      c.indicator,
      c.name,
      c.kind,
      c.unit,
      c.aggregate,
      c.plans,
      c.indicators,
      c.baseline,
      c.target,
      c.measured,
      c.measuredIndicators,
      c.note,
      cw.column.claim,
    ],
    rows: out,
  };
}

/** What the plans add up to against each strategy indicator they roll up into. */
export function rollupTable(rows: readonly RollupRow[], language: Language = 'sv'): DataTable {
  const w = followupWords(language);
  const cw = contributionWords(language);
  const c = w.column;
  const out = rows.map((r) => [
    r.region,
    r.goal,
    r.indicator.id,
    r.indicator.name,
    w.kind[r.indicator.kind],
    r.indicator.unit ?? null,
    r.strategyTarget ? r.strategyTarget.value : null,
    r.strategyTarget ? r.strategyTarget.year : null,
    w.aggregate[r.aggregate],
    r.plans,
    r.indicators,
    r.spread ? rangeCell(r.spread.target) : round(r.target),
    r.spread && r.aggregate === 'range' ? rangeCell(r.spread.measured) : round(r.measured),
    cw.claim[r.claim],
  ]);
  return {
    columns: [
      c.region,
      c.goal,
      c.indicator,
      c.name,
      c.kind,
      c.unit,
      c.strategyTarget,
      c.targetYear,
      c.aggregate,
      c.plans,
      c.indicators,
      c.contributedTarget,
      c.contributedMeasured,
      cw.column.claim,
    ],
    rows: out,
  };
}

/**
 * The goals × plans matrix, with plans as rows (there are many) and goals as
 * columns: each cell names the levels the plan's links to the goal start on, or
 * the understrategi goals through which it reaches a RUS goal.
 */
export function coverageTable(c: Coverage, language: Language = 'sv'): DataTable {
  const w = followupWords(language);
  const column = new Map(c.goals.map((g, i) => [g.id, i]));
  const rowOf = new Map<string, DataCell[]>();
  const rows: DataCell[][] = c.plans.map((p) => {
    const row: DataCell[] = [p.id, ...c.goals.map(() => null)];
    if (!rowOf.has(p.id)) rowOf.set(p.id, row);
    return row;
  });
  for (const cell of c.cells) {
    const row = rowOf.get(cell.plan);
    const at = column.get(cell.goal);
    if (!row || at === undefined) continue;
    const parts: string[] = cell.levels.map((l) => levelLabel(l, language));
    if (cell.via.length) parts.push(`${w.column.indirect}: ${cell.via.join(', ')}`);
    row[at + 1] = parts.join('; ');
  }
  return { columns: [w.column.plan, ...c.goals.map((g) => g.id)], rows };
}

/**
 * The goals × levels matrix (stryktips): per goal, how many plans link to it from
 * each level, and how many more reach it from there through goals that serve it.
 */
export function goalLevelTable(c: Coverage, language: Language = 'sv'): DataTable {
  const w = followupWords(language);
  const text = new Map(c.goals.map((g) => [g.id, g]));
  const rows = c.levels.map((l) => {
    const g = text.get(l.goal)!;
    return [
      l.goal,
      w.goalKind[g.kind],
      g.text,
      // Plans that reach the goal from a level only through goals that serve it are added
      // as "+ n indirekt"; a level the goal is meant to be followed at says so after the count.
      ...LEVELS.map((lv) => {
        const more = l.indirectCounts[lv];
        const count = more > 0 ? `${l.counts[lv]} + ${more} ${w.column.indirectly}` : l.counts[lv];
        return l.intended?.includes(lv) ? `${count} (${w.column.intended})` : count;
      }),
      l.indirect,
      l.direct + l.indirect,
    ];
  });
  return {
    columns: [
      w.column.goal,
      w.column.goalKind,
      w.column.name,
      ...LEVELS.map((l) => levelLabel(l, language)),
      w.column.indirect,
      w.column.plans,
    ],
    rows,
  };
}
