import fc from 'fast-check';
import type { Draft } from 'immer';
import { type Box, type Document, LEVELS, type Level, type Link, type Plan } from '../../src/index.js';

/** Any user text: every Unicode plane, quotes, markup, newlines, right-to-left and zero-width characters. */
export const userText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'end',
    'graph',
    '<script>alert(1)</script>',
    '%%{init: {}}%%',
    'å ä ö',
    '"quoted"',
    'a\nb',
    '\u202Eevil\u200B',
    '#35;',
    '- item',
    'true',
    '123',
    '',
  ),
);

const idsFor = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/**
 * A valid document: a RUS, understrategi goals serving it, and plans whose boxes
 * sit on all six levels, each linked to the next level, outputs with indicators,
 * and goal links from effects to understrategi goals.
 */
export const validDocument: fc.Arbitrary<Draft<Document>> = fc
  .record({
    rusGoals: fc.integer({ min: 1, max: 3 }),
    plans: fc.array(
      fc.record({
        perLevel: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
        texts: fc.array(userText, { minLength: 18, maxLength: 18 }),
        from: fc.integer({ min: 2020, max: 2025 }),
        years: fc.integer({ min: 0, max: 4 }),
        target: fc.integer({ min: 1, max: 1000 }),
        extraLinks: fc.array(fc.nat(), { maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    name: userText,
  })
  .map(({ rusGoals, plans, name }) => {
    const rusIds = idsFor('R', rusGoals);
    const usIds = rusIds.map((r) => `U${r}`);
    return {
      formatVersion: 1 as const,
      region: name,
      strategy: {
        rus: { id: 'rus', name, goals: rusIds.map((id) => ({ id, text: name })) },
        understrategier: [
          { id: 'us', name, goals: usIds.map((id, i) => ({ id, text: name, serves: [rusIds[i]!] })) },
        ],
      },
      plans: plans.map((p, pi) => buildPlan(`p${pi}`, p, usIds)),
    };
  });

function buildPlan(
  id: string,
  p: {
    perLevel: number[];
    texts: string[];
    from: number;
    years: number;
    target: number;
    extraLinks: number[];
  },
  goals: string[],
): Draft<Plan> {
  const byLevel: string[][] = [];
  const boxes: Draft<Box>[] = [];
  let t = 0;
  LEVELS.forEach((level: Level, li) => {
    const ids = idsFor(`${level.slice(0, 3)}`, p.perLevel[li]!);
    byLevel.push(ids);
    for (const bid of ids) {
      const box: Draft<Box> = { id: bid, level, text: p.texts[t++ % p.texts.length]! };
      if (level === 'prestationer') {
        box.indicators = [
          {
            id: `${bid}-i`,
            name: p.texts[0]!,
            kind: 'count',
            baseline: { value: 0, year: p.from },
            targets: [{ value: p.target, year: p.from + p.years }],
          },
        ];
      }
      boxes.push(box);
    }
  });
  const links: Link[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    if (seen.has(`${from}>${to}`)) return;
    seen.add(`${from}>${to}`);
    links.push({ from, to });
  };
  for (let li = 0; li < 5; li++) {
    const here = byLevel[li]!;
    const next = byLevel[li + 1]!;
    // Every box feeds the first box of the next level, and every next box is fed by the first.
    for (const b of here) add(b, next[0]!);
    for (const n of next) add(here[0]!, n);
  }
  for (const x of p.extraLinks) {
    const li = x % 5;
    add(byLevel[li]![x % byLevel[li]!.length]!, byLevel[li + 1]![x % byLevel[li + 1]!.length]!);
  }
  return {
    id,
    name: p.texts[1]!,
    kind: 'projekt',
    period: { from: p.from, to: p.from + p.years },
    boxes,
    links,
    goalLinks: byLevel[5]!.map((b, i) => ({ from: b, goal: goals[i % goals.length]! })),
  };
}
