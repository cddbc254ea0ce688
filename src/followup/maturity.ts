import type { Finding, Language } from '../findings/finding.js';
import { enMaturityWords } from '../locales/en/maturity.js';
import type { MaturityCriterionId, MaturityStage, MaturityWords } from '../locales/maturity-words.js';
import { svMaturityWords } from '../locales/sv/maturity.js';
import type { Document } from '../model/document.js';
import type { Indicator } from '../model/indicator.js';
import { periodEnd } from '../model/period.js';
import { type Period, yearOf } from '../model/time.js';
import type { DataTable } from '../text/table.js';
import { validate } from '../validate/validate.js';
import { latestPeriod } from './status.js';

export type * from '../locales/maturity-words.js';

/** The share, in percent, of plans or indicators a criterion needs to be met. */
export const MATURITY_THRESHOLD = 80;

/** One measured fact of the maturity model: how many of how many, and whether that is enough. */
export interface MaturityCriterion {
  readonly id: MaturityCriterionId;
  /** The stage this criterion is needed for (2–5). */
  readonly stage: MaturityStage;
  readonly count: number;
  readonly total: number;
  /** `count / total` is at least `MATURITY_THRESHOLD` percent, and `total > 0`. */
  readonly met: boolean;
}

/** A region's maturity in working with effektkedjor, scored from the facts of its document. */
export interface Maturity {
  /** The highest stage whose criteria, and those of every stage below, are met. */
  readonly stage: MaturityStage;
  /** The date measurements are judged on time at (given, or the latest measurement). */
  readonly asOf?: Period;
  /** Every criterion, in stage order. */
  readonly criteria: readonly MaturityCriterion[];
  /** The criteria of the next stage that are not met (empty at stage 5). */
  readonly next: readonly MaturityCriterion[];
}

/** Options of `maturity`. */
export interface MaturityOptions {
  /** The follow-up date (default: the latest measured period, as in `documentStatus`). */
  readonly asOf?: Period;
  /** The document's validation findings, when already at hand (default: `validate(document)`). */
  readonly findings?: readonly Finding[];
}

/** The findings that say a plan does not follow the template it names. */
const TEMPLATE_CODES = new Set<string>([
  'TEMPLATE_UNKNOWN',
  'TEMPLATE_LEVEL_MISSING',
  'TEMPLATE_INDICATOR_MISSING',
  'TEMPLATE_INDICATOR_KIND',
  'TEMPLATE_INDICATOR_LEVEL',
]);

const CRITERIA: readonly { readonly id: MaturityCriterionId; readonly stage: MaturityStage }[] = [
  { id: 'templates', stage: 2 },
  { id: 'baselines', stage: 3 },
  { id: 'targets', stage: 3 },
  { id: 'measured', stage: 4 },
  { id: 'revisions', stage: 4 },
  { id: 'rollups', stage: 5 },
];

/**
 * Scores a region's maturity in working with effektkedjor (the mognadsmodell of
 * seed 004) from facts in its document. Each criterion counts plans or indicators:
 *
 * - stage 2 `templates`: plans that name a chain template and follow it (no
 *   `TEMPLATE_*` finding about the plan);
 * - stage 3 `baselines`, `targets`: plan indicators with a baseline, with a target;
 * - stage 4 `measured`: indicators of plans begun by `asOf` with a value measured in
 *   the year of `asOf` or the year before (and not after `asOf`); `revisions`: plans
 *   with a changelog entry that gives its reason (`why`);
 * - stage 5 `rollups`: strategy indicators that at least one plan indicator rolls up to.
 *
 * A criterion is met when at least 80 % of what it counts qualify (and there is
 * something to count). Stage 1 has no criteria; a region is at the highest stage whose
 * criteria and those of every stage below are met. A ramprojekt's `fromChildren`
 * indicators are left out: their values are their delprojekt's. Every count only grows
 * when a baseline, target or measurement is added, so (at a fixed `asOf`) adding one never
 * lowers the stage.
 */
export function maturity(document: Document, options: MaturityOptions = {}): Maturity {
  const asOf = options.asOf ?? latestPeriod(document);
  const asOfEnd = asOf === undefined ? undefined : periodEnd(asOf);
  const asOfYear = asOf === undefined ? undefined : yearOf(asOf);
  const findings = options.findings ?? validate(document).findings;
  const notFollowing = new Set<string>();
  for (const f of findings)
    if (TEMPLATE_CODES.has(f.code) && f.location.plan !== undefined) notFollowing.add(f.location.plan);

  const plans = document.plans ?? [];
  const counts: Record<MaturityCriterionId, { count: number; total: number }> = {
    templates: { count: 0, total: 0 },
    baselines: { count: 0, total: 0 },
    targets: { count: 0, total: 0 },
    measured: { count: 0, total: 0 },
    revisions: { count: 0, total: 0 },
    rollups: { count: 0, total: 0 },
  };
  const measuredOnTime = (i: Indicator) => {
    if (asOfEnd === undefined || asOfYear === undefined) return false;
    for (const m of i.measurements ?? []) {
      const at = periodEnd(m.period);
      if (at !== undefined && at <= asOfEnd && yearOf(m.period) >= asOfYear - 1) return true;
    }
    return false;
  };
  const rolledUp = new Set<string>();
  for (const plan of plans) {
    counts.templates.total++;
    if (plan.template !== undefined && !notFollowing.has(plan.id)) counts.templates.count++;
    counts.revisions.total++;
    if ((plan.changelog ?? []).some((c) => (c.why ?? '').trim() !== '')) counts.revisions.count++;
    const begun =
      plan.period === undefined || (asOfYear !== undefined && yearOf(plan.period.from) <= asOfYear);
    for (const box of plan.boxes)
      for (const i of box.indicators ?? []) {
        if (i.rollsUpTo !== undefined) rolledUp.add(i.rollsUpTo);
        if (i.fromChildren) continue;
        counts.baselines.total++;
        if (i.baseline !== undefined) counts.baselines.count++;
        counts.targets.total++;
        if ((i.targets ?? []).length > 0) counts.targets.count++;
        if (!begun) continue;
        counts.measured.total++;
        if (measuredOnTime(i)) counts.measured.count++;
      }
  }
  const goals = [
    ...(document.strategy?.rus?.goals ?? []),
    ...(document.strategy?.understrategier ?? []).flatMap((u) => u.goals),
  ];
  for (const goal of goals)
    for (const i of goal.indicators ?? []) {
      counts.rollups.total++;
      if (rolledUp.has(i.id)) counts.rollups.count++;
    }

  const criteria = CRITERIA.map(({ id, stage }) => {
    const { count, total } = counts[id];
    return { id, stage, count, total, met: total > 0 && count * 100 >= MATURITY_THRESHOLD * total };
  });
  let stage: MaturityStage = 1;
  for (const s of [2, 3, 4, 5] as const) {
    if (!criteria.every((c) => c.stage !== s || c.met)) break;
    stage = s;
  }
  const next = stage === 5 ? [] : criteria.filter((c) => c.stage === stage + 1 && !c.met);
  return { stage, ...(asOf !== undefined ? { asOf } : {}), criteria, next };
}

/** The words of the maturity model in a language. */
export function maturityWords(language: Language): MaturityWords {
  return language === 'en' ? enMaturityWords : svMaturityWords;
}

/** The criteria of a maturity score as a table: stage, criterion, the measured fact, met or not. */
export function maturityTable(m: Maturity, language: Language): DataTable {
  const w = maturityWords(language);
  return {
    columns: [w.column.stage, w.column.criterion, w.column.fact, w.column.met],
    rows: m.criteria.map((c) => [
      `${c.stage} ${w.stage[c.stage].name}`,
      w.criterion[c.id],
      w.fact[c.id](c.count, c.total),
      c.met ? w.yes : w.no,
    ]),
  };
}

/** The sentences of a maturity score: the stage with its explanation, the next step, and the rule. */
export function maturityLines(m: Maturity, language: Language): readonly string[] {
  const w = maturityWords(language);
  const current = `${w.current(m.stage, w.stage[m.stage].name)} ${w.stage[m.stage].explanation}`;
  const next =
    m.stage === 5
      ? w.top
      : w.next(
          (m.stage + 1) as MaturityStage,
          w.stage[(m.stage + 1) as MaturityStage].name,
          m.next.map((c) => `${w.criterion[c.id].toLowerCase()} (${w.fact[c.id](c.count, c.total)})`),
        );
  return [current, next, w.rule(MATURITY_THRESHOLD)];
}
