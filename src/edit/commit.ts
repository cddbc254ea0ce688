import { type Draft, enablePatches, Immer, type Patch } from 'immer';
import type { z } from 'zod';
import { createFinding } from '../findings/create.js';
import type { Finding, Location, PathSegment } from '../findings/finding.js';
import { pathText } from '../findings/format.js';
import { issueToFinding } from '../io/zod-issues.js';
import type { Document } from '../model/document.js';
import { ChangeEntry } from '../model/plan.js';
import { describeEdit } from './describe.js';
import type { Edit, EditOptions, EditPatch, EditResult } from './types.js';

// A private instance: another module turning immer's global auto-freeze off
// must not make our results mutable.
const immer = new Immer({ autoFreeze: true });
let patchesEnabled = false;

// Enabled on first use rather than on import: the package has no side effects.
function ready(): void {
  if (patchesEnabled) return;
  enablePatches();
  patchesEnabled = true;
}

/** What an operation decided to do after its checks passed. */
export interface Planned {
  /** Changes the draft; runs only after every check passed, so nothing is applied half-way. */
  readonly recipe: (draft: Draft<Document>) => void;
  /** Indices of the plans whose change log gets the entry, if the caller asked for one. */
  readonly plans: readonly number[];
  /** Why, when the edit itself carries a reason (setTarget). */
  readonly why?: string;
}

/** Applies a planned edit with immer: a frozen new document and the patches both ways. */
export function commit(
  document: Document,
  edit: Edit,
  planned: Planned,
  options: EditOptions = {},
): EditResult {
  ready();
  const [changed, patches, inversePatches] = immer.produceWithPatches(document, planned.recipe);
  const log = options.log;
  // A log entry for an edit that changed nothing would claim a change that did not happen.
  if (!log || planned.plans.length === 0 || changed === document) {
    return { ok: true, document: changed, patches, inversePatches, edit, findings: [] };
  }
  const why = log.why ?? planned.why;
  const entry: ChangeEntry = {
    at: log.at,
    ...(log.by !== undefined && { by: log.by }),
    ...(why !== undefined && { why }),
    what: describeEdit(edit, log.language ?? 'sv'),
  };
  // The entry is written into the document: it must be one the document can hold (`at` a text …).
  const fit = checkValue(ChangeEntry, entry, 'log', { path: ['plans', planned.plans[0]!, 'changelog'] });
  if (fit.findings.length > 0) return refuse(fit.findings);
  const [next, logPatches, logInverse] = immer.produceWithPatches(changed, (draft) => {
    for (const pi of planned.plans) {
      const plan = draft.plans?.[pi];
      if (!plan) continue;
      if (plan.changelog) plan.changelog.push({ ...entry });
      else plan.changelog = [{ ...entry }];
    }
  });
  return {
    ok: true,
    document: next,
    patches: [...patches, ...logPatches],
    inversePatches: [...logInverse, ...inversePatches],
    edit,
    findings: [],
  };
}
/**
 * Applies patches (from an edit or a history) to a document: a frozen new
 * document. The input is not changed.
 */
export function applyEditPatches(document: Document, patches: readonly EditPatch[]): Document {
  ready();
  return immer.applyPatches(document, patches as Patch[]);
}

/** A refused edit. */
export function refuse(...findings: (Finding | readonly Finding[])[]): EditResult {
  const out: Finding[] = [];
  for (const f of findings) {
    if (Array.isArray(f)) for (const g of f as readonly Finding[]) out.push(g);
    else out.push(f as Finding);
  }
  return { ok: false, findings: out };
}

/**
 * Checks a value against its schema. Each problem becomes an EDIT_INVALID_VALUE
 * finding naming the field and carrying the reader's own code and details.
 */
export function checkValue(
  schema: z.ZodType,
  value: unknown,
  field: string,
  location: Location,
): { readonly findings: Finding[]; readonly value?: unknown } {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return { findings: [], value: parsed.data };
  const base = location.path ?? [];
  // One finding per field: an empty id breaks both the length and the pattern.
  const seen = new Set<string>();
  const issues = parsed.error.issues.filter((issue) => {
    const key = issue.path.map(String).join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const findings = issues.map((issue) => {
    const inner = issueToFinding(issue, []);
    const rel = inner.location.path ?? [];
    const path: PathSegment[] = [...base, ...rel];
    return createFinding(
      'EDIT_INVALID_VALUE',
      { ...location, path },
      { ...inner.details, field: pathText({ path: [field, ...rel] }), problem: inner.code },
    );
  });
  return { findings };
}
