import { createFinding } from '../findings/create.js';
import { isLevel, LEVEL_INFO, LEVELS, type Level } from '../model/levels.js';
import { arr, type DrawContext, str } from './context.js';
import { normalizeLabelText } from './escape.js';
import type { NodeClass } from './writer.js';

/** A box as the chain drawing needs it, from a plan or a template. */
export interface ChainBox {
  readonly id: string;
  readonly level: Level;
  /** Label lines: the box text, then indicator lines. */
  readonly lines: readonly string[];
  readonly placeholder: boolean;
}

/** A chain to draw as a plan subgraph with six level lanes. */
export interface Chain {
  /** Plan or template id: findings are matched by it. */
  readonly id: string;
  /** Title lines of the subgraph: name, template and track. */
  readonly title: readonly string[];
  readonly boxes: readonly { readonly raw: unknown; readonly box: ChainBox | undefined }[];
  readonly links: readonly unknown[];
}

/**
 * Draws a chain: a subgraph for the plan, a lane per level in chain order
 * (empty lanes too: a missing level is worth seeing), its boxes and links.
 * `inside` draws more inside the plan's subgraph, after its lanes (a
 * ramprojekt's delprojekt). Returns the node id of every box id.
 */
export function drawChain(ctx: DrawContext, chain: Chain, inside?: () => void): Map<string, string> {
  const { w, lang, words, collapse, marks } = ctx;
  const nodeOf = new Map<string, string>();
  const byLevel = new Map<Level, ChainBox[]>();
  for (const { raw, box } of chain.boxes) {
    if (!box) {
      const r = (raw ?? {}) as { id?: unknown; level?: unknown };
      ctx.findings.push(
        createFinding(
          'MERMAID_BOX_SKIPPED',
          { plan: chain.id, box: String(r.id ?? '') },
          { box: String(r.id ?? ''), level: String(r.level ?? '') },
        ),
      );
      continue;
    }
    const list = byLevel.get(box.level);
    if (list) list.push(box);
    else byLevel.set(box.level, [box]);
  }

  // A repeated plan id keeps the first plan's nodes, as validation reports the repeat.
  if (!ctx.boxNodes.has(chain.id)) ctx.boxNodes.set(chain.id, nodeOf);
  w.subgraph(w.id('P'), chain.title, 'plan', ctx.direction);
  for (const level of LEVELS) {
    const levelName = LEVEL_INFO[level][lang];
    w.subgraph(w.id('L'), [levelName], 'lane');
    const boxes = byLevel.get(level) ?? [];
    if (collapse.has(level) && boxes.length > 0) {
      const id = w.id('C');
      let count = 0;
      for (const box of boxes) {
        count += marks.box(chain.id, box.id);
        if (!nodeOf.has(box.id)) nodeOf.set(box.id, id);
      }
      const lines = [words.collapsed(boxes.length, levelName)];
      if (count) lines.push(words.findings(count));
      w.node(id, lines, count ? [level, 'finding'] : [level]);
    } else {
      for (const box of boxes) {
        const id = w.id('N');
        if (!nodeOf.has(box.id)) nodeOf.set(box.id, id);
        const count = marks.box(chain.id, box.id);
        const classes: NodeClass[] = [level];
        if (box.placeholder) classes.push('placeholder');
        if (count) classes.push('finding');
        w.node(id, count ? [...box.lines, words.findings(count)] : box.lines, classes);
      }
    }
    w.end();
  }
  inside?.();
  w.end();

  for (const raw of chain.links) {
    const link = (raw ?? {}) as { from?: unknown; to?: unknown; assumption?: unknown };
    const fromId = str(link.from);
    const toId = str(link.to);
    const from = nodeOf.get(fromId);
    const to = nodeOf.get(toId);
    // A box linked to itself (validate reports LINK_SAME_LEVEL) has no arrow to draw: say so.
    const assumption = ctx.showAssumptions ? normalizeLabelText(str(link.assumption)) : '';
    if (from && to && fromId !== toId)
      w.edge(from, to, 'link', assumption ? w.label([assumption]) : undefined);
    else {
      ctx.findings.push(
        createFinding(
          'MERMAID_LINK_SKIPPED',
          { plan: chain.id, link: { from: fromId, to: toId } },
          { from: fromId, to: toId, missing: from ? toId : fromId },
        ),
      );
    }
  }
  return nodeOf;
}

/** Turns raw boxes into chain boxes; a box without an id or a known level is kept as raw to be reported. */
export function chainBoxes(
  raw: unknown,
  toBox: (box: Record<string, unknown>, level: Level, id: string) => ChainBox,
): Chain['boxes'] {
  // Array.from, not map: a hole in a caller's array becomes an entry to report, not a crash.
  return Array.from(arr<unknown>(raw), (b) => {
    if (!b || typeof b !== 'object') return { raw: b, box: undefined };
    const rec = b as Record<string, unknown>;
    // Hostile input (`__proto__`, typos) has no level and is reported, not drawn.
    const level = typeof rec.level === 'string' && isLevel(rec.level) ? rec.level : undefined;
    const id = typeof rec.id === 'string' ? rec.id : undefined;
    return { raw: b, box: level && id !== undefined ? toBox(rec, level, id) : undefined };
  });
}
