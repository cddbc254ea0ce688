import { append } from '../../collections/append.js';
import type { Finding } from '../../findings/finding.js';
import { closest } from '../../io/suggest.js';
import type { Template } from '../../model/template.js';
import { conformanceFindings } from '../../templates/conformance.js';
import { createTemplateRegistry, type TemplateRegistry } from '../../templates/registry.js';
import { buildVocabulary, type WordFinder, wordFinder } from '../../templates/vocabulary.js';
import { found, type Rule } from '../rule.js';

/**
 * A rule that checks each plan with a `template` field against that template:
 * the registry's templates (the national ones by default) plus the document's
 * own `templates:`, which it also checks. Document templates that repeat each
 * other's id are left to `duplicate-ids`; one that takes a registry id is reported here.
 */
export function templateConformanceRule(registry: TemplateRegistry = createTemplateRegistry()): Rule {
  // The word finder of the last template list, kept from document to document while the list
  // holds the same (frozen) templates: its vocabulary and what it found in each text stay true,
  // and a national set is 21 documents over the same templates.
  let last: { readonly templates: readonly Template[]; readonly words: WordFinder } | undefined;
  const finderFor = (templates: readonly Template[]) => {
    if (!last || !sameTemplates(last.templates, templates)) {
      last = { templates, words: wordFinder(buildVocabulary(templates)) };
    }
    return last;
  };
  return {
    name: 'template-conformance',
    codes: [
      'TEMPLATE_INVALID',
      'TEMPLATE_DUPLICATE_ID',
      'TEMPLATE_UNKNOWN',
      'TEMPLATE_LEVEL_MISSING',
      'TEMPLATE_INDICATOR_MISSING',
      'TEMPLATE_INDICATOR_KIND',
      'TEMPLATE_INDICATOR_LEVEL',
      'TEMPLATE_ACTIVITY_MISMATCH',
    ],
    *check({ document, plans }) {
      const own = document.templates ?? [];
      const withTemplate = plans.filter((p) => p.plan.template !== undefined);
      if (own.length === 0 && withTemplate.length === 0) return;
      const local = own.length === 0 ? registry : registry.copy();
      const refused = new Set<string>();
      const seen = new Set<string>();
      const findings: Finding[] = [];
      own.forEach((t, i) => {
        if (registry.has(t.id)) {
          findings.push(found('TEMPLATE_DUPLICATE_ID', { path: ['templates', i, 'id'] }, { template: t.id }));
        } else if (!seen.has(t.id)) {
          seen.add(t.id);
          const result = local.register(t, ['templates', i]);
          if (!result.ok) {
            refused.add(t.id);
            append(findings, result.findings);
          }
        }
      });
      yield* findings;
      if (withTemplate.length === 0) return;
      const { templates, words } = finderFor(local.list());
      for (const p of withTemplate) {
        const id = p.plan.template!;
        const template = local.get(id);
        if (template) {
          const planFindings = conformanceFindings(p.plan, template, ['plans', p.at], templates, words);
          if (planFindings.length > 0) yield* planFindings;
        } else if (!refused.has(id)) {
          const suggestion = closest(
            id,
            templates.map((t) => t.id),
          );
          yield found(
            'TEMPLATE_UNKNOWN',
            { plan: p.plan.id, path: ['plans', p.at, 'template'] },
            { template: id, known: templates.map((t) => t.id), ...(suggestion ? { suggestion } : {}) },
          );
        }
      }
    },
  };
}

function sameTemplates(a: readonly Template[], b: readonly Template[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The built-in rule: plans against the national templates and the document's own. */
export const templateConformance: Rule = templateConformanceRule();
