import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { type Document, mergeDocuments, type Plan, validate } from '../../../src/index.js';
import { planFamilies } from '../../../src/validate/families.js';
import { validDocument, validPlan } from '../../support/documents.js';

const FAMILY = /^FAMILY_/;
const familyFindings = (doc: Document) => validate(doc).findings.filter((f) => FAMILY.test(f.code));

// A strategy with two branches (U1 → R1, U2 → R2), a ramprojekt on U1 and the given delprojekt.
function family(...children: Plan[]): Draft<Document> {
  const doc = validDocument();
  return {
    ...doc,
    strategy: {
      ...doc.strategy!,
      rus: {
        ...doc.strategy!.rus!,
        goals: [...doc.strategy!.rus!.goals, { id: 'R2', text: 'Fler besökare' }],
      },
      understrategier: [
        {
          ...doc.strategy!.understrategier![0]!,
          goals: [
            { id: 'U1', text: 'Fler nya företag', serves: ['R1'] },
            { id: 'U2', text: 'Fler gästnätter', serves: ['R2'] },
          ],
        },
      ],
    },
    plans: [{ ...validPlan('ram'), period: { from: 2023, to: 2027 } }, ...(children as Draft<Plan>[])],
  };
}
const child = (id: string, extra: Partial<Plan> = {}): Plan => ({
  ...validPlan(id),
  parent: 'ram',
  ...extra,
});

describe('plan families', () => {
  it('a well-formed family gives no family finding and validates as its plans do alone', () => {
    const doc = family(child('d1'), child('d2', { goalLinks: [{ from: 'l', goal: 'R1' }] }));
    expect(familyFindings(doc)).toEqual([]);
    const alone = { ...doc, plans: doc.plans!.map(({ parent: _, ...p }) => p) };
    expect(validate(doc).findings.map((f) => f.code)).toEqual(validate(alone).findings.map((f) => f.code));
  });

  it('a delprojekt outside its ramprojekt’s period', () => {
    const doc = family(child('d1', { period: { from: 2022, to: '2027-06-30' } }));
    expect(familyFindings(doc)).toMatchObject([
      {
        code: 'FAMILY_CHILD_PERIOD_OUTSIDE',
        severity: 'warning',
        location: { plan: 'd1', path: ['plans', 1, 'period'] },
        details: {
          plan: 'd1',
          parent: 'ram',
          from: 2022,
          to: '2027-06-30',
          parentFrom: 2023,
          parentTo: 2027,
        },
      },
    ]);
    // The last day of the ramprojekt is still inside it.
    expect(familyFindings(family(child('d1', { period: { from: 2023, to: '2027-12-31' } })))).toEqual([]);
  });

  it('a delprojekt linking to a goal of another branch than its ramprojekt', () => {
    const doc = family(
      child('d1', {
        goalLinks: [
          { from: 'l', goal: 'U1' },
          { from: 'k', goal: 'U2' },
        ],
      }),
    );
    expect(familyFindings(doc)).toMatchObject([
      {
        code: 'FAMILY_CHILD_GOAL_NOT_SERVED',
        location: { plan: 'd1', box: 'k', goal: 'U2', path: ['plans', 1, 'goalLinks', 1] },
        details: { plan: 'd1', parent: 'ram', box: 'k', goal: 'U2', parentGoals: ['U1'] },
      },
    ]);
  });

  it('a delprojekt may link to a goal that breaks down its ramprojekt’s goal', () => {
    const doc = family(child('d1'));
    doc.plans![0] = { ...doc.plans![0]!, goalLinks: [{ from: 'l', goal: 'R1' }] };
    expect(familyFindings(doc)).toEqual([]);
  });

  it('an unknown ramprojekt, with a suggestion', () => {
    const doc = family({ ...validPlan('d1'), parent: 'rm' });
    expect(familyFindings(doc)).toMatchObject([
      {
        code: 'FAMILY_UNKNOWN_PARENT',
        location: { plan: 'd1', path: ['plans', 1, 'parent'] },
        details: { plan: 'd1', parent: 'rm', suggestion: 'ram' },
      },
    ]);
  });

  it('a loop of parents is one error, at its first plan', () => {
    const doc = family(child('a', { parent: 'b' }), child('b', { parent: 'a' }), child('c', { parent: 'c' }));
    expect(familyFindings(doc)).toMatchObject([
      {
        code: 'FAMILY_CYCLE',
        severity: 'error',
        location: { plan: 'a' },
        details: { cycle: ['a', 'b', 'a'] },
      },
      { code: 'FAMILY_CYCLE', location: { plan: 'c' }, details: { cycle: ['c', 'c'] } },
    ]);
  });

  it('a ramprojekt indicator summed from delprojekt of another kind or unit', () => {
    const withIndicator = (p: Plan, kind: 'count' | 'sek', unit: string, fromChildren?: boolean): Plan => ({
      ...p,
      boxes: p.boxes.map((b) =>
        b.id === 'o'
          ? {
              ...b,
              indicators: [
                {
                  id: 'i1',
                  name: 'Antal företag',
                  kind,
                  unit,
                  baseline: { value: 0, year: 2024 },
                  targets: [{ value: 10, year: 2026 }],
                  ...(fromChildren ? { fromChildren } : {}),
                },
              ],
            }
          : b,
      ),
    });
    const doc = family(
      withIndicator(child('d1'), 'count', 'företag'),
      withIndicator(child('d2'), 'count', 'organisationer'),
      withIndicator(child('d3'), 'sek', 'kr'),
    );
    doc.plans![0] = withIndicator(doc.plans![0]!, 'count', 'företag', true) as Draft<Plan>;
    expect(familyFindings(doc)).toMatchObject([
      {
        code: 'FAMILY_ROLLUP_MISMATCH',
        location: { plan: 'd2', box: 'o', indicator: 'i1', path: ['plans', 2, 'boxes', 2, 'indicators', 0] },
        details: {
          plan: 'ram',
          indicator: 'i1',
          child: 'd2',
          what: 'unit',
          expected: 'företag',
          found: 'organisationer',
        },
      },
      {
        code: 'FAMILY_ROLLUP_MISMATCH',
        location: { plan: 'd3' },
        details: { child: 'd3', what: 'kind', expected: 'count', found: 'sek' },
      },
    ]);
    const lonely = family();
    lonely.plans![0] = withIndicator(lonely.plans![0]!, 'count', 'företag', true) as Draft<Plan>;
    expect(familyFindings(lonely)).toMatchObject([
      {
        code: 'FAMILY_ROLLUP_WITHOUT_CHILDREN',
        location: { plan: 'ram', path: ['plans', 0, 'boxes', 2, 'indicators', 0, 'fromChildren'] },
        details: { plan: 'ram', indicator: 'i1', children: 0 },
      },
    ]);
  });

  it('a ramprojekt and its delprojekt in two files of the region form one family', () => {
    const doc = family(child('d1', { period: { from: 2020, to: 2021 } }));
    const strategyFile: Document = {
      formatVersion: 1,
      region: doc.region!,
      strategy: doc.strategy!,
      plans: [doc.plans![0]!],
    };
    const childFile: Document = { formatVersion: 1, region: doc.region!, plans: [doc.plans![1]!] };
    const set = mergeDocuments([
      { document: strategyFile, file: 'ram.yaml' },
      { document: childFile, file: 'delprojekt.yaml' },
    ]);
    const found = set.locate(validate(set.document).findings).filter((f) => FAMILY.test(f.code));
    expect(found.map((f) => [f.code, f.location.file, f.location.path])).toEqual([
      ['FAMILY_CHILD_PERIOD_OUTSIDE', 'delprojekt.yaml', ['plans', 0, 'period']],
    ]);
    // The delprojekt's file alone: its ramprojekt is not there to read.
    expect(familyFindings(childFile).map((f) => f.code)).toEqual(['FAMILY_UNKNOWN_PARENT']);
  });

  it('every plan’s family head is an ancestor without a known parent, or a plan in a loop', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat(7), { nil: undefined }), { maxLength: 8 }), (parents) => {
        const plans = parents.map((p, i) => ({
          ...validPlan(`p${i}`),
          ...(p === undefined ? {} : { parent: `p${p}` }),
        }));
        const f = planFamilies({ formatVersion: 1, plans });
        for (let i = 0; i < plans.length; i++) {
          // Walk up at most n steps: the head is reached, or the walk is in a loop.
          let at = i;
          const seen = new Set<number>();
          while (f.parentOf[at]! >= 0 && !seen.has(at) && !f.inCycle[at]) {
            seen.add(at);
            at = f.parentOf[at]!;
          }
          expect(f.rootOf[i]).toBe(at);
          if (f.inCycle[i]) expect(f.rootOf[i]).toBe(i);
          for (const c of f.childrenOf[i]!) expect(f.parentOf[c]).toBe(i);
        }
      }),
    );
  });
});
