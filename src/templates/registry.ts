import { append } from '../collections/append.js';
import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import type { Result } from '../findings/result.js';
import type { Document } from '../model/document.js';
import type { Template } from '../model/template.js';
import { checkTemplate } from './check-template.js';
import { deepFreeze } from './freeze.js';
import { NATIONAL_TEMPLATES } from './national.js';

/**
 * The templates a program knows: the four national ones and any a region adds.
 * Stored templates are frozen copies, so a caller's later edits do not leak in.
 */
export interface TemplateRegistry {
  /** Every template, national ones first, then in the order they were registered. */
  list(): readonly Template[];
  /** The template with this id, if any. */
  get(id: string): Template | undefined;
  /** True if a template with this id is registered. */
  has(id: string): boolean;
  /**
   * Adds a template (a region's own insatsplan template). Refuses, with findings,
   * a value that is not a valid template or whose id is taken; `path` places the findings.
   */
  register(template: unknown, path?: readonly PathSegment[]): Result<Template>;
  /** Registers every template of a document's `templates:` list; returns the findings of those refused. */
  registerDocument(document: Pick<Document, 'templates'>): readonly Finding[];
  /** A new registry with the same templates, to add to without changing this one. */
  copy(): TemplateRegistry;
}

/** Options of `createTemplateRegistry`. */
export interface TemplateRegistryOptions {
  /** Start with the four national templates (default true). */
  readonly national?: boolean;
  /** Templates to register at once (e.g. a region's own); refused ones are left out. */
  readonly templates?: readonly unknown[];
}

/** Makes a registry of chain templates, holding the national ones unless told otherwise. */
export function createTemplateRegistry(options: TemplateRegistryOptions = {}): TemplateRegistry {
  const registry = fromMap(
    new Map((options.national ?? true) ? NATIONAL_TEMPLATES.map((t) => [t.id, t]) : []),
  );
  for (const t of options.templates ?? []) registry.register(t);
  return registry;
}

// Stored templates are frozen, so copies of a registry can share them.
function fromMap(byId: Map<string, Template>): TemplateRegistry {
  const registry: TemplateRegistry = {
    list: () => [...byId.values()],
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    register(template, path = []) {
      const checked = checkTemplate(template, path);
      if (!checked.ok) return checked;
      const { id } = checked.value;
      if (byId.has(id)) {
        return {
          ok: false,
          findings: [createFinding('TEMPLATE_DUPLICATE_ID', { path: [...path, 'id'] }, { template: id })],
        };
      }
      const stored = frozenCopy(checked.value);
      if (!stored) {
        return {
          ok: false,
          findings: [createFinding('TEMPLATE_INVALID', { path }, { template: id, problem: 'not-data' })],
        };
      }
      byId.set(id, stored);
      return { ok: true, value: stored, findings: [] };
    },
    registerDocument(document) {
      const findings: Finding[] = [];
      (document.templates ?? []).forEach((t, i) => {
        append(findings, registry.register(t, ['templates', i]).findings);
      });
      return findings;
    },
    copy: () => fromMap(new Map(byId)),
  };
  return registry;
}

// A template from code may hold values that cannot be copied (functions in unknown keys): refuse it.
function frozenCopy(template: Template): Template | undefined {
  try {
    return deepFreeze(structuredClone(template));
  } catch {
    return undefined;
  }
}
