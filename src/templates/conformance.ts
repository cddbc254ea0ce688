import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import type { Indicator } from '../model/indicator.js';
import { LEVELS, type Level } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { Template } from '../model/template.js';
import { createTemplateRegistry, type TemplateRegistry } from './registry.js';
import { wordsByTemplate } from './suggest.js';
import { buildVocabulary, hasVocabulary, normalizeWords, type Vocabulary } from './vocabulary.js';

/** Options of `checkConformance`. */
export interface ConformanceOptions {
  /** The plan's path in its document (e.g. `["plans", 2]`); finding paths start there (default: the plan). */
  readonly path?: readonly PathSegment[];
  /** The templates an activity may belong to instead (default: the national ones). */
  readonly registry?: TemplateRegistry;
}

/**
 * How far a plan follows a template: levels of the template the plan has no box
 * on, mandatory indicators it lacks (or has of another kind or on another level),
 * and activities whose words belong to another template. Returns findings, never throws.
 */
export function checkConformance(
  plan: Plan,
  template: Template,
  options: ConformanceOptions = {},
): Finding[] {
  const others = (options.registry ?? createTemplateRegistry()).list().filter((t) => t.id !== template.id);
  const templates = [template, ...others];
  return conformanceFindings(plan, template, options.path ?? [], templates, buildVocabulary(templates));
}

/**
 * The checks of `checkConformance` with the vocabulary built once by the caller
 * (the validator rule checks many plans against one set of templates).
 */
export function conformanceFindings(
  plan: Plan,
  template: Template,
  path: readonly PathSegment[],
  templates: readonly Template[],
  vocabulary: Vocabulary,
): Finding[] {
  const findings: Finding[] = [];
  const firstOnLevel = new Map<Level, number>();
  plan.boxes.forEach((b, i) => {
    if (!firstOnLevel.has(b.level)) firstOnLevel.set(b.level, i);
  });
  for (const level of LEVELS) {
    const expected = template.boxes.filter((b) => b.level === level);
    if (expected.length === 0 || firstOnLevel.has(level)) continue;
    const standard = expected.find((b) => !b.placeholder) ?? expected[0]!;
    findings.push(
      createFinding(
        'TEMPLATE_LEVEL_MISSING',
        { plan: plan.id, path: [...path, 'boxes'] },
        { template: template.id, level, expected: standard.text },
      ),
    );
  }
  findings.push(...indicatorFindings(plan, template, path, firstOnLevel));
  if (hasVocabulary(template))
    findings.push(...activityFindings(plan, template, path, templates, vocabulary));
  return findings;
}

function indicatorFindings(
  plan: Plan,
  template: Template,
  path: readonly PathSegment[],
  firstOnLevel: ReadonlyMap<Level, number>,
): Finding[] {
  const findings: Finding[] = [];
  const have: { indicator: Indicator; box: number; at: number }[] = [];
  plan.boxes.forEach((b, box) => {
    (b.indicators ?? []).forEach((indicator, at) => {
      have.push({ indicator, box, at });
    });
  });
  for (const tb of template.boxes) {
    for (const ti of tb.indicators ?? []) {
      if (!ti.mandatory) continue;
      const names = new Set([ti.name, ti.nameEn ?? ti.name].map(normalizeWords));
      const match =
        have.find((h) => h.indicator.id === ti.id) ??
        have.find((h) => names.has(normalizeWords(h.indicator.name)));
      if (!match) {
        const at = firstOnLevel.get(tb.level);
        const box = at === undefined ? undefined : plan.boxes[at]!.id;
        findings.push(
          createFinding(
            'TEMPLATE_INDICATOR_MISSING',
            {
              plan: plan.id,
              ...(box === undefined ? {} : { box }),
              path: at === undefined ? [...path, 'boxes'] : [...path, 'boxes', at],
            },
            { template: template.id, indicator: ti.id, name: ti.name, level: tb.level },
          ),
        );
        continue;
      }
      const box = plan.boxes[match.box]!;
      const location = {
        plan: plan.id,
        box: box.id,
        indicator: match.indicator.id,
        path: [...path, 'boxes', match.box, 'indicators', match.at],
      };
      if (match.indicator.kind !== ti.kind) {
        findings.push(
          createFinding('TEMPLATE_INDICATOR_KIND', location, {
            template: template.id,
            indicator: match.indicator.id,
            kind: match.indicator.kind,
            expected: ti.kind,
          }),
        );
      }
      if (box.level !== tb.level) {
        findings.push(
          createFinding('TEMPLATE_INDICATOR_LEVEL', location, {
            template: template.id,
            indicator: match.indicator.id,
            level: box.level,
            expected: tb.level,
          }),
        );
      }
    }
  }
  return findings;
}

// An activity is of another type when its words point only to other templates;
// an activity with no known words, or with words of the declared one too, passes.
function activityFindings(
  plan: Plan,
  template: Template,
  path: readonly PathSegment[],
  templates: readonly Template[],
  vocabulary: Vocabulary,
): Finding[] {
  const findings: Finding[] = [];
  const order = new Map(templates.map((t, i) => [t.id, i]));
  plan.boxes.forEach((box, i) => {
    if (box.level !== 'aktiviteter' || box.placeholder) return;
    const groups = wordsByTemplate({ text: box.text }, vocabulary);
    if (groups.size === 0 || groups.has(template.id)) return;
    const [best, words] = [...groups.entries()].sort(
      ([a, wa], [b, wb]) => weight(wb) - weight(wa) || order.get(a)! - order.get(b)!,
    )[0]!;
    const track = templates[order.get(best)!]?.track;
    findings.push(
      createFinding(
        'TEMPLATE_ACTIVITY_MISMATCH',
        { plan: plan.id, box: box.id, path: [...path, 'boxes', i] },
        {
          box: box.id,
          template: template.id,
          suggested: best,
          ...(track === undefined ? {} : { track }),
          words: words.map((w) => w.word),
        },
      ),
    );
  });
  return findings;
}

function weight(words: readonly { weight: number }[]): number {
  return words.reduce((sum, w) => sum + w.weight, 0);
}
