import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { EffektkedjaError, LEVELS, type Plan, parseDocument, writeDocument } from '../../src/index.js';
import {
  checkConformance,
  INVESTERINGAR_INFRASTRUKTUR,
  instantiate,
  KUNSKAP_STRATEGIER,
  NATIONAL_TEMPLATES,
  safeInstantiate,
  VAROR_TJANSTER_DIREKT,
  VAROR_TJANSTER_INDIREKT,
} from '../../src/templates/index.js';
import { codes, withPlan } from './helpers.js';

// What a fresh plan still lacks, per template: the placeholders, a baseline and a
// target per mandatory indicator, and its links to the strategy. Nothing else.
const expected: [string, string[]][] = [
  [
    INVESTERINGAR_INFRASTRUKTUR.id,
    [
      'INDICATOR_WITHOUT_BASELINE',
      'INDICATOR_WITHOUT_BASELINE',
      'INDICATOR_WITHOUT_TARGET',
      'INDICATOR_WITHOUT_TARGET',
      'PLACEHOLDER_LEFT',
      'PLACEHOLDER_LEFT',
      'PLAN_WITHOUT_GOAL_LINKS',
    ],
  ],
  [
    KUNSKAP_STRATEGIER.id,
    [
      'INDICATOR_WITHOUT_BASELINE',
      'INDICATOR_WITHOUT_TARGET',
      'PLACEHOLDER_LEFT',
      'PLACEHOLDER_LEFT',
      'PLAN_WITHOUT_GOAL_LINKS',
    ],
  ],
  [
    VAROR_TJANSTER_INDIREKT.id,
    [
      'INDICATOR_WITHOUT_BASELINE',
      'INDICATOR_WITHOUT_TARGET',
      'PLACEHOLDER_LEFT',
      'PLACEHOLDER_LEFT',
      'PLAN_WITHOUT_GOAL_LINKS',
    ],
  ],
  [
    VAROR_TJANSTER_DIREKT.id,
    ['INDICATOR_WITHOUT_BASELINE', 'INDICATOR_WITHOUT_TARGET', 'PLACEHOLDER_LEFT', 'PLAN_WITHOUT_GOAL_LINKS'],
  ],
];

const byId = (id: string) => NATIONAL_TEMPLATES.find((t) => t.id === id)!;

describe('instantiate', () => {
  it.each(expected)('%s validates to only the findings a user must fill in', (id, want) => {
    const plan = instantiate(byId(id), { planId: 'ny', name: 'Ny plan', period: { from: 2025, to: 2027 } });
    expect(codes(withPlan(plan))).toEqual(want);
  });

  it.each(expected)(
    '%s without a strategy reports STRATEGY_MISSING and still the missing goal links',
    (id, want) => {
      const plan = instantiate(byId(id), { planId: 'ny', name: 'Ny plan' });
      expect(want).toContain('PLAN_WITHOUT_GOAL_LINKS');
      expect(codes({ formatVersion: 1, plans: [plan] })).toEqual(['STRATEGY_MISSING', ...want].sort());
    },
  );

  it.each(NATIONAL_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s has a box on every level, linked in order, the mandatory indicators on the output',
    (_id, template) => {
      const plan = instantiate(template, { planId: 'p', name: 'P' });
      expect(plan.template).toBe(template.id);
      expect(plan.kind).toBe('projekt');
      expect(plan.boxes.map((b) => b.level)).toEqual([...LEVELS]);
      expect(plan.boxes.map((b) => b.id)).toEqual(template.boxes.map((b) => `p-${b.id}`));
      expect(plan.links).toEqual(plan.boxes.slice(1).map((b, i) => ({ from: plan.boxes[i]!.id, to: b.id })));
      const output = plan.boxes.find((b) => b.level === 'prestationer')!;
      const mandatory = template.boxes.flatMap((b) => b.indicators ?? []).filter((i) => i.mandatory);
      expect(output.indicators?.map((i) => [i.id, i.kind, i.mandatory])).toEqual(
        mandatory.map((i) => [i.id, i.kind, true]),
      );
      expect(checkConformance(plan, template)).toEqual([]);
    },
  );

  it.each(NATIONAL_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s round-trips through YAML and JSON',
    (_id, t) => {
      const doc = withPlan(instantiate(t, { planId: 'ny', name: 'Ny', kind: 'insatsplan' }));
      for (const format of ['yaml', 'json'] as const) {
        const back = parseDocument(writeDocument(doc, { format }), { format });
        expect(back.findings).toEqual([]);
        expect(back.ok && back.value).toEqual(doc);
      }
    },
  );

  it('writes English texts when asked', () => {
    const plan = instantiate(VAROR_TJANSTER_DIREKT, { planId: 'p', name: 'P', language: 'en' });
    expect(plan.boxes.map((b) => b.text).slice(3)).toEqual([
      'Greater capability',
      'Changed behaviour',
      'Effects of changed behaviour (competitiveness)',
    ]);
    expect(plan.boxes[2]!.indicators![0]!.name).toBe(
      'Number of participating firms (with organisation numbers)',
    );
  });

  it('does not share or change the template’s data', () => {
    const plan = instantiate(KUNSKAP_STRATEGIER, { planId: 'p', name: 'P' }) as Draft<Plan>;
    plan.boxes[2]!.indicators![0]!.name = 'ändrad';
    expect(KUNSKAP_STRATEGIER.boxes[2]!.indicators![0]!.name).toBe('Antal framtagna kunskapsunderlag');
    expect(Object.isFrozen(KUNSKAP_STRATEGIER.boxes[2])).toBe(true);
  });

  it('uses a given id prefix, or none when the default would make ids too long', () => {
    expect(instantiate(KUNSKAP_STRATEGIER, { planId: 'p', name: 'P', idPrefix: '' }).boxes[0]!.id).toBe(
      'resurser',
    );
    const long = 'x'.repeat(200);
    expect(instantiate(KUNSKAP_STRATEGIER, { planId: long, name: 'P' }).boxes[0]!.id).toBe('resurser');
  });

  it('refuses bad options with findings, and the throwing twin carries them', () => {
    const r = safeInstantiate(KUNSKAP_STRATEGIER, {
      planId: 'has space',
      name: 'P',
      kind: 'nope' as 'projekt',
      period: { from: 2020, to: 'never' as unknown as number },
      idPrefix: 'bad prefix ',
    });
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.details.field])).toEqual([
      ['TEMPLATE_OPTION_INVALID', 'planId'],
      ['TEMPLATE_OPTION_INVALID', 'kind'],
      ['TEMPLATE_OPTION_INVALID', 'period'],
    ]);
    const prefix = safeInstantiate(KUNSKAP_STRATEGIER, { planId: 'p', name: 'P', idPrefix: 'a b' });
    expect(prefix.findings.map((f) => [f.code, f.details.field])).toEqual([
      ['TEMPLATE_OPTION_INVALID', 'idPrefix'],
    ]);
    expect(() => instantiate(KUNSKAP_STRATEGIER, { planId: '', name: 'P' })).toThrow(EffektkedjaError);
    const bad = safeInstantiate({ ...KUNSKAP_STRATEGIER, boxes: [], links: [] }, { planId: 'p', name: 'P' });
    expect(bad.findings.map((f) => [f.code, f.details.problem])).toEqual([['TEMPLATE_INVALID', 'no-boxes']]);
  });

  it('makes a plan that validates to only fill-in findings for any valid id and name', () => {
    const id = fc.stringMatching(/^[\p{L}\p{N}_.:-]{1,200}$/u);
    fc.assert(
      fc.property(fc.constantFrom(...NATIONAL_TEMPLATES), id, fc.string(), (template, planId, name) => {
        fc.pre(planId !== 'p'); // the id of the document's own plan
        const plan = instantiate(template, { planId, name });
        expect(plan.id).toBe(planId);
        expect(plan.name).toBe(name);
        const want = expected.find(([t]) => t === template.id)![1];
        expect(codes(withPlan(plan))).toEqual(want);
      }),
      { numRuns: 200, seed: 4 },
    );
  });
});
