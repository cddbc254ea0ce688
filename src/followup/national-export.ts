import type { Language } from '../findings/finding.js';
import { enNationalWords } from '../locales/en/national.js';
import type {
  NationalField,
  NationalParticipantKind,
  NationalSection,
  NationalWords,
} from '../locales/national-words.js';
import { svNationalWords } from '../locales/sv/national.js';
import type { Document } from '../model/document.js';
import type { Indicator } from '../model/indicator.js';
import { LEVEL_INFO, LEVELS, type Level } from '../model/levels.js';
import type { Participant } from '../model/participants.js';
import type { Plan } from '../model/plan.js';
import type { Template } from '../model/template.js';
import type { Period } from '../model/time.js';
import { participantLists, readNumber } from '../participants/collect.js';
import { isPseudonym, type ParsedNumber } from '../participants/number.js';
import { mandatoryIndicators } from '../templates/conformance.js';
import { NATIONAL_TEMPLATES } from '../templates/national.js';
import type { DataCell, DataTable } from '../text/table.js';
import { type BoxIndicatorStatus, documentStatus, type PlanStatus } from './status.js';
import { followupWords } from './tables.js';

/** Options of `nationalExport`. */
export interface NationalExportOptions {
  /** Language of the column heads and words (default Swedish). */
  readonly lang?: Language;
  /** The follow-up date every status is judged at (default: the latest measured period, as `documentStatus`). */
  readonly asOf?: Period;
  /** The templates a plan's `template` may name (default: the national ones; the document's own are read too, and win). */
  readonly templates?: readonly Template[];
}

/** The words of the national export in a language. */
export function nationalWords(language: Language): NationalWords {
  return language === 'en' ? enNationalWords : svNationalWords;
}

// The columns, in order; each section fills the ones it needs (docs/followup.md, "Export for the national follow-up").
const COLUMNS = [
  'region',
  'planId',
  'plan',
  'section',
  'order',
  'field',
  'value',
  'id',
  'leadsTo',
  'goals',
  'unit',
  'baseline',
  'baselineYear',
  'target',
  'targetYear',
  'latest',
  'latestPeriod',
  'status',
  'asOf',
  'name',
  'kommun',
  'from',
  'to',
] as const satisfies readonly (keyof NationalWords['column'])[];

type Column = (typeof COLUMNS)[number];
type Cells = Partial<Record<Column, DataCell>>;

const CLASSIFICATION: readonly NationalField[] = [
  'vocabulary',
  'prioritering',
  'fokusomrade',
  'rusPrioritering',
  'projekttyp',
  'bransch',
  'syfte',
  'hallbarhetSyfte',
  'hallbarhetMetod',
  'template',
];

/**
 * The export for the national follow-up of one portfolio (a region's document set):
 * one table, plan by plan in the order of Tillväxtverket's insatsresa — the plan's
 * classification, its effektkedja level by level, its mandatory indicators (baseline,
 * target, latest value and status at the follow-up date) and its participants'
 * organisationsnummer. A personnummer (a sole trader's) is never written: its row says
 * the number is left out, unless the document was first run through `pseudonymize`,
 * whose salted pseudonym is written instead. Columns are documented in docs/followup.md.
 */
export function nationalExport(document: Document, options: NationalExportOptions = {}): DataTable {
  const lang = options.lang ?? 'sv';
  const w = nationalWords(lang);
  const templates = [...(document.templates ?? []), ...(options.templates ?? NATIONAL_TEMPLATES)];
  const status = documentStatus(document, options.asOf === undefined ? {} : { asOf: options.asOf });
  const asOf = status.asOf === undefined ? null : String(status.asOf);
  const rows: DataCell[][] = [];
  const plans = document.plans ?? [];
  plans.forEach((plan, at) => {
    const head: Cells = { region: document.region ?? null, planId: plan.id, plan: plan.name };
    const add = (section: NationalSection, list: readonly Cells[]) => {
      list.forEach((cells, n) => {
        const row: Cells = { ...head, section: w.section[section], order: n + 1, ...cells };
        rows.push(COLUMNS.map((c) => row[c] ?? null));
      });
    };
    add('classification', classificationRows(plan, templates, lang, w));
    add('chain', chainRows(plan, lang, w));
    add('indicator', indicatorRows(plan, status.plans[at], templates, asOf, lang, w));
    add('participant', participantRows(document, plan, w));
  });
  return { columns: COLUMNS.map((c) => w.column[c]), rows };
}

function levelLabel(level: Level, lang: Language): string {
  return LEVEL_INFO[level][lang];
}

function findTemplate(id: string | undefined, templates: readonly Template[]): Template | undefined {
  return id === undefined ? undefined : templates.find((t) => t.id === id);
}

function classificationRows(
  plan: Plan,
  templates: readonly Template[],
  lang: Language,
  w: NationalWords,
): Cells[] {
  const c = plan.classification;
  const template = findTemplate(plan.template, templates);
  const values: Record<NationalField, readonly (string | number | undefined)[]> = {
    vocabulary: [c?.vocabulary],
    prioritering: [c?.prioritering],
    fokusomrade: [c?.fokusomrade],
    rusPrioritering: [c?.rusPrioritering],
    projekttyp: [c?.projekttyp],
    bransch: c?.bransch ?? [],
    syfte: c?.syfte ?? [],
    hallbarhetSyfte: [c?.hallbarhet?.syfte],
    hallbarhetMetod: [c?.hallbarhet?.metod],
    // A template the set does not know is still the plan's choice: its id is written.
    template: [
      template ? (lang === 'en' && template.nameEn ? template.nameEn : template.name) : plan.template,
    ],
  };
  const out: Cells[] = [];
  for (const field of CLASSIFICATION) {
    for (const value of values[field]) {
      if (value === undefined) continue;
      out.push({
        field: w.field[field],
        value,
        ...(field === 'template' ? { id: plan.template ?? null } : {}),
      });
    }
  }
  return out;
}

function chainRows(plan: Plan, lang: Language, w: NationalWords): Cells[] {
  const out: Cells[] = [];
  for (const text of plan.utmaningar ?? []) out.push({ field: w.utmaningar, value: text });
  const leadsTo = new Map<string, string[]>();
  for (const link of plan.links ?? []) {
    const list = leadsTo.get(link.from) ?? [];
    list.push(link.to);
    leadsTo.set(link.from, list);
  }
  const goals = new Map<string, string[]>();
  for (const link of plan.goalLinks ?? []) {
    const list = goals.get(link.from) ?? [];
    list.push(link.goal);
    goals.set(link.from, list);
  }
  for (const level of LEVELS) {
    for (const box of plan.boxes) {
      if (box.level !== level) continue;
      const to = leadsTo.get(box.id);
      const served = goals.get(box.id);
      out.push({
        field: levelLabel(level, lang),
        value: box.text,
        id: box.id,
        leadsTo: to ? to.join('; ') : null,
        goals: served ? served.join('; ') : null,
      });
    }
  }
  return out;
}

/**
 * The plan's mandatory indicators. With a template it knows: each of the template's
 * mandatory indicators, found in the plan as `checkConformance` finds them, or a row
 * saying it is missing. Without one: the plan's indicators that stand for a mandatory
 * indicator of any template, and those marked `mandatory: true`, in the plan's order.
 */
function indicatorRows(
  plan: Plan,
  status: PlanStatus | undefined,
  templates: readonly Template[],
  asOf: string | null,
  lang: Language,
  w: NationalWords,
): Cells[] {
  const statusOf = (box: string, id: string) =>
    status?.indicators.find((s) => s.box === box && s.indicator.id === id);
  const template = findTemplate(plan.template, templates);
  if (template) {
    return mandatoryIndicators(plan, template, templates).map((m) => {
      if (m.box && m.match)
        return indicatorCells(m.box.level, m.match, statusOf(m.box.id, m.match.id), asOf, lang);
      return {
        field: levelLabel(m.level, lang),
        value: lang === 'en' && m.indicator.nameEn ? m.indicator.nameEn : m.indicator.name,
        id: m.indicator.id,
        unit: m.indicator.unit ?? null,
        status: w.missing,
        asOf,
      };
    });
  }
  const chosen = new Set<Indicator>();
  for (const t of templates)
    for (const m of mandatoryIndicators(plan, t, templates)) if (m.match) chosen.add(m.match);
  const out: Cells[] = [];
  for (const box of plan.boxes) {
    for (const indicator of box.indicators ?? []) {
      if (!chosen.has(indicator) && indicator.mandatory !== true) continue;
      out.push(indicatorCells(box.level, indicator, statusOf(box.id, indicator.id), asOf, lang));
    }
  }
  return out;
}

function indicatorCells(
  level: Level,
  indicator: Indicator,
  s: BoxIndicatorStatus | undefined,
  asOf: string | null,
  lang: Language,
): Cells {
  const targets = [...(indicator.targets ?? [])].sort((a, b) => a.year - b.year);
  const target = s?.target ?? targets[targets.length - 1];
  return {
    field: levelLabel(level, lang),
    value: indicator.name,
    id: indicator.id,
    unit: indicator.unit ?? null,
    baseline: indicator.baseline?.value ?? null,
    baselineYear: indicator.baseline?.year ?? null,
    target: target?.value ?? null,
    targetYear: target?.year ?? null,
    latest: s?.latest?.value ?? null,
    latestPeriod: s?.latest ? String(s.latest.period) : null,
    status: s ? followupWords(lang).status[s.status] : null,
    asOf,
  };
}

interface Entry {
  readonly kind: NationalParticipantKind;
  readonly number: string | null;
  readonly first: Participant;
  readonly indicators: string[];
}

// What the export may write of a number: an organisationsnummer or a pseudonym, nothing else.
function written(parsed: ParsedNumber): { kind: NationalParticipantKind; number: string | null } {
  if (!parsed.ok) return { kind: 'invalidOmitted', number: null };
  if (parsed.kind === 'organisationsnummer') return { kind: 'organisation', number: parsed.normal };
  if (isPseudonym(parsed.normal)) return { kind: 'soleTraderPseudonym', number: parsed.normal };
  return { kind: 'soleTraderOmitted', number: null };
}

/**
 * One row per participant of the plan (its own list, its indicators' lists and lists
 * kept apart), the same number once. Only an organisationsnummer or a pseudonym is
 * written; a personnummer, and any number that is not valid (it may be a personnummer
 * with a typo), is left out with its row kept, so the count stays right.
 */
function participantRows(document: Document, plan: Plan, w: NationalWords): Cells[] {
  const entries = new Map<string, Entry>();
  for (const site of participantLists(document)) {
    if (site.planId !== plan.id || (site.plan && site.plan !== plan)) continue;
    for (const p of site.participants) {
      const parsed = readNumber(p.orgnr);
      const key = parsed.ok ? parsed.normal : `invalid:${p.orgnr.trim()}`;
      let entry = entries.get(key);
      if (!entry) {
        const { kind, number } = written(parsed);
        entry = { kind, number, first: p, indicators: [] };
        entries.set(key, entry);
      }
      if (site.indicatorId !== undefined && !entry.indicators.includes(site.indicatorId))
        entry.indicators.push(site.indicatorId);
    }
  }
  const out: Cells[] = [];
  for (const e of entries.values()) {
    const p = e.first;
    out.push({
      field: w.participantKind[e.kind],
      value: e.number,
      id: e.indicators.length ? e.indicators.join('; ') : null,
      // A sole trader's firm name is often the owner's own name: only an organisation's is written.
      name: e.kind === 'organisation' ? (p.name ?? null) : null,
      kommun: p.kommun ?? null,
      from: p.period ? String(p.period.from) : null,
      to: p.period ? String(p.period.to) : null,
    });
  }
  return out;
}
