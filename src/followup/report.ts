import { contributionWords, withClaims } from '../contribution/tables.js';
import type { Finding, Language } from '../findings/finding.js';
import { pathText } from '../findings/format.js';
import { ZOOM_STYLE } from '../mermaid/zoom-script.js';
import type { Document } from '../model/document.js';
import type { Plan } from '../model/plan.js';
import { type PseudonymizeOptions, pseudonymize } from '../participants/pseudonymize.js';
import type { ParticipantSummary } from '../participants/summary.js';
import { participantWords, planParticipantsTable, sharedParticipantsTable } from '../participants/tables.js';
import { escapeHtml, inlineScript } from '../text/html.js';
import { escapeMarkdown } from '../text/markdown.js';
import { type DataTable, tableToHtml, tableToMarkdown } from '../text/table.js';
import { type ValidateOptions, type ValidationReport, validate } from '../validate/validate.js';
import { type Coverage, coverage } from './coverage.js';
import { type Maturity, maturity, maturityLines, maturityTable, maturityWords } from './maturity.js';
import {
  planSplitTables,
  type SplitSynthesisTable,
  type SplitTable,
  splitCaption,
  splitSynthesisTables,
  splitTableToHtml,
} from './splits.js';
import { type DocumentStatus, documentStatus } from './status.js';
import { REPORT_STYLE } from './style.js';
import { type Synthesis, type SynthesisOptions, synthesize } from './synthesis.js';
import { type SplitSynthesisRow, synthesizeSplits } from './synthesis-splits.js';
import {
  coverageTable,
  followupWords,
  goalLevelTable,
  goalStatusTable,
  planSummaryTable,
  rollupTable,
  statusTable,
  synthesisTable,
} from './tables.js';

/** Options of `buildReport`. */
export interface ReportOptions extends SynthesisOptions {
  /** The language of the report (default Swedish). */
  readonly lang?: Language;
  /** Mermaid text of a plan's chain; without it the report has no diagrams. */
  readonly diagrams?: (plan: Plan) => string;
  /** The report's title (default: the word for follow-up and the region). */
  readonly title?: string;
  /** Options passed on to `validate`. */
  readonly validation?: ValidateOptions;
  /**
   * Script text inlined at the end of the HTML, e.g. Mermaid's browser bundle and
   * a call that renders the `pre.mermaid` blocks. Without it the HTML has no script
   * at all and its Content-Security-Policy forbids scripts.
   */
  readonly script?: string;
  /**
   * Script files loaded before `script`, by relative address (e.g. `['mermaid.min.js']`
   * for reports written side by side that share one copy of mermaid); the
   * Content-Security-Policy then allows scripts from the page's own place (`'self'`).
   */
  readonly scriptFiles?: readonly string[];
  /**
   * Replaces every participant's personnummer by a salted hash before anything is
   * written (see `pseudonymize`); without it personnummer are masked.
   */
  readonly pseudonymize?: PseudonymizeOptions;
}

/** A follow-up report of a region: its data, and the same as Markdown and as self-contained HTML. */
export interface FollowupReport {
  readonly title: string;
  readonly validation: ValidationReport;
  readonly status: DocumentStatus;
  readonly synthesis: Synthesis;
  /** The latest measurements' splits added up across plans (`synthesizeSplits`). */
  readonly splitSynthesis: readonly SplitSynthesisRow[];
  readonly coverage: Coverage;
  /** The region's stage in the maturity model (see `maturity`). */
  readonly maturity: Maturity;
  readonly markdown: string;
  readonly html: string;
}

interface Section {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly diagram?: string;
}

/** The parts of a report, in reading order, shared by the Markdown and HTML writers. */
interface Parts {
  readonly language: Language;
  readonly title: string;
  /** The follow-up date every status is judged at, and whether it is the latest measurement. */
  readonly asOf?: { readonly period: string; readonly latest: boolean };
  readonly region?: string;
  readonly documentFindings: readonly Finding[];
  readonly sections: readonly {
    readonly section: Section;
    readonly summary: DataTable;
    readonly status: DataTable;
    /** The latest measurements' splits, one table per indicator and dimension. */
    readonly splits: readonly SplitTable[];
  }[];
  readonly portfolioFindings: readonly Finding[];
  readonly goalStatus: DataTable;
  readonly synthesis: DataTable;
  /** The portfolio's split synthesis, one table per dimension. */
  readonly splitSynthesis: readonly SplitSynthesisTable[];
  readonly rollups: DataTable;
  readonly coverage: DataTable;
  readonly levels: DataTable;
  readonly unserved: readonly string[];
  readonly participants: ParticipantSummary;
  readonly planParticipants: DataTable;
  readonly sharedParticipants: DataTable;
  readonly maturity: {
    readonly heading: string;
    readonly lines: readonly string[];
    readonly table: DataTable;
  };
}

const findingKey = (f: Finding) => `${f.code}\u0000${f.location.plan ?? ''}\u0000${pathText(f.location)}`;

/**
 * Builds the follow-up report of a region's document: per plan its diagram (from
 * the `diagrams` callback), its findings (from `validate`) and its indicators'
 * status; for the portfolio the synthesis findings first, then the synthesis
 * tables, the roll-ups and the coverage matrices. Every piece of user text is
 * escaped in both outputs.
 */
export function buildReport(input: Document, options: ReportOptions = {}): FollowupReport {
  const document = options.pseudonymize ? pseudonymize(input, options.pseudonymize) : input;
  const language = options.lang ?? 'sv';
  const w = followupWords(language);
  // As of a date, the report also says what the årshjul has due and missing by then.
  const validation = validate(document, {
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...options.validation,
  });
  const status = documentStatus(document, options);
  const synthesis = synthesize(document, options);
  const splitSynthesis = synthesizeSplits(document, options);
  const cover = coverage(document);
  const mature = maturity(document, {
    ...(status.asOf !== undefined ? { asOf: status.asOf } : {}),
    findings: validation.findings,
  });
  const title = options.title ?? (document.region ? `${w.report.title}: ${document.region}` : w.report.title);

  const { byPlan, documentFindings } = placeFindings(validation.findings, synthesis.findings);
  const sections = planSections(status, byPlan, document, options, language);

  const parts: Parts = {
    language,
    title,
    ...(status.asOf !== undefined
      ? { asOf: { period: String(status.asOf), latest: status.asOfSource === 'latest-measurement' } }
      : {}),
    ...(document.region ? { region: document.region } : {}),
    documentFindings,
    sections,
    portfolioFindings: [...synthesis.findings, ...cover.findings],
    goalStatus: goalStatusTable(status.goals, language),
    synthesis: synthesisTable(synthesis.rows, language),
    splitSynthesis: splitSynthesisTables(splitSynthesis, language, document),
    rollups: rollupTable(synthesis.rollups, language),
    coverage: coverageTable(cover, language),
    levels: goalLevelTable(cover, language),
    unserved: cover.unserved,
    participants: synthesis.participants,
    planParticipants: planParticipantsTable(synthesis.participants, language),
    sharedParticipants: sharedParticipantsTable(synthesis.participants, language),
    maturity: {
      heading: maturityWords(language).heading,
      lines: maturityLines(mature, language),
      table: maturityTable(mature, language),
    },
  };
  return {
    title,
    validation,
    status,
    synthesis,
    splitSynthesis,
    coverage: cover,
    maturity: mature,
    markdown: renderMarkdown(parts, options),
    html: renderHtml(parts, options),
  };
}

/**
 * Each finding once, under its plan or (without one) under the whole document: validation's
 * findings, then the roll-up findings that name a plan.
 */
function placeFindings(
  validation: readonly Finding[],
  synthesis: readonly Finding[],
): { byPlan: Map<string, Finding[]>; documentFindings: Finding[] } {
  const byPlan = new Map<string, Finding[]>();
  const documentFindings: Finding[] = [];
  const seen = new Set<string>();
  const place = (f: Finding) => {
    const key = findingKey(f);
    if (seen.has(key)) return;
    seen.add(key);
    if (f.location.plan === undefined) return documentFindings.push(f);
    const list = byPlan.get(f.location.plan);
    if (list) list.push(f);
    else byPlan.set(f.location.plan, [f]);
  };
  for (const f of validation) place(f);
  // Roll-up findings belong to their plan too; the portfolio lists them again, before its numbers.
  for (const f of synthesis) if (f.location.plan !== undefined) place(f);
  return { byPlan, documentFindings };
}

/** Each plan's part of the report: its findings and diagram, its status tables with claims, its splits. */
function planSections(
  status: DocumentStatus,
  byPlan: Map<string, Finding[]>,
  document: Document,
  options: ReportOptions,
  language: Language,
): Parts['sections'] {
  return status.plans.map((ps) => {
    const section: Section = {
      plan: ps.plan,
      findings: byPlan.get(ps.plan.id) ?? [],
      ...(options.diagrams ? { diagram: options.diagrams(ps.plan) } : {}),
    };
    // A repeated plan id shares its findings with the first; only the first shows them.
    byPlan.delete(ps.plan.id);
    return {
      section,
      summary: planSummaryTable([ps], language),
      // With each indicator's data class and what the report may claim for it.
      status: withClaims(statusTable([ps], language), [ps], language, document),
      splits: planSplitTables(ps, language, document),
    };
  });
}

// A fence longer than any run of backticks in the text, so the text cannot close it.
function fence(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

function markdownFindings(findings: readonly Finding[], language: Language): string[] {
  const w = followupWords(language);
  return findings.map((f) => {
    const where = pathText(f.location);
    const hint = f.hint ? ` ${escapeMarkdown(f.hint[language])}` : '';
    return `- **${escapeMarkdown(w.report.severity[f.severity])}** ${escapeMarkdown(f.code)}${
      where ? ` (${escapeMarkdown(where)})` : ''
    }: ${escapeMarkdown(f.message[language])}${hint}`;
  });
}

function renderMarkdown(p: Parts, options: ReportOptions): string {
  const w = followupWords(p.language);
  // The date line is the library's own words around a period (digits, Q, H and dashes only).
  const asOf = p.asOf ? w.report.asOf(escapeMarkdown(p.asOf.period), p.asOf.latest) : w.report.noAsOf;
  const out: string[] = [`# ${escapeMarkdown(p.title)}`, '', asOf, ''];
  if (p.documentFindings.length)
    out.push(`## ${w.report.findings}`, '', ...markdownFindingList(p.documentFindings, p.language));
  out.push(`## ${w.report.plans}`, '');
  for (const entry of p.sections) markdownPlanSection(out, entry, p.language, options);
  markdownPortfolio(out, p);
  markdownCoverage(out, p);
  return `${out.join('\n').trimEnd()}\n`;
}

// A table and a blank line, or nothing for a table without rows.
function markdownTable(t: DataTable): string[] {
  return t.rows.length ? [tableToMarkdown(t), ''] : [];
}

// Findings as a list and a blank line, or the words for none.
function markdownFindingList(list: readonly Finding[], language: Language): string[] {
  return list.length
    ? [...markdownFindings(list, language), '']
    : [followupWords(language).report.noFindings, ''];
}

/** One plan's section: its diagram, findings, indicator status and the latest measurements' splits. */
function markdownPlanSection(
  out: string[],
  { section, summary, status, splits }: Parts['sections'][number],
  language: Language,
  options: ReportOptions,
): void {
  const w = followupWords(language);
  out.push(`### ${escapeMarkdown(section.plan.name)} (${escapeMarkdown(section.plan.id)})`, '');
  if (section.diagram !== undefined && options.diagrams) {
    const f = fence(section.diagram);
    out.push(`#### ${w.report.diagram}`, '', `${f}mermaid`, section.diagram, f, '');
  }
  out.push(`#### ${w.report.findings}`, '', ...markdownFindingList(section.findings, language));
  out.push(`#### ${w.report.indicatorStatus}`, '');
  if (status.rows.length) out.push(tableToMarkdown(summary), '', tableToMarkdown(status), '');
  else out.push(w.report.noIndicators, '');
  if (splits.length) {
    out.push(`#### ${w.splits.heading}`, '');
    for (const t of splits)
      out.push(`**${splitCaption(t, language, escapeMarkdown)}**`, '', tableToMarkdown(t.table), '');
  }
}

/** The portfolio: synthesis findings and tables, roll-ups, participants and maturity. */
function markdownPortfolio(out: string[], p: Parts): void {
  const w = followupWords(p.language);
  out.push(`## ${w.report.portfolio}`, '');
  out.push(`### ${w.report.synthesisFindings}`, '', ...markdownFindingList(p.portfolioFindings, p.language));
  if (p.goalStatus.rows.length)
    out.push(`### ${w.report.strategyIndicators}`, '', ...markdownTable(p.goalStatus));
  out.push(`### ${w.report.synthesis}`, '', ...markdownTable(p.synthesis));
  if (p.splitSynthesis.length) {
    out.push(`### ${w.splits.synthesisHeading}`, '', w.splits.synthesisNote, '');
    for (const t of p.splitSynthesis)
      out.push(
        `#### ${escapeMarkdown(w.splits.byDimension(t.dimensionName))}`,
        '',
        ...markdownTable(t.table),
      );
  }
  // Roll-ups are labelled as contributions wherever they are shown (issue 15).
  if (p.rollups.rows.length)
    out.push(
      `### ${w.report.rollups}`,
      '',
      contributionWords(p.language).rollupNote,
      '',
      ...markdownTable(p.rollups),
    );
  if (p.planParticipants.rows.length) {
    const pw = participantWords(p.language);
    out.push(
      `### ${pw.heading}`,
      '',
      escapeMarkdown(pw.summary(p.participants)),
      '',
      ...markdownTable(p.planParticipants),
    );
    if (p.sharedParticipants.rows.length)
      out.push(`#### ${pw.shared}`, '', ...markdownTable(p.sharedParticipants));
  }
  // The library's own words around counts: nothing of the user's to escape.
  const maturityLines = p.maturity.lines.flatMap((line) => [line, '']);
  out.push(`### ${p.maturity.heading}`, '', ...maturityLines, ...markdownTable(p.maturity.table));
}

/** Coverage: the matrix, goals by level and the goals no plan serves. */
function markdownCoverage(out: string[], p: Parts): void {
  const w = followupWords(p.language);
  out.push(`## ${w.report.coverage}`, '');
  out.push(`### ${w.report.coverageMatrix}`, '', ...markdownTable(p.coverage));
  out.push(`### ${w.report.goalsByLevel}`, '', ...markdownTable(p.levels));
  out.push(`### ${w.report.unservedGoals}`, '');
  if (p.unserved.length) {
    for (const g of p.unserved) out.push(`- ${escapeMarkdown(g)}`);
    out.push('');
  } else out.push(w.report.allGoalsServed, '');
}

function htmlFindings(findings: readonly Finding[], language: Language): string {
  const w = followupWords(language);
  if (!findings.length) return `<p>${escapeHtml(w.report.noFindings)}</p>`;
  const items = findings.map((f) => {
    const where = pathText(f.location);
    const hint = f.hint ? ` <span class="hint">${escapeHtml(f.hint[language])}</span>` : '';
    return `<li class="${f.severity}"><span class="sev">${escapeHtml(w.report.severity[f.severity])}</span> <code>${escapeHtml(
      f.code,
    )}</code>${where ? ` <span class="where">(${escapeHtml(where)})</span>` : ''}: ${escapeHtml(f.message[language])}${hint}</li>`;
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

function renderHtml(p: Parts, options: ReportOptions): string {
  const w = followupWords(p.language);
  const e = escapeHtml;
  const files = options.scriptFiles ?? [];
  const out: string[] = [
    ...htmlHead(p, options),
    '<body>',
    `<header><h1>${e(p.title)}</h1><p class="as-of">${e(
      p.asOf ? w.report.asOf(p.asOf.period, p.asOf.latest) : w.report.noAsOf,
    )}</p></header>`,
    '<main>',
  ];
  if (p.documentFindings.length)
    out.push(`<h2>${e(w.report.findings)}</h2>`, htmlFindings(p.documentFindings, p.language));
  out.push(`<h2>${e(w.report.plans)}</h2>`);
  for (const [i, entry] of p.sections.entries()) htmlPlanSection(out, i, entry, p.language, options);
  htmlPortfolio(out, p);
  htmlCoverage(out, p);
  out.push('</main>');
  // "</script" inside the inlined text would end the element early.
  for (const file of files) out.push(`<script src="${e(file)}"></script>`);
  if (options.script !== undefined) out.push(`<script>${inlineScript(options.script)}</script>`);
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

/** The page's head: its Content-Security-Policy (scripts only when the report has some), title and style. */
function htmlHead(p: Parts, options: ReportOptions): string[] {
  const files = options.scriptFiles ?? [];
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src ${
    options.script === undefined && !files.length
      ? "'none'"
      : `${files.length ? "'self' " : ''}'unsafe-inline' 'unsafe-eval'`
  }`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${p.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${escapeHtml(p.title)}</title>`,
    `<style>${REPORT_STYLE}${options.script === undefined ? '' : `\n${ZOOM_STYLE}`}</style>`,
    '</head>',
  ];
}

/** One plan's section: its diagram, findings, indicator status and the latest measurements' splits. */
function htmlPlanSection(
  out: string[],
  i: number,
  { section, summary, status, splits }: Parts['sections'][number],
  language: Language,
  options: ReportOptions,
): void {
  const w = followupWords(language);
  const e = escapeHtml;
  out.push(
    `<section class="plan" id="plan-${i}">`,
    `<h3>${e(section.plan.name)} <small>(${e(section.plan.id)})</small></h3>`,
  );
  if (section.diagram !== undefined && options.diagrams) {
    out.push(
      `<h4>${e(w.report.diagram)}</h4>`,
      `<pre class="mermaid" data-title="${e(section.plan.name)}">${e(section.diagram)}</pre>`,
    );
  }
  out.push(`<h4>${e(w.report.findings)}</h4>`, htmlFindings(section.findings, language));
  out.push(`<h4>${e(w.report.indicatorStatus)}</h4>`);
  if (status.rows.length) out.push(tableToHtml(summary), tableToHtml(status));
  else out.push(`<p>${e(w.report.noIndicators)}</p>`);
  if (splits.length) {
    out.push(`<h4>${e(w.splits.heading)}</h4>`);
    for (const t of splits)
      out.push(`<p class="split-caption">${splitCaption(t, language, e)}</p>`, splitTableToHtml(t));
  }
  out.push('</section>');
}

/** An HTML table, or nothing for a table without rows. */
const htmlTable = (t: DataTable): string => (t.rows.length ? tableToHtml(t) : '');

/**
 * The portfolio's section: synthesis findings, the strategy's indicators, the synthesis and its
 * splits, roll-ups, participants and the maturity stage.
 */
function htmlPortfolio(out: string[], p: Parts): void {
  const w = followupWords(p.language);
  const e = escapeHtml;
  out.push(`<section class="portfolio"><h2>${e(w.report.portfolio)}</h2>`);
  out.push(`<h3>${e(w.report.synthesisFindings)}</h3>`, htmlFindings(p.portfolioFindings, p.language));
  if (p.goalStatus.rows.length)
    out.push(`<h3>${e(w.report.strategyIndicators)}</h3>`, htmlTable(p.goalStatus));
  out.push(`<h3>${e(w.report.synthesis)}</h3>`, htmlTable(p.synthesis));
  if (p.splitSynthesis.length) {
    out.push(`<h3>${e(w.splits.synthesisHeading)}</h3>`, `<p>${e(w.splits.synthesisNote)}</p>`);
    for (const t of p.splitSynthesis)
      out.push(`<h4>${e(w.splits.byDimension(t.dimensionName))}</h4>`, htmlTable(t.table));
  }
  if (p.rollups.rows.length)
    out.push(
      `<h3>${e(w.report.rollups)}</h3>`,
      `<p>${e(contributionWords(p.language).rollupNote)}</p>`,
      htmlTable(p.rollups),
    );
  if (p.planParticipants.rows.length) {
    const pw = participantWords(p.language);
    out.push(
      `<h3>${e(pw.heading)}</h3>`,
      `<p>${e(pw.summary(p.participants))}</p>`,
      htmlTable(p.planParticipants),
    );
    if (p.sharedParticipants.rows.length)
      out.push(`<h4>${e(pw.shared)}</h4>`, htmlTable(p.sharedParticipants));
  }
  out.push(`<h3>${e(p.maturity.heading)}</h3>`, ...p.maturity.lines.map((l) => `<p>${e(l)}</p>`));
  out.push(htmlTable(p.maturity.table));
  out.push('</section>');
}

/** The coverage section: the strategy's goals against the plans, by level, and the goals no plan serves. */
function htmlCoverage(out: string[], p: Parts): void {
  const w = followupWords(p.language);
  const e = escapeHtml;
  out.push(`<section class="coverage"><h2>${e(w.report.coverage)}</h2>`);
  out.push(`<h3>${e(w.report.coverageMatrix)}</h3>`, htmlTable(p.coverage));
  out.push(`<h3>${e(w.report.goalsByLevel)}</h3>`, htmlTable(p.levels));
  out.push(`<h3>${e(w.report.unservedGoals)}</h3>`);
  out.push(
    p.unserved.length
      ? `<ul>${p.unserved.map((g) => `<li>${e(g)}</li>`).join('')}</ul>`
      : `<p>${e(w.report.allGoalsServed)}</p>`,
  );
  out.push('</section>');
}
