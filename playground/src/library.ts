/**
 * The playground's one door to the library: everything comes from the public
 * `effektkedja` entry point, as any other regional system would use it.
 */

import {
  type Document,
  documentStatus,
  exportMermaid,
  type Finding,
  type Language,
  NATIONAL_TEMPLATES,
  safeInstantiate,
  type Template,
} from 'effektkedja';

/** What the playground asks of the Mermaid exporter. */
export interface DiagramOptions {
  /** The plan to draw; undefined draws every plan (the portfolio view). */
  readonly plan?: string;
  readonly lang: Language;
  /** Findings to mark on the boxes. */
  readonly findings: readonly Finding[];
  /** Show indicators and targets in the boxes. */
  readonly indicators: boolean;
  /** Write each link's assumption on its arrow. */
  readonly assumptions: boolean;
}

/** A diagram as Mermaid text, with what the exporter had to say (Mermaid's limits, links it could not draw). */
export interface Diagram {
  readonly text: string;
  readonly findings: readonly Finding[];
  /** Node id of each box, by plan id then box id (from the exporter). */
  readonly boxNodes: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The national templates the library offers. */
export function nationalTemplates(): readonly Template[] {
  return NATIONAL_TEMPLATES;
}

/** A one-plan document made from a national template. */
export function documentFromTemplate(template: Template, lang: Language): Document | undefined {
  const name = lang === 'en' ? (template.nameEn ?? template.name) : template.name;
  const plan = safeInstantiate(template, { planId: 'min-plan', name, language: lang });
  return plan.ok ? { formatVersion: 1, plans: [plan.value] } : undefined;
}

/** The Mermaid text of a document; the exporter never throws, it reports. */
export function exportDiagram(document: Document, options: DiagramOptions): Diagram {
  const out = exportMermaid(document, {
    ...(options.plan !== undefined ? { view: 'plan', plan: options.plan } : { view: 'portfolio' }),
    // The strategy lanes show what the core rule checks: boxes reaching understrategi and RUS goals.
    strategy: document.strategy !== undefined,
    showIndicators: options.indicators,
    showAssumptions: options.assumptions,
    lang: options.lang,
    findings: options.findings,
    templates: NATIONAL_TEMPLATES,
  });
  return { text: out.text, findings: out.findings, boxNodes: out.boxNodes };
}

/** The follow-up status of one indicator on a box, as the page lists it. */
export interface IndicatorRow {
  readonly plan: string;
  readonly box: string;
  readonly indicator: string;
  readonly name: string;
  /** reached, on-track, behind, missed, no-data or not-started. */
  readonly status: string;
}

/** Today (UTC) as a date, the playground's follow-up date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The status of every plan indicator, judged at the follow-up date (default today), as the CLI's report does. */
export function followupRows(document: Document, asOf: string = today()): readonly IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const p of documentStatus(document, { asOf }).plans) {
    for (const i of p.indicators) {
      rows.push({
        plan: p.plan.id,
        box: i.box,
        indicator: i.indicator.id,
        name: i.indicator.name,
        status: i.status,
      });
    }
  }
  return rows;
}
