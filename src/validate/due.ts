import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import {
  arshjulOccurrences,
  eventPlans,
  firstDay,
  lastDay,
  periodLastDay,
  planDutyDay,
} from '../model/calendar.js';
import type { Document } from '../model/document.js';
import type { Period } from '../model/time.js';
import { yearOf } from '../model/time.js';

/** Options of `dueFindings`. */
export interface DueOptions {
  /** The follow-up date: a period stands for its last day (2026 → 2026-12-31). */
  readonly asOf: Period;
}

/**
 * What the årshjul says is due and missing as of a date: `MEASUREMENT_DUE` for
 * each plan indicator without a measurement for a year whose values a duty with
 * `measurements: true` has asked for (once per indicator and year, at the first
 * such date), and `PLAN_REPORT_DUE` for each per-plan duty whose date has come
 * without a report from the plan. A document without an årshjul has none.
 */
export function dueFindings(document: Document, options: DueOptions): Finding[] {
  const asOf = periodLastDay(options.asOf);
  const events = document.arshjul?.events ?? [];
  if (events.length === 0) return [];
  const findings: Finding[] = [];
  measurementsDue(document, asOf, findings);
  reportsDue(document, asOf, findings);
  return findings;
}

/** The first day of the earliest year any plan runs; undefined when no plan has a period. */
function earliestPlanDay(document: Document): string | undefined {
  let earliest: string | undefined;
  for (const p of document.plans ?? []) {
    if (!p.period) continue;
    const start = firstDay(p.period.from);
    if (earliest === undefined || start < earliest) earliest = start;
  }
  return earliest;
}

/**
 * MEASUREMENT_DUE: each date of a measurement duty up to `asOf` asks for the year before; each
 * plan indicator running that year (after its baseline) without a measurement for it, once per
 * indicator and year, at the first such date.
 */
function measurementsDue(document: Document, asOf: string, findings: Finding[]): void {
  // Measurement duties before the earliest year any plan runs ask for nothing.
  const earliest = earliestPlanDay(document);
  if (earliest === undefined) return;
  const asked = new Set<string>();
  for (const o of arshjulOccurrences(document, { from: earliest, to: asOf })) {
    if (!o.event.measurements || o.plan) continue;
    const year = Number(o.date.slice(0, 4)) - 1;
    for (const { plan, index: pi } of eventPlans(document, o.event)) {
      if (!plan.period) continue;
      if (year < yearOf(plan.period.from) || year > yearOf(plan.period.to)) continue;
      plan.boxes.forEach((box, bi) => {
        (box.indicators ?? []).forEach((indicator, ii) => {
          if (indicator.baseline && year <= indicator.baseline.year) return;
          const key = `${pi}\u0000${bi}\u0000${ii}\u0000${year}`;
          if (asked.has(key)) return;
          asked.add(key);
          if ((indicator.measurements ?? []).some((m) => yearOf(m.period) === year)) return;
          findings.push(
            createFinding(
              'MEASUREMENT_DUE',
              {
                plan: plan.id,
                box: box.id,
                indicator: indicator.id,
                path: ['plans', pi, 'boxes', bi, 'indicators', ii],
              },
              {
                plan: plan.id,
                indicator: indicator.id,
                year,
                due: o.date,
                event: o.event.id,
                eventName: o.event.name,
                ...(o.responsible !== undefined ? { responsible: o.responsible } : {}),
              },
            ),
          );
        });
      });
    }
  }
}

/** PLAN_REPORT_DUE: per-plan duties (slutrapport, utvärdering), due once their date has come, until reported. */
function reportsDue(document: Document, asOf: string, findings: Finding[]): void {
  for (const event of document.arshjul?.events ?? []) {
    if (!event.perPlan) continue;
    for (const { plan, index: pi } of eventPlans(document, event)) {
      const due = planDutyDay(event, plan);
      if (due === undefined || due > asOf) continue;
      if ((plan.reports ?? []).some((r) => r.event === event.id)) continue;
      const responsible = event.responsible ?? plan.owner;
      findings.push(
        createFinding(
          'PLAN_REPORT_DUE',
          { plan: plan.id, path: ['plans', pi] },
          {
            plan: plan.id,
            event: event.id,
            eventName: event.name,
            kind: event.kind,
            due,
            periodEnd: plan.period ? lastDay(plan.period.to) : null,
            ...(responsible !== undefined ? { responsible } : {}),
          },
        ),
      );
    }
  }
}
