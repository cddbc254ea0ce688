import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext, type Document, LEVELS } from '../../src/index.js';

// A plan whose box ids come from a small set, so that ids repeat and links miss.
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'aktivitet 1', 'Aktivitet 1', 'ä', 'x'.repeat(40));
const plan = fc
  .tuple(
    fc.array(
      fc.record({ id: fc.oneof(ids, fc.string({ maxLength: 3 })), level: fc.constantFrom(...LEVELS) }),
      {
        maxLength: 80,
      },
    ),
    fc.array(fc.record({ from: ids, to: ids }), { maxLength: 60 }),
    fc.array(ids, { maxLength: 4 }),
  )
  .map(([boxes, links, asked]) => ({
    plan: {
      id: 'p',
      title: 'Plan',
      boxes: boxes.map((b) => ({ ...b, text: `ruta ${b.id}` })),
      links,
    },
    asked,
  }));

describe('buildContext: a plan’s boxes by id', () => {
  it('indexes the first box with each id, reports the later ones and resolves link ends to it', () => {
    fc.assert(
      fc.property(plan, ({ plan: p, asked }) => {
        const document = { formatVersion: 1, region: 'R', plans: [p] } as unknown as Document;
        const index = buildContext(document).plans[0]!;
        const first = new Map<string, number>();
        p.boxes.forEach((b, i) => {
          if (!first.has(b.id)) first.set(b.id, i);
        });
        for (const id of [...p.boxes.map((b) => b.id), ...asked, 'saknas'])
          expect(index.boxes.get(id)).toBe(first.get(id));
        expect(index.duplicateBoxes).toEqual(p.boxes.flatMap((b, i) => (first.get(b.id) === i ? [] : [i])));
        expect(index.linkFrom).toEqual(p.links.map((l) => first.get(l.from) ?? -1));
        expect(index.linkTo).toEqual(p.links.map((l) => first.get(l.to) ?? -1));
        expect([...index.boxes]).toEqual([...first]);
      }),
      { numRuns: 400, seed: 20 },
    );
  });
});
