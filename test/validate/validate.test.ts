import { describe, expect, it } from 'vitest';
import { createCustomFinding, type Document, type Plan, type Rule, validate } from '../../src/index.js';
import { validDocument } from '../support/documents.js';
import { findingData } from '../support/findings.js';

const codes = (doc: Document) => validate(doc).findings.map((f) => f.code);
const plan = (doc: Document): Plan => doc.plans![0]!;
const box = (doc: Document, id: string) => plan(doc).boxes.find((b) => b.id === id)!;
const change = (edit: (doc: Document) => void) => {
  const doc = structuredClone(validDocument());
  edit(doc);
  return doc;
};

// Each row: the code, and an edit of the valid document that must produce exactly these codes.
const cases: [string, (doc: Document) => void, string[]][] = [
  [
    'DUPLICATE_ID',
    (d) => void plan(d).boxes.push({ id: 'u', level: 'utfall', text: 'Igen' }),
    ['DUPLICATE_ID'],
  ],
  [
    'LINK_UNKNOWN_BOX',
    (d) => void (plan(d).links![4]!.to = 'll'),
    ['LINK_UNKNOWN_BOX', 'ISOLATED_BOX', 'ACTIVITY_WITHOUT_EFFECT'],
  ],
  ['DUPLICATE_LINK', (d) => void plan(d).links!.push({ from: 'r', to: 'a' }), ['DUPLICATE_LINK']],
  ['LINK_BACKWARDS', (d) => void plan(d).links!.push({ from: 'u', to: 'a' }), ['LINK_BACKWARDS', 'CYCLE']],
  [
    'LINK_SAME_LEVEL',
    (d) => {
      plan(d).boxes.push({ id: 'a2', level: 'aktiviteter', text: 'Mer' });
      plan(d).links!.push({ from: 'a', to: 'a2' });
    },
    ['LINK_SAME_LEVEL', 'ACTIVITY_WITHOUT_EFFECT'],
  ],
  ['LINK_SKIPS_LEVEL', (d) => void plan(d).links!.push({ from: 'a', to: 'l' }), ['LINK_SKIPS_LEVEL']],
  [
    'ACTIVITY_WITHOUT_EFFECT',
    (d) => {
      plan(d).boxes.push({ id: 'a2', level: 'aktiviteter', text: 'Mer' });
      plan(d).links!.push({ from: 'r', to: 'a2' });
    },
    ['ACTIVITY_WITHOUT_EFFECT'],
  ],
  [
    'EFFECT_NOT_REACHED',
    (d) => {
      plan(d).boxes.push({ id: 'k2', level: 'kortsiktiga', text: 'Annat' });
      plan(d).links!.push({ from: 'k2', to: 'l' });
    },
    ['EFFECT_NOT_REACHED'],
  ],
  [
    'RESOURCE_UNUSED',
    (d) => {
      plan(d).boxes.push({ id: 'r2', level: 'resurser', text: 'Mer pengar' });
      plan(d).links!.push({ from: 'r2', to: 'o' });
    },
    ['RESOURCE_UNUSED', 'LINK_SKIPS_LEVEL'],
  ],
  [
    'ISOLATED_BOX',
    (d) => void plan(d).boxes.push({ id: 'x', level: 'utfall', text: 'Ensam' }),
    ['ISOLATED_BOX'],
  ],
  [
    'LEVEL_MISSING',
    (d) => {
      plan(d).boxes = plan(d).boxes.filter((b) => b.id !== 'r');
      plan(d).links = plan(d).links!.filter((l) => l.from !== 'r');
    },
    ['LEVEL_MISSING'],
  ],
  ['PLACEHOLDER_LEFT', (d) => void (box(d, 'u').placeholder = true), ['PLACEHOLDER_LEFT']],
  ['OUTPUT_WITHOUT_INDICATOR', (d) => void delete box(d, 'o').indicators, ['OUTPUT_WITHOUT_INDICATOR']],
  [
    'INDICATOR_WITHOUT_BASELINE',
    (d) => void delete box(d, 'o').indicators![0]!.baseline,
    ['INDICATOR_WITHOUT_BASELINE'],
  ],
  [
    'INDICATOR_WITHOUT_TARGET',
    (d) => void delete box(d, 'o').indicators![0]!.targets,
    ['INDICATOR_WITHOUT_TARGET'],
  ],
  [
    'TARGET_OUTSIDE_PERIOD',
    (d) => void (box(d, 'o').indicators![0]!.targets![0]!.year = 2029),
    ['TARGET_OUTSIDE_PERIOD'],
  ],
  [
    'PERCENT_OVER_100',
    (d) => {
      const i = box(d, 'o').indicators![0]!;
      i.kind = 'percent';
      i.targets = [{ value: 120, year: 2026 }];
    },
    ['PERCENT_OVER_100'],
  ],
  [
    'VALUE_KIND_MISMATCH',
    (d) => void (box(d, 'o').indicators![0]!.targets = [{ value: '10', year: 2026 }]),
    ['VALUE_KIND_MISMATCH'],
  ],
  [
    'SPAN_REVERSED',
    (d) => void (plan(d).period = { from: 2026, to: 2024 }),
    ['SPAN_REVERSED', 'TARGET_OUTSIDE_PERIOD'],
  ],
  ['STRATEGY_MISSING', (d) => void delete d.strategy, ['STRATEGY_MISSING']],
  [
    'GOAL_LINK_UNKNOWN_BOX',
    (d) => void plan(d).goalLinks!.push({ from: 'nope', goal: 'U1' }),
    ['GOAL_LINK_UNKNOWN_BOX'],
  ],
  [
    'GOAL_LINK_UNKNOWN_GOAL',
    (d) => void (plan(d).goalLinks![0]!.goal = 'U2'),
    ['GOAL_LINK_UNKNOWN_GOAL', 'GOAL_WITHOUT_PLAN', 'GOAL_WITHOUT_PLAN'],
  ],
  [
    'GOAL_LINK_FROM_EARLY_LEVEL',
    (d) => void plan(d).goalLinks!.push({ from: 'a', goal: 'U1' }),
    ['GOAL_LINK_FROM_EARLY_LEVEL'],
  ],
  [
    'PLAN_WITHOUT_GOAL_LINKS',
    (d) => void (plan(d).goalLinks = []),
    ['PLAN_WITHOUT_GOAL_LINKS', 'GOAL_WITHOUT_PLAN', 'GOAL_WITHOUT_PLAN'],
  ],
  [
    'PLAN_STOPS_AT_UNDERSTRATEGI',
    (d) => void delete d.strategy!.understrategier![0]!.goals[0]!.serves,
    [
      'PLAN_STOPS_AT_UNDERSTRATEGI',
      'UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL',
      'RUS_GOAL_WITHOUT_UNDERSTRATEGI',
      'GOAL_WITHOUT_PLAN',
    ],
  ],
  [
    'PLAN_SKIPS_UNDERSTRATEGI',
    (d) => void (plan(d).goalLinks![0]!.goal = 'R1'),
    ['PLAN_SKIPS_UNDERSTRATEGI', 'GOAL_WITHOUT_PLAN'],
  ],
  [
    'GOAL_LINK_SKIPS_UNDERSTRATEGI',
    (d) => void plan(d).goalLinks!.push({ from: 'k', goal: 'R1' }),
    ['GOAL_LINK_SKIPS_UNDERSTRATEGI'],
  ],
  [
    'SERVES_UNKNOWN_GOAL',
    (d) => void (d.strategy!.understrategier![0]!.goals[0]!.serves = ['R1', 'R9']),
    ['SERVES_UNKNOWN_GOAL'],
  ],
  [
    'UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL',
    (d) => void d.strategy!.understrategier![0]!.goals.push({ id: 'U2', text: 'x' }),
    ['UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL', 'GOAL_WITHOUT_PLAN'],
  ],
  [
    'RUS_GOAL_WITHOUT_UNDERSTRATEGI',
    (d) => void d.strategy!.rus!.goals.push({ id: 'R2', text: 'x' }),
    ['RUS_GOAL_WITHOUT_UNDERSTRATEGI', 'GOAL_WITHOUT_PLAN'],
  ],
  [
    'GOAL_WITHOUT_PLAN',
    (d) => void d.strategy!.understrategier![0]!.goals.push({ id: 'U2', text: 'x', serves: ['R1'] }),
    ['GOAL_WITHOUT_PLAN'],
  ],
  [
    'HORIZON_NOT_NESTED',
    (d) => {
      plan(d).period = { from: 2024, to: 2028 };
    },
    ['HORIZON_NOT_NESTED'],
  ],
  [
    'CLASSIFICATION_UNKNOWN_VALUE',
    (d) =>
      void (plan(d).classification = {
        vocabulary: 'nationell-strategi-2015-2020',
        prioritering: 'Innovation och företagand',
      }),
    ['CLASSIFICATION_UNKNOWN_VALUE'],
  ],
  [
    'VOCABULARY_UNKNOWN',
    (d) => void (plan(d).classification = { vocabulary: 'nationell-strategi-2030' }),
    ['VOCABULARY_UNKNOWN'],
  ],
];

describe('validate: each rule', () => {
  it('finds nothing in the valid document', () => {
    expect(codes(validDocument())).toEqual([]);
  });

  it.each(cases)('%s', (code, edit, expected) => {
    const found = codes(change(edit));
    expect(found).toContain(code);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it('names the boxes of a cycle in order', () => {
    const doc = change((d) => void plan(d).links!.push({ from: 'u', to: 'a' }));
    const cycle = validate(doc).findings.find((f) => f.code === 'CYCLE')!;
    expect(cycle.details.boxes).toEqual(['a', 'o', 'u']);
    expect(findingData(cycle)).toEqual({
      code: 'CYCLE',
      details: { boxes: ['a', 'o', 'u'] },
      location: { box: 'a', path: ['plans', 0, 'boxes', 1], plan: 'p' },
      severity: 'error',
    });
  });

  it('suggests the box id a link probably meant', () => {
    const doc = change((d) => void (plan(d).links![4]!.to = 'll'));
    const f = validate(doc).findings.find((x) => x.code === 'LINK_UNKNOWN_BOX')!;
    expect(f.details.suggestion).toBe('l');
    expect(f.location).toMatchObject({
      plan: 'p',
      path: ['plans', 0, 'links', 4],
      link: { from: 'k', to: 'll' },
    });
  });
});

describe('validate: options', () => {
  const skipping = change((d) => void plan(d).links!.push({ from: 'a', to: 'l' }));

  it('turns rules off by name or code', () => {
    expect(codes(skipping)).toEqual(['LINK_SKIPS_LEVEL']);
    expect(validate(skipping, { disable: ['link-direction'] }).findings).toEqual([]);
    expect(validate(skipping, { disable: ['LINK_SKIPS_LEVEL'] }).findings).toEqual([]);
  });

  it('overrides severity globally and per plan', () => {
    expect(validate(skipping, { severity: { LINK_SKIPS_LEVEL: 'error' } }).summary.errors).toBe(1);
    const perPlan = validate(skipping, {
      severity: { LINK_SKIPS_LEVEL: 'error' },
      plans: { p: { severity: { LINK_SKIPS_LEVEL: 'off' } } },
    });
    expect(perPlan.findings).toEqual([]);
  });

  it('runs custom rules through the same interface and survives one that throws', () => {
    const noEnglish: Rule = {
      name: 'no-short-text',
      codes: ['X_SHORT_TEXT'],
      *check({ plans }) {
        for (const p of plans) {
          for (const b of p.plan.boxes) {
            if (b.text.length < 6) {
              yield createCustomFinding(
                'X_SHORT_TEXT',
                'info',
                { plan: p.plan.id, box: b.id },
                { box: b.id },
                {
                  sv: { text: (d) => `Kort text i ${d.box}` },
                  en: { text: (d) => `Short text in ${d.box}` },
                },
              );
            }
          }
        }
      },
    };
    const broken: Rule = {
      name: 'broken',
      codes: [],
      check: () => {
        throw new Error('boom');
      },
    };
    const report = validate(validDocument(), { rules: [noEnglish, broken] });
    expect(report.findings.map(findingData)).toEqual([
      {
        code: 'RULE_FAILED',
        severity: 'error',
        location: { path: [] },
        details: { rule: 'broken', reason: 'boom' },
      },
      { code: 'X_SHORT_TEXT', severity: 'info', location: { plan: 'p', box: 'r' }, details: { box: 'r' } },
    ]);
    // A custom rule brings its own words.
    expect(report.findings[1]!.message).toEqual({ sv: 'Kort text i r', en: 'Short text in r' });
  });

  it('never throws on a 5,000-box chain on one level or a 100,000-box chain', () => {
    const doc = validDocument();
    const many = Array.from({ length: 5000 }, (_, i) => ({
      id: `a${i}`,
      level: 'aktiviteter' as const,
      text: 'x',
    }));
    plan(doc).boxes.push(...many);
    plan(doc).links!.push(...many.slice(1).map((b, i) => ({ from: `a${i}`, to: b.id })));
    const report = validate(doc);
    expect(report.findings.filter((f) => f.code === 'LINK_SAME_LEVEL')).toHaveLength(4999);

    const long = validDocument();
    const chain = Array.from({ length: 100_000 }, (_, i) => ({
      id: `c${i}`,
      level: 'utfall' as const,
      text: 'x',
    }));
    plan(long).boxes.push(...chain);
    plan(long).links!.push(...chain.map((b, i) => ({ from: b.id, to: `c${(i + 1) % chain.length}` })));
    const cyc = validate(long).findings.filter((f) => f.code === 'CYCLE');
    expect(cyc).toHaveLength(1);
    expect(cyc[0]!.details.boxes).toHaveLength(100_000);
  });
});
