import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { attachLocations, type Document, mergeDocuments, parseDocument, validate } from '../../src/index.js';
import { validPlan } from '../support/documents.js';
import { editable } from '../support/mutate.js';

const ROOT = new URL('../../', import.meta.url);
const load = (name: string) => {
  const r = parseDocument(readFileSync(new URL(name, ROOT), 'utf8'), { file: name });
  if (!r.ok) throw new Error(r.findings.map((f) => f.message.en).join('\n'));
  return validate(r.value, { locate: (f) => attachLocations(f, r.source) }).findings;
};
// The codes of a document's findings, in alphabetical order (the report orders by place).
const codes = (doc: Document) =>
  validate(doc)
    .findings.map((f) => f.code)
    .sort();
const withDetails = (doc: Document) =>
  validate(doc)
    .findings.map((f) => [f.code, f.details] as const)
    .sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : JSON.stringify(a[1]) < JSON.stringify(b[1]) ? -1 : 1,
    );

// A ladder of `depth` tiers under the RUS, one understrategi per tier with one goal
// serving the goal of the tier above, and one plan linking to the lowest goal.
function ladder(depth: number, skipping?: 'allowed' | 'forbidden'): Draft<Document> {
  const tiers = Array.from({ length: depth }, (_, i) => ({ id: `t${i + 1}`, name: `Led ${i + 1}` }));
  return {
    formatVersion: 1,
    strategy: {
      rus: { id: 'rus', name: 'RUS', goals: [{ id: 'g0', text: 'Mål' }] },
      tiers,
      ...(skipping ? { tierSkipping: skipping } : {}),
      understrategier: tiers.map((t, i) => ({
        id: `u${i + 1}`,
        name: `Understrategi ${i + 1}`,
        tier: t.id,
        goals: [{ id: `g${i + 1}`, text: `Mål ${i + 1}`, serves: [`g${i}`] }],
      })),
    },
    plans: [{ ...validPlan(), goalLinks: [{ from: 'l', goal: `g${depth}` }] }],
  };
}
const goal = (d: Draft<Document>, tier: number) => d.strategy!.understrategier![tier - 1]!.goals[0]!;

describe('a strategy ladder of any depth', () => {
  it('Gotland: tillväxtprogram → programplan → insatsplan validates clean', () => {
    expect(load('examples/gotland-besoksnaring.yaml').map((f) => f.code)).toEqual([]);
  });

  it('the three-tier fixture gives one located finding per defect', () => {
    const found = load('test/fixtures/ladder/three-tiers.yaml').map((f) => [
      f.code,
      f.location.line,
      (f.location.path ?? []).join('.'),
    ]);
    expect(found).toEqual([
      ['LADDER_GOAL_SERVES_ITSELF', 26, 'strategy.understrategier.0.goals.0.serves.1'],
      ['LADDER_SERVES_OWN_TIER_OR_BELOW', 32, 'strategy.understrategier.1.goals.1.serves.1'],
      ['HORIZON_NOT_NESTED', 20, 'strategy.tiers.2.horizon'],
      ['LADDER_RUNG_SKIPPED', 39, 'strategy.understrategier.2.goals.2.serves.0'],
      ['LADDER_GOAL_LINK_SKIPS_TIER', 66, 'plans.0.goalLinks.3'],
    ]);
  });

  it('names the tiers in the details', () => {
    const skipped = load('test/fixtures/ladder/three-tiers.yaml').find(
      (f) => f.code === 'LADDER_RUNG_SKIPPED',
    )!;
    expect(skipped.details).toEqual({
      goal: 'a-helar',
      tier: 'Agenda',
      serves: 'p-foretag',
      servesTier: 'Program',
      skipped: ['Handlingsplan'],
    });
  });

  it('a well-formed ladder of any depth validates clean', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), (depth) => {
        expect(codes(ladder(depth))).toEqual([]);
      }),
    );
  });

  it('each defect placed at any tier gives exactly its finding', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 7 })
          .chain((depth) => fc.tuple(fc.constant(depth), fc.integer({ min: 1, max: depth }))),
        ([depth, at]) => {
          const itself = ladder(depth);
          goal(itself, at).serves!.push(`g${at}`);
          expect(codes(itself)).toEqual(['LADDER_GOAL_SERVES_ITSELF']);

          const below = ladder(depth);
          if (at < depth) {
            goal(below, at).serves!.push(`g${at + 1}`);
            expect(codes(below)).toEqual(['LADDER_SERVES_OWN_TIER_OR_BELOW']);
          }
          const skip = ladder(depth);
          if (at >= 2) {
            goal(skip, at).serves = [`g${at - 2}`];
            // The goal of the tier in between is then broken down and reached by nothing.
            expect(codes(skip)).toEqual([
              'GOAL_WITHOUT_PLAN',
              'LADDER_GOAL_NOT_BROKEN_DOWN',
              'LADDER_RUNG_SKIPPED',
            ]);
            const allowed = editable(skip);
            allowed.strategy!.tierSkipping = 'allowed';
            expect(codes(allowed)).toEqual(['GOAL_WITHOUT_PLAN', 'LADDER_GOAL_NOT_BROKEN_DOWN']);
          }
        },
      ),
    );
  });

  it('a plan linking above the lowest tier skips rungs unless the region allows it', () => {
    const d = ladder(3);
    d.plans![0]!.goalLinks = [{ from: 'l', goal: 'g1' }];
    expect(withDetails(d)).toEqual([
      ['GOAL_WITHOUT_PLAN', { goal: 'g2' }],
      ['GOAL_WITHOUT_PLAN', { goal: 'g3' }],
      [
        'LADDER_GOAL_LINK_SKIPS_TIER',
        { box: 'l', boxText: 'Konkurrenskraft', goal: 'g1', tier: 'Led 1', skipped: ['Led 2', 'Led 3'] },
      ],
    ]);
    d.strategy!.tierSkipping = 'allowed';
    expect(codes(d)).toEqual(['GOAL_WITHOUT_PLAN', 'GOAL_WITHOUT_PLAN']);
  });

  it('a plan whose goals stop below the RUS stops at the understrategi', () => {
    const d = ladder(3);
    goal(d, 1).serves = [];
    expect(codes(d)).toEqual([
      'GOAL_WITHOUT_PLAN',
      'PLAN_STOPS_AT_UNDERSTRATEGI',
      'RUS_GOAL_WITHOUT_UNDERSTRATEGI',
      'UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL',
    ]);
    const deeper = ladder(3);
    goal(deeper, 2).serves = [];
    expect(withDetails(deeper)).toEqual([
      ['GOAL_WITHOUT_PLAN', { goal: 'g0' }],
      ['GOAL_WITHOUT_PLAN', { goal: 'g1' }],
      ['LADDER_GOAL_NOT_BROKEN_DOWN', { goal: 'g1', tier: 'Led 1', below: 'Led 2' }],
      ['LADDER_GOAL_SERVES_NOTHING', { goal: 'g2', understrategi: 'u2', tier: 'Led 2', above: 'Led 1' }],
      ['PLAN_STOPS_AT_UNDERSTRATEGI', { plan: 'p', goals: ['g3'] }],
    ]);
  });

  it('an unknown tier and an unknown served goal are located errors with a suggestion', () => {
    const d = ladder(2);
    d.strategy!.understrategier![1]!.tier = 't3';
    d.strategy!.understrategier![0]!.goals[0]!.serves = ['g00'];
    const found = validate(d).findings.filter(
      (f) => f.code.startsWith('LADDER_UNKNOWN') || f.code === 'LADDER_SERVES_UNKNOWN_GOAL',
    );
    expect(found.map((f) => [f.code, f.location.path, f.details])).toEqual([
      [
        'LADDER_SERVES_UNKNOWN_GOAL',
        ['strategy', 'understrategier', 0, 'goals', 0, 'serves', 0],
        { goal: 'g1', serves: 'g00', suggestion: 'g0' },
      ],
      [
        'LADDER_UNKNOWN_TIER',
        ['strategy', 'understrategier', 1, 'tier'],
        { understrategi: 'u2', tier: 't3', suggestion: 't1' },
      ],
    ]);
  });

  it('a tier given without a declared ladder is an unknown tier', () => {
    const d = ladder(1);
    delete d.strategy!.tiers;
    expect(codes(d)).toEqual(['LADDER_UNKNOWN_TIER']);
  });

  it('without a ladder, a goal serving itself is no longer "not a RUS goal"', () => {
    const d = ladder(1);
    delete d.strategy!.tiers;
    delete d.strategy!.understrategier![0]!.tier;
    goal(d, 1).serves!.push('g1');
    expect(codes(d)).toEqual(['LADDER_GOAL_SERVES_ITSELF']);
  });

  it('a document set keeps the ladder: tiers from one file, understrategier and plans from others', () => {
    const whole = ladder(2);
    const strategyFile: Document = {
      formatVersion: 1,
      strategy: { ...whole.strategy!, understrategier: [whole.strategy!.understrategier![0]!] },
    };
    const planFile: Document = {
      formatVersion: 1,
      strategy: { understrategier: [whole.strategy!.understrategier![1]!] },
      plans: whole.plans!,
    };
    const merged = mergeDocuments([
      { document: strategyFile, file: 'strategi.yaml' },
      { document: planFile, file: 'plan.yaml' },
    ]);
    expect(merged.findings).toEqual([]);
    expect(codes(merged.document)).toEqual([]);

    const twice = mergeDocuments([
      { document: strategyFile, file: 'strategi.yaml' },
      {
        document: {
          ...planFile,
          strategy: { ...planFile.strategy!, tiers: [{ id: 't2', name: 'Igen' }], tierSkipping: 'allowed' },
        },
        file: 'plan.yaml',
      },
    ]);
    expect(twice.findings.map((f) => [f.code, f.location.file, f.details.kind, f.details.id])).toEqual([
      ['DUPLICATE_DEFINITION', 'plan.yaml', 'strategy.tiers', 't2'],
    ]);
    const skipping = mergeDocuments([
      {
        document: { ...strategyFile, strategy: { ...strategyFile.strategy!, tierSkipping: 'forbidden' } },
        file: 'strategi.yaml',
      },
      {
        document: { ...planFile, strategy: { ...planFile.strategy!, tierSkipping: 'allowed' } },
        file: 'plan.yaml',
      },
    ]);
    expect(skipping.findings.map((f) => [f.code, f.location.file, f.details.kind, f.details.id])).toEqual([
      ['DUPLICATE_DEFINITION', 'plan.yaml', 'strategy.tierSkipping', 'allowed'],
    ]);
    expect(skipping.document.strategy?.tierSkipping).toBe('forbidden');
  });
});
