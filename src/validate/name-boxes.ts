import { isKnownCode } from '../findings/codes.js';
import { createFinding } from '../findings/create.js';
import type { DetailValue, Finding } from '../findings/finding.js';
import type { ValidationContext } from './context.js';

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
  const plans = new Map(context.plans.map((p) => [p.plan.id, p]));
  const out: F[] = [];
  for (const f of findings) {
    const p = f.location.plan !== undefined ? plans.get(f.location.plan) : undefined;
    if (!p || !isKnownCode(f.code)) {
      out.push(f);
      continue;
    }
    let details: Record<string, DetailValue | undefined> | undefined;
    for (const [key, textKey] of BOX_KEYS) {
      const id = f.details[key];
      if (typeof id !== 'string' || f.details[textKey] !== undefined) continue;
      const at = p.boxes.get(id);
      const text = at === undefined ? undefined : p.plan.boxes[at]?.text;
      if (typeof text !== 'string' || text.trim() === '' || text.trim() === id) continue;
      details ??= { ...f.details };
      details[textKey] = shortBoxText(text);
    }
    // The same code with more details: a finding of the same type.
    out.push(details ? (createFinding(f.code, f.location, details as never, f.severity) as F) : f);
  }
  return out;
}
