import type { Finding } from '../../findings/finding.js';
import type { Level } from '../../model/levels.js';
import { yearOf } from '../../model/time.js';
import { forEachIndicator, type IndicatorSite } from '../indicators.js';
import { found, type Rule } from '../rule.js';

/** Years after a plan's last year in which a measurement still belongs to it, per level of the box. */
export type FollowUpWindow = Readonly<Record<Level, number>>;

/**
 * The default follow-up window. Work and outputs are measured during the project
 * and reported in its slutrapport, so one year after the period; outcomes are
 * measured at the end ("vid projektets slut"), one year too. Effects come later:
 * Gotland's lärandeplan (seed 004) makes "aggregerade effektuppföljningar 3–5 år
 * efter projekten", so short-term effects get five years, and long-term effects,
 * whose horizon is 1–10 years, ten.
 */
export const FOLLOW_UP_WINDOW: FollowUpWindow = {
  resurser: 1,
  aktiviteter: 1,
  prestationer: 1,
  utfall: 1,
  kortsiktiga: 5,
  langsiktiga: 10,
};

/** Options of `timelineRule`. */
export interface TimelineOptions {
  /** Years after the plan's period per level (missing levels keep the default of `FOLLOW_UP_WINDOW`). */
  readonly window?: Partial<FollowUpWindow>;
}

const field = (name: string, i: number) => `${name}[${i}]`;

/**
 * A rule for an indicator's values in time: a measurement before the baseline
 * year, a target before it, a plan's measurement outside its period and follow-up
 * window, and a percent or index value that disagrees with its numerator and
 * denominator. `timelineRule({ window })` sets another follow-up window.
 */
export function timelineRule(options: TimelineOptions = {}): Rule {
  const window: FollowUpWindow = { ...FOLLOW_UP_WINDOW, ...options.window };
  return {
    name: 'timeline',
    codes: [
      'MEASUREMENT_BEFORE_BASELINE',
      'TARGET_BEFORE_BASELINE',
      'MEASUREMENT_OUTSIDE_FOLLOWUP',
      'MEASUREMENT_RATIO_MISMATCH',
    ],
    check(context) {
      const out: Finding[] = [];
      forEachIndicator(context, (site) => {
        targetsBeforeBaseline(site, out);
        const list = site.indicator.measurements ?? [];
        if (list.length === 0) return;
        const span = followUpSpan(site, window);
        for (let i = 0; i < list.length; i++) checkMeasurement(site, i, span, out);
      });
      return out;
    },
  };
}

/** TARGET_BEFORE_BASELINE: each target set for a year before the baseline's. */
function targetsBeforeBaseline(site: IndicatorSite, out: Finding[]): void {
  const { indicator } = site;
  const baselineYear = indicator.baseline?.year;
  if (baselineYear === undefined) return;
  const targets = indicator.targets ?? [];
  for (let i = 0; i < targets.length; i++) {
    const year = targets[i]!.year;
    if (year < baselineYear) {
      out.push(
        found('TARGET_BEFORE_BASELINE', site.location('targets', i, 'year'), {
          indicator: indicator.id,
          field: field('targets', i),
          year,
          baselineYear,
        }),
      );
    }
  }
}

/** The plan's period, its box's follow-up window and the years a measurement may be for. */
interface FollowUpSpan {
  readonly from: number;
  readonly to: number;
  readonly first: number;
  readonly last: number;
  readonly window: number;
}

/**
 * The years a plan's measurement may be for: from the baseline year or the year before the
 * plan starts (whichever is earlier) up to the period's last year and the level's window.
 * Undefined for an indicator without a plan period or a level (a strategy goal's).
 */
function followUpSpan(site: IndicatorSite, window: FollowUpWindow): FollowUpSpan | undefined {
  const { plan, level } = site;
  if (!plan?.period || level === undefined) return undefined;
  const from = yearOf(plan.period.from);
  const to = yearOf(plan.period.to);
  const years = window[level];
  const first = Math.min(from - 1, site.indicator.baseline?.year ?? from - 1);
  return { from, to, first, last: to + years, window: years };
}

/**
 * One measurement: before the baseline year (MEASUREMENT_BEFORE_BASELINE), else outside the
 * plan's follow-up span (MEASUREMENT_OUTSIDE_FOLLOWUP); and a percent or index value that
 * disagrees with its numerator and denominator (MEASUREMENT_RATIO_MISMATCH).
 */
function checkMeasurement(
  site: IndicatorSite,
  i: number,
  span: FollowUpSpan | undefined,
  out: Finding[],
): void {
  const { indicator, level } = site;
  const baselineYear = indicator.baseline?.year;
  const m = indicator.measurements![i]!;
  const year = yearOf(m.period);
  if (baselineYear !== undefined && year < baselineYear) {
    out.push(
      found('MEASUREMENT_BEFORE_BASELINE', site.location('measurements', i, 'period'), {
        indicator: indicator.id,
        field: field('measurements', i),
        period: m.period,
        baselineYear,
      }),
    );
  } else if (span && (year < span.first || year > span.last)) {
    out.push(
      found('MEASUREMENT_OUTSIDE_FOLLOWUP', site.location('measurements', i, 'period'), {
        indicator: indicator.id,
        field: field('measurements', i),
        period: m.period,
        side: year < span.first ? 'before' : 'after',
        level: level!,
        from: span.from,
        to: span.to,
        firstYear: span.first,
        lastYear: span.last,
        window: span.window,
      }),
    );
  }
  const ratio = ratioMismatch(indicator.kind, m.value, m.numerator, m.denominator);
  if (ratio !== undefined) {
    out.push(
      found('MEASUREMENT_RATIO_MISMATCH', site.location('measurements', i, 'value'), {
        indicator: indicator.id,
        field: field('measurements', i),
        // ratioMismatch answers only for percent and index indicators.
        kind: indicator.kind as 'percent' | 'index',
        value: m.value as number,
        numerator: m.numerator!,
        denominator: m.denominator!,
        expected: ratio,
      }),
    );
  }
}

/**
 * The value a numerator and a denominator give, when the measured value disagrees
 * with it: a percent is 100 × n / d, an index n / d. The value may be rounded to
 * as many decimals as it is written with (33.3 for 1 of 3, 33 too; 34 is wrong).
 */
export function ratioMismatch(
  kind: string,
  value: unknown,
  numerator: number | undefined,
  denominator: number | undefined,
): number | undefined {
  if (kind !== 'percent' && kind !== 'index') return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (numerator === undefined || denominator === undefined || !(denominator > 0)) return undefined;
  const exact = ((kind === 'percent' ? 100 : 1) * numerator) / denominator;
  const slack = 0.5 * 10 ** -decimals(value) + 1e-9 * Math.max(1, Math.abs(exact));
  if (Math.abs(value - exact) <= slack) return undefined;
  return Math.round(exact * 1e6) / 1e6;
}

// The decimals a number is written with: 33.3 → 1, 33 → 0; in exponent form, as many as it takes.
function decimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const e = text.indexOf('e');
  if (e === -1) return text.length - text.indexOf('.') - 1;
  return 20;
}

/** The built-in rule with the default follow-up window. */
export const timeline: Rule = timelineRule();
