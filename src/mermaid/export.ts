import { createFinding } from '../findings/create.js';
import { EffektkedjaError } from '../findings/error.js';
import type { Finding } from '../findings/finding.js';
import { mermaidWords } from '../locales/words.js';
import type { Document } from '../model/document.js';
import { NATIONAL_GOAL } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { Strategy } from '../model/strategy.js';
import type { Template } from '../model/template.js';
import { templateChain } from './chains.js';
import { CLASS_DEFS } from './class-defs.js';
import { arr, type DrawContext, FindingMarks, str } from './context.js';
import { drawChain } from './draw-chain.js';
import { drawPlans } from './draw-family.js';
import { drawStrategy } from './draw-strategy.js';
import { normalizeLabelText } from './escape.js';
import { MERMAID_LIMITS, type MermaidOptions } from './options.js';
import { DiagramWriter } from './writer.js';

/** What can be drawn: one plan, a document (its plans and strategy), or a chain template. */
export type MermaidInput = Plan | Document | Template;

/** The result of an export: the diagram text and what the exporter has to say about it. */
export interface MermaidExport {
  /** Mermaid flowchart text (`.mmd`), ending in a newline. Always parses, even when findings have errors. */
  readonly text: string;
  /** Problems met: missing plans, skipped links, Mermaid's limits exceeded. */
  readonly findings: readonly Finding[];
  /** The diagram's title as plain text (also its accTitle). */
  readonly title: string;
  /** Number of boxes and goals drawn. */
  readonly nodes: number;
  /** Number of arrows drawn. */
  readonly edges: number;
  /** The generated node id of each box drawn, by plan (or template) id, then box id: to find a box in the SVG. */
  readonly boxNodes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The generated node id of each strategy goal drawn. */
  readonly goalNodes: ReadonlyMap<string, string>;
}

// About 200 px at Mermaid's default font: Mermaid wraps wider labels again on its own.
const DEFAULT_WRAP = 26;

type Kind = 'document' | 'plan' | 'template';

function kindOf(input: unknown): Kind | undefined {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const rec = input as Record<string, unknown>;
  if ('formatVersion' in rec || ('plans' in rec && !('boxes' in rec))) return 'document';
  if (!Array.isArray(rec.boxes)) return undefined;
  return typeof rec.kind === 'string' ? 'plan' : 'template';
}

/**
 * Exports a plan, a document or a template as Mermaid flowchart text, with
 * findings instead of exceptions: unknown plans, links that cannot be drawn,
 * and diagrams over Mermaid's limits (`maxTextSize`, `maxEdges`). The same
 * input and options give byte-identical text.
 */
export function exportMermaid(input: MermaidInput, options: MermaidOptions = {}): MermaidExport {
  const kind = kindOf(input);
  const doc = kind === 'document' ? (input as Document) : undefined;
  const ctx = drawContext(options, doc);
  const { w, words } = ctx;
  const view = options.view ?? (kind === 'template' ? 'template' : 'plan');
  let heading: Heading = { title: words.empty, description: '' };
  if (!kind) {
    ctx.findings.push(createFinding('MERMAID_INPUT_INVALID', {}, { what: typeof input }));
  } else if (view === 'template') {
    heading = drawTemplateView(ctx, input, kind, options.template) ?? heading;
  } else {
    heading = drawPlanView(ctx, input, kind, view === 'portfolio', options, doc);
  }
  if (w.nodes === 0 && !ctx.findings.some((f) => f.severity === 'error')) {
    ctx.findings.push(createFinding('MERMAID_NOTHING_TO_DRAW', {}, {}));
  }
  // An empty accTitle or accDescr line does not parse: what the line would show decides.
  let { title, description } = heading;
  if (!normalizeLabelText(title)) title = words.empty;
  if (!normalizeLabelText(description)) description = title;

  const text = w.finish(ctx.direction, title, description, CLASS_DEFS);
  checkLimits(ctx, text, options.limits);
  return {
    text,
    findings: ctx.findings,
    title,
    nodes: w.nodes,
    edges: w.edges,
    boxNodes: ctx.boxNodes,
    goalNodes: ctx.goalNodes,
  };
}

/** The diagram's title and description (its accTitle and accDescr). */
interface Heading {
  readonly title: string;
  readonly description: string;
}

/** An empty diagram and what drawing needs: language, direction, wrap, what to show, the templates known. */
function drawContext(options: MermaidOptions, doc: Document | undefined): DrawContext {
  const lang = options.lang === 'en' ? 'en' : 'sv';
  const templates = new Map<string, Template>();
  for (const t of [...arr<Template>(options.templates), ...arr<Template>(doc?.templates)]) {
    const id = str(t?.id);
    if (id && !templates.has(id)) templates.set(id, t);
  }
  return {
    w: new DiagramWriter(
      typeof options.wrap === 'number' && Number.isFinite(options.wrap) ? options.wrap : DEFAULT_WRAP,
    ),
    lang,
    direction: options.direction === 'TB' ? 'TB' : 'LR',
    words: mermaidWords(lang),
    showIndicators: options.showIndicators === true,
    showAssumptions: options.showAssumptions === true,
    collapse: new Set(arr(options.collapse)),
    marks: new FindingMarks(arr<Finding>(options.findings)),
    templates,
    findings: [],
    boxNodes: new Map(),
    goalNodes: new Map(),
  };
}

/**
 * Draws a chain template ending in the national goal; undefined when the template asked for is
 * not known (a finding says so).
 */
function drawTemplateView(
  ctx: DrawContext,
  input: MermaidInput,
  kind: Kind,
  id: string | undefined,
): Heading | undefined {
  const { w, words, lang } = ctx;
  const template = pickTemplate(ctx, input, kind, id);
  if (!template) return undefined;
  const chain = templateChain(ctx, template);
  const nodeOf = drawChain(ctx, chain);
  const boxes = w.nodes;
  const links = w.edges;
  // Every national chain ends in the national goal: drawn after the chain, from its long-term effects.
  const goal = w.id('G');
  w.node(goal, [words.nationalGoal, NATIONAL_GOAL[lang]], ['rusgoal']);
  for (const box of arr<{ id?: unknown; level?: unknown }>(template.boxes)) {
    const node = box?.level === 'langsiktiga' ? nodeOf.get(str(box.id)) : undefined;
    if (node) w.edge(node, goal, 'serves');
  }
  // A template's description is Swedish (the model has no English one): in English, the counts.
  const description = lang === 'sv' ? str(template.description) : '';
  return {
    title: chain.title[0] ?? '',
    description: description || words.describe(boxes, links, 1),
  };
}

/** Draws one plan, or the portfolio of plans, with the strategy's goals they serve when asked. */
function drawPlanView(
  ctx: DrawContext,
  input: MermaidInput,
  kind: Kind,
  portfolio: boolean,
  options: MermaidOptions,
  doc: Document | undefined,
): Heading {
  const { w, words } = ctx;
  const plans = pickPlans(ctx, input, kind, portfolio, options);
  const strategy = pickStrategy(options.strategy, doc, portfolio);
  const drawn = drawPlans(ctx, plans);
  const boxes = w.nodes;
  const links = w.edges;
  if (strategy) drawStrategy(ctx, strategy, drawn, portfolio);
  let title = words.empty;
  let description = '';
  if (portfolio) {
    title = words.portfolio(str(doc?.region) || undefined, plans.length);
    description = plans.map((p) => str(p.name)).join(' · ');
  } else if (plans[0]) {
    title = str(plans[0].name);
    description = str(plans[0].summary);
  }
  if (!normalizeLabelText(description)) description = words.describe(boxes, links, w.nodes - boxes);
  return { title, description };
}

/** Warnings when the text or the number of arrows is over Mermaid's limits. */
function checkLimits(ctx: DrawContext, text: string, own: MermaidOptions['limits']): void {
  const limits = { ...MERMAID_LIMITS, ...own };
  if (text.length > limits.maxTextSize) {
    ctx.findings.push(
      createFinding('MERMAID_TEXT_TOO_LARGE', {}, { length: text.length, limit: limits.maxTextSize }),
    );
  }
  if (ctx.w.edges > limits.maxEdges) {
    ctx.findings.push(
      createFinding('MERMAID_TOO_MANY_EDGES', {}, { edges: ctx.w.edges, limit: limits.maxEdges }),
    );
  }
}

/**
 * Mermaid flowchart text (`.mmd`) for a plan, a document or a template.
 * Throws {@link EffektkedjaError} only when the export has errors (an unknown
 * plan or template, input that is not a plan, document or template); warnings
 * such as Mermaid's limits are in {@link exportMermaid}'s findings.
 */
export function toMermaid(input: MermaidInput, options: MermaidOptions = {}): string {
  const result = exportMermaid(input, options);
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length) throw new EffektkedjaError(errors, options.lang ?? 'sv');
  return result.text;
}

function pickPlans(
  ctx: DrawContext,
  input: MermaidInput,
  kind: 'document' | 'plan' | 'template',
  portfolio: boolean,
  options: MermaidOptions,
): Plan[] {
  if (kind === 'plan') return [input as Plan];
  if (kind !== 'document') return [];
  const plans = arr<Plan>((input as Document).plans).filter((p) => p && typeof p === 'object');
  const available = plans.map((p) => str(p.id));
  const find = (id: string): Plan | undefined => {
    const plan = plans.find((p) => p.id === id);
    if (!plan)
      ctx.findings.push(createFinding('MERMAID_PLAN_NOT_FOUND', { plan: id }, { plan: id, available }));
    return plan;
  };
  if (portfolio) {
    if (!options.plans) return plans;
    return arr<string>(options.plans)
      .map((id) => find(String(id)))
      .filter((p): p is Plan => p !== undefined);
  }
  if (options.plan !== undefined) {
    const plan = find(options.plan);
    return plan ? [plan] : [];
  }
  if (plans.length > 1) {
    ctx.findings.push(
      createFinding(
        'MERMAID_FIRST_PLAN_CHOSEN',
        { plan: available[0]! },
        { plan: available[0]!, count: plans.length },
      ),
    );
  }
  return plans.slice(0, 1);
}

function pickStrategy(
  option: MermaidOptions['strategy'],
  doc: Document | undefined,
  portfolio: boolean,
): Strategy | undefined {
  if (option && typeof option === 'object') return option;
  if (option === false) return undefined;
  if (option === true || portfolio) return doc?.strategy;
  return undefined;
}

function pickTemplate(
  ctx: DrawContext,
  input: MermaidInput,
  kind: 'document' | 'plan' | 'template',
  id: string | undefined,
): Template | undefined {
  if (kind === 'template') return input as Template;
  const wanted = id ?? (kind === 'plan' ? str((input as Plan).template) : '');
  const found = wanted ? ctx.templates.get(wanted) : [...ctx.templates.values()][0];
  if (!found) {
    const available = [...ctx.templates.keys()];
    ctx.findings.push(
      createFinding(
        'MERMAID_TEMPLATE_NOT_FOUND',
        {},
        { template: wanted || '—', ...(available.length ? { available } : {}) },
      ),
    );
  }
  return found;
}
