import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext, type Document, LEVELS } from '../../src/index.js';

// Plans whose box ids come from a small set, so that ids repeat, links miss and hashes clash,
// with up to 80 boxes: small plans find a box in one table reused from plan to plan, large ones
// in a Map of their own (src/validate/context.ts).
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
  )
  .map(([boxes, links]) => ({
    title: 'Plan',
    boxes: boxes.map((b) => ({ ...b, text: `ruta ${b.id}` })),
    links,
  }));

describe('buildContext: a plan’s boxes by id', () => {
  it('finds the first box with each id, lists the later ones and resolves link ends, plan after plan', () => {
    fc.assert(
      fc.property(
        fc.array(plan, { minLength: 1, maxLength: 4 }),
        fc.array(ids, { maxLength: 4 }),
        (plans, asked) => {
          const document = { formatVersion: 1, region: 'R', plans } as unknown as Document;
          buildContext(document).plans.forEach((index, pi) => {
            const p = plans[pi]!;
            const first = new Map<string, number>();
            p.boxes.forEach((b, i) => {
              if (!first.has(b.id)) first.set(b.id, i);
            });
            for (const id of [...p.boxes.map((b) => b.id), ...asked, 'saknas'])
              expect(index.positionOf(id)).toBe(first.get(id) ?? -1);
            expect(index.duplicateBoxes).toEqual(
              p.boxes.flatMap((b, i) => (first.get(b.id) === i ? [] : [i])),
            );
            expect(index.linkFrom).toEqual(p.links.map((l) => first.get(l.from) ?? -1));
            expect(index.linkTo).toEqual(p.links.map((l) => first.get(l.to) ?? -1));
            // The Map rules of one's own read, made on first use.
            expect([...index.boxes]).toEqual([...first]);
          });
        },
      ),
      { numRuns: 300, seed: 20 },
    );
  });

  it('leaves nothing behind for the next document when a plan that is not a Document throws half-way', () => {
    const broken = {
      formatVersion: 1,
      region: 'R',
      plans: [{ id: 'p', boxes: [{ id: 'a' }, { id: 'b' }], links: [null] }],
    };
    expect(() => buildContext(broken as unknown as Document)).toThrow();
    const fine = {
      formatVersion: 1,
      region: 'R',
      plans: [{ id: 'q', boxes: [{ id: 'c' }], links: [{ from: 'a', to: 'c' }] }],
    };
    const index = buildContext(fine as unknown as Document).plans[0]!;
    expect(index.linkFrom).toEqual([-1]);
    expect(index.positionOf('a')).toBe(-1);
  });
});
