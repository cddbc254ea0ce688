import type { Code } from '../findings/codes.js';
import { createFinding } from '../findings/create.js';
import type { Finding, Severity } from '../findings/finding.js';
import { compareFindings } from '../findings/format.js';
import type { Document } from '../model/document.js';
import type { Period } from '../model/time.js';
import { buildContext } from './context.js';
import { dueFindings } from './due.js';
import { nameBoxes } from './name-boxes.js';
import type { Rule } from './rule.js';
import { BUILT_IN_RULES } from './rules/index.js';

/** A severity, or `off` to drop the code. */
export type SeverityOverride = Severity | 'off';

/**
 * Options of `validate`. `C` is the codes of the custom rules' findings (`string`
 * when a rule does not say), so the report's findings narrow on them too.
 */
export interface ValidateOptions<C extends string = never> {
  /** Rule names (`link-direction`) or codes (`LINK_SKIPS_LEVEL`) to turn off. */
  readonly disable?: readonly string[];
  /** Severity per code, for the whole document. */
  readonly severity?: Readonly<Record<string, SeverityOverride>>;
  /** Severity per code for single plans, by plan id; wins over `severity`. */
  readonly plans?: Readonly<
    Record<string, { readonly severity?: Readonly<Record<string, SeverityOverride>> }>
  >;
  /** Custom rules, run after the built-in ones through the same interface. */
  readonly rules?: readonly Rule<C>[];
  /** Replaces the built-in rules (for a rule set of your own). */
  readonly builtInRules?: readonly Rule[];
  /** Adds file, line and column to findings (e.g. `(f) => attachLocations(f, parsed.source)`). */
  readonly locate?: (findings: readonly Finding<Code | C>[]) => readonly Finding<Code | C>[];
  /**
   * The follow-up date. With it, the årshjul's duties that are due and missing by
   * then are reported too (`MEASUREMENT_DUE`, `PLAN_REPORT_DUE`); without it they
   * are not, so a validation never depends on the day it runs.
   */
  readonly asOf?: Period;
}

/** Counts of a report, by severity. */
export interface ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly plans: number;
  /** True when there is no finding at error level. */
  readonly ok: boolean;
}

/**
 * What `validate` returns: the findings in a deterministic order and a summary.
 * `C` is the codes findings may have: the library's, and any custom rule's.
 */
export interface ValidationReport<C extends string = Code> {
  readonly findings: readonly Finding<C>[];
  readonly summary: ValidationSummary;
}

/**
 * Validates a document: chain logic per plan, links to understrategi and RUS
 * goals, indicators and classification. Never throws on data; a custom rule
 * that throws becomes a `RULE_FAILED` finding.
 */
export function validate<C extends string = never>(
  document: Document,
  options: ValidateOptions<C> = {},
): ValidationReport<Code | C> {
  const context = buildContext(document);
  const disabled = new Set(options.disable ?? []);
  // Built-in rules make findings of library codes only; custom rules those of `C`.
  const rules: readonly Rule<Code | C>[] = [
    ...((options.builtInRules ?? BUILT_IN_RULES) as readonly Rule<Code>[]),
    ...(options.rules ?? []),
  ];
  const raw: Finding<Code | C>[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.name)) continue;
    try {
      for (const f of rule.check(context)) raw.push(f);
    } catch (error) {
      raw.push(
        createFinding(
          'RULE_FAILED',
          { path: [] },
          { rule: rule.name, reason: error instanceof Error ? error.message : String(error) },
        ),
      );
    }
  }
  if (options.asOf !== undefined) for (const f of dueFindings(document, { asOf: options.asOf })) raw.push(f);
  const findings: Finding<Code | C>[] = [];
  for (const f of raw) {
    if (disabled.has(f.code)) continue;
    const override =
      (f.location.plan !== undefined ? options.plans?.[f.location.plan]?.severity?.[f.code] : undefined) ??
      options.severity?.[f.code];
    if (override === 'off') continue;
    findings.push(override && override !== f.severity ? ({ ...f, severity: override } as typeof f) : f);
  }
  const named = nameBoxes(findings, context);
  const located = options.locate ? [...options.locate(named)] : named;
  located.sort(compareFindings);
  return { findings: located, summary: summarize(located, context.plans.length) };
}

/** Counts findings by severity. */
export function summarize(findings: readonly Finding<string>[], plans: number): ValidationSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, plans, ok: errors === 0 };
}
