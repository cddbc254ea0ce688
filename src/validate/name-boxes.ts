import { isKnownCode } from '../findings/codes.js';
import { createFinding } from '../findings/create.js';
import type { DetailValue, Finding } from '../findings/finding.js';
import type { PlanIndex, ValidationContext } from './context.js';

/** Details that hold a box id, and the detail that gets the box's text beside it. */
const BOX_KEYS = [
  ['box', 'boxText'],
  ['from', 'fromText'],
  ['to', 'toText'],
] as const;

/** How much of a box's text a message shows. */
export const BOX_TEXT_MAX = 40;

/** A box's text as a message shows it: one line, at most BOX_TEXT_MAX characters. */
export function shortBoxText(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > BOX_TEXT_MAX ? `${t.slice(0, BOX_TEXT_MAX - 1).trimEnd()}…` : t;
}

type NamedDetails = Readonly<Record<string, DetailValue | undefined>>;

// The plan a finding's `location.plan` names, as `nameBoxes` reads it (the last plan with the
// id): built once per validation and shared with the rules that name boxes themselves.
const byId = new WeakMap<ValidationContext, ReadonlyMap<string, PlanIndex>>();

/** The plan whose boxes name the boxes of a finding located in plan `id`. */
export function namingPlan(context: ValidationContext, id: string | undefined): PlanIndex | undefined {
  if (id === undefined) return undefined;
  let plans = byId.get(context);
  if (!plans) {
    plans = new Map(context.plans.map((p) => [p.plan.id, p]));
    byId.set(context, plans);
  }
  return plans.get(id);
}

/**
 * The details with each named box's shortened text beside its id (`boxText`, `fromText`,
 * `toText`), or the same object when there is nothing to add. A rule that reports one
 * finding per link or box calls it with `namingPlan` and so makes each finding once,
 * not once by the rule and again by `nameBoxes`; the result is the same.
 */
export function withBoxTexts<D extends NamedDetails>(details: D, p: PlanIndex | undefined): D {
  if (!p) return details;
  let named: Record<string, DetailValue | undefined> | undefined;
  for (const [key, textKey] of BOX_KEYS) {
    const id = details[key];
    if (typeof id !== 'string' || details[textKey] !== undefined) continue;
    const at = p.positionOf(id);
    const text = at < 0 ? undefined : p.plan.boxes[at]?.text;
    if (typeof text !== 'string' || text.trim() === '' || text.trim() === id) continue;
    named ??= { ...details };
    named[textKey] = shortBoxText(text);
  }
  return (named ?? details) as D;
}

/**
 * A strategist knows a box by what it says, not by its id: each finding of the
 * library that names a box of a plan (`box`, a link's `from` and `to`) gets the
 * box's shortened text beside the id (`boxText`, `fromText`, `toText`), and its
 * words are made again with it. Custom findings are left as their rule made them.
 */
export function nameBoxes<F extends Finding<string>>(
  findings: readonly F[],
  context: ValidationContext,
): F[] {
  const out: F[] = [];
  for (const f of findings) {
    const p = namingPlan(context, f.location.plan);
    if (!p || !isKnownCode(f.code)) {
      out.push(f);
      continue;
    }
    const details = withBoxTexts(f.details, p);
    // The same code with more details: a finding of the same type.
    out.push(
      details !== f.details ? (createFinding(f.code, f.location, details as never, f.severity) as F) : f,
    );
  }
  return out;
}
