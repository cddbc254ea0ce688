import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { natural } from '../../src/findings/format.js';

const name = fc.stringMatching(/^[a-zå0-9-]{0,8}$/);

describe('the order of plans and files in reports', () => {
  it('puts numbered names in the order a person counts them', () => {
    expect(['p10', 'p2', 'p1', 'plan-20.yaml', 'plan-3.yaml', 'p02'].sort(natural)).toEqual([
      'p1',
      'p02',
      'p2',
      'p10',
      'plan-3.yaml',
      'plan-20.yaml',
    ]);
  });

  it('is a total order: antisymmetric, zero only for equal names, transitive', () => {
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        expect(Math.sign(natural(a, b)) + Math.sign(natural(b, a))).toBe(0);
        expect(natural(a, b) === 0).toBe(a === b);
        if (natural(a, b) < 0 && natural(b, c) < 0) expect(natural(a, c)).toBeLessThan(0);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('agrees with the numbers in names that differ only in them', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (m, n) => {
        expect(Math.sign(natural(`p${m}`, `p${n}`))).toBe(Math.sign(m - n));
      }),
      { numRuns: 1000, seed: 8 },
    );
  });
});
