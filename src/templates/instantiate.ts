import { createFinding } from '../findings/create.js';
import { EffektkedjaError } from '../findings/error.js';
import type { Finding, Language } from '../findings/finding.js';
import type { Result } from '../findings/result.js';
import type { Box } from '../model/box.js';
import { Id } from '../model/ids.js';
import type { Indicator } from '../model/indicator.js';
import { type Plan, PlanKind } from '../model/plan.js';
import type { Writable } from '../model/readonly.js';
import type { Template, TemplateIndicator } from '../model/template.js';
import { Span } from '../model/time.js';
import { checkTemplate } from './check-template.js';

/** What a new plan from a template needs: its id and name, optionally its kind and period. */
export interface InstantiateOptions {
  /** The new plan's id; also the default prefix of its box ids. */
  readonly planId: string;
  /** The new plan's name, as users see it. */
  readonly name: string;
  /** Default `projekt`. */
  readonly kind?: PlanKind;
  /** The plan's period; left out if not given. */
  readonly period?: Span;
  /** Language of the box and indicator texts (default `sv`). */
  readonly language?: Language;
  /**
   * Put before each template box id (default `<planId>-`), so boxes stay
   * recognisable when plans are compared. If the default would make an id too
   * long, the template's own box ids are used.
   */
  readonly idPrefix?: string;
}

/**
 * A new plan from a template: the template's boxes on each level (placeholders
 * marked), its indicators with `mandatory` kept, and its links. Baselines,
 * targets, goal links and the placeholders' texts are for the user to fill in;
 * the validator reports them until then. Refuses bad options with findings.
 */
export function safeInstantiate(template: Template, options: InstantiateOptions): Result<Plan> {
  const checked = checkTemplate(template);
  if (!checked.ok) return checked;
  const findings = checkOptions(options);
  if (findings.length > 0) return { ok: false, findings };
  const t = checked.value;
  const en = options.language === 'en';
  const prefix = prefixFor(t, options);
  const id = (boxId: string) => `${prefix}${boxId}`;
  // The default prefix is only used when every id takes it; a prefix the caller chose must be checked.
  const badIds = options.idPrefix === undefined ? [] : t.boxes.filter((b) => !Id.safeParse(id(b.id)).success);
  if (badIds.length > 0) {
    return {
      ok: false,
      findings: [
        createFinding(
          'TEMPLATE_OPTION_INVALID',
          { path: ['idPrefix'] },
          { field: 'idPrefix', value: prefix },
        ),
      ],
    };
  }
  const boxes = t.boxes.map((b): Box => {
    const box: Writable<Box> = { id: id(b.id), level: b.level, text: (en && b.textEn) || b.text };
    if (b.placeholder) box.placeholder = true;
    if (b.indicators && b.indicators.length > 0) box.indicators = b.indicators.map((i) => indicator(i, en));
    return box;
  });
  const plan: Plan = {
    id: options.planId,
    name: options.name,
    kind: options.kind ?? 'projekt',
    ...(options.period ? { period: { from: options.period.from, to: options.period.to } } : {}),
    template: t.id,
    boxes,
    links: (t.links ?? []).map((l) => ({ from: id(l.from), to: id(l.to) })),
  };
  return { ok: true, value: plan, findings: [] };
}

/** Like `safeInstantiate`, but throws an `EffektkedjaError` carrying the findings when it refuses. */
export function instantiate(template: Template, options: InstantiateOptions): Plan {
  const result = safeInstantiate(template, options);
  if (!result.ok) throw new EffektkedjaError(result.findings, options.language ?? 'sv');
  return result.value;
}

function indicator(t: TemplateIndicator, en: boolean): Indicator {
  const out: Writable<Indicator> = { id: t.id, name: (en && t.nameEn) || t.name, kind: t.kind };
  if (t.unit !== undefined) out.unit = t.unit;
  if (t.mandatory) out.mandatory = true;
  return out;
}

function prefixFor(t: Template, options: InstantiateOptions): string {
  if (options.idPrefix !== undefined) return options.idPrefix;
  const prefix = `${options.planId}-`;
  return t.boxes.every((b) => Id.safeParse(`${prefix}${b.id}`).success) ? prefix : '';
}

function checkOptions(options: InstantiateOptions): Finding[] {
  const findings: Finding[] = [];
  const bad = (field: string, value: unknown) =>
    findings.push(
      createFinding(
        'TEMPLATE_OPTION_INVALID',
        { path: [field] },
        { field, value: typeof value === 'string' || typeof value === 'number' ? value : null },
      ),
    );
  if (!Id.safeParse(options.planId).success) bad('planId', options.planId);
  if (typeof options.name !== 'string') bad('name', options.name);
  if (options.kind !== undefined && !PlanKind.safeParse(options.kind).success) bad('kind', options.kind);
  if (options.period !== undefined && !Span.safeParse(options.period).success) bad('period', null);
  if (options.language !== undefined && options.language !== 'sv' && options.language !== 'en')
    bad('language', options.language);
  if (options.idPrefix !== undefined && typeof options.idPrefix !== 'string') bad('idPrefix', null);
  return findings;
}
