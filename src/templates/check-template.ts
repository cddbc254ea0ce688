import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import type { Result } from '../findings/result.js';
import { levelIndex } from '../model/levels.js';
import { Template } from '../model/template.js';

/**
 * Checks that a value is a usable template: it matches the schema, has boxes,
 * box and indicator ids are unique, and links join existing boxes going forward.
 * Paths in findings start at `path` (e.g. `["templates", 2]` inside a document).
 */
export function checkTemplate(value: unknown, path: readonly PathSegment[] = []): Result<Template> {
  const parsed = Template.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const id = idOf(value);
    return {
      ok: false,
      findings: [
        createFinding(
          'TEMPLATE_INVALID',
          { path: [...path, ...((issue?.path ?? []) as PathSegment[])] },
          {
            template: id,
            problem: 'schema',
            field: (issue?.path ?? []).map(String).join('.') || null,
          },
        ),
      ],
    };
  }
  const template = parsed.data;
  const findings: Finding[] = [];
  const invalid = (at: readonly PathSegment[], problem: string, id?: string) =>
    findings.push(
      createFinding(
        'TEMPLATE_INVALID',
        { path: [...path, ...at] },
        { template: template.id, problem, ...(id === undefined ? {} : { id }) },
      ),
    );
  if (template.boxes.length === 0) invalid(['boxes'], 'no-boxes');
  const levels = new Map<string, number>();
  const indicators = new Set<string>();
  template.boxes.forEach((box, bi) => {
    if (levels.has(box.id)) invalid(['boxes', bi, 'id'], 'duplicate-box', box.id);
    else levels.set(box.id, levelIndex(box.level));
    (box.indicators ?? []).forEach((indicator, ii) => {
      if (indicators.has(indicator.id))
        invalid(['boxes', bi, 'indicators', ii, 'id'], 'duplicate-indicator', indicator.id);
      indicators.add(indicator.id);
    });
  });
  (template.links ?? []).forEach((link, li) => {
    const from = levels.get(link.from);
    const to = levels.get(link.to);
    if (from === undefined) invalid(['links', li, 'from'], 'link-unknown-box', link.from);
    if (to === undefined) invalid(['links', li, 'to'], 'link-unknown-box', link.to);
    if (from !== undefined && to !== undefined && to <= from)
      invalid(['links', li], 'link-not-forward', `${link.from} → ${link.to}`);
  });
  return findings.length > 0 ? { ok: false, findings } : { ok: true, value: template, findings };
}

function idOf(value: unknown): string | null {
  if (value !== null && typeof value === 'object' && 'id' in value && typeof value.id === 'string')
    return value.id;
  return null;
}
