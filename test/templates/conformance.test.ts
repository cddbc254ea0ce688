import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { buildContext, type Document, type Plan, type Rule, type Template } from '../../src/index.js';
import {
  checkConformance,
  createTemplateRegistry,
  instantiate,
  NATIONAL_TEMPLATES,
} from '../../src/templates/index.js';
import { templateConformanceRule } from '../../src/validate/rules/template-conformance.js';
import { findingData } from '../support/findings.js';
import { check, codes, withPlan } from './helpers.js';

// An activity in the words of each template, as the seed's examples put them.
const ACTIVITY: Record<string, string> = {
  'investeringar-infrastruktur': 'Utbyggnad av bredbandsnät på landsbygden',
  'kunskap-strategier': 'Kartläggning och analys av regionens kompetensbehov',
  'varor-tjanster-indirekt': 'Klusterorganisationen och företagsfrämjare utvecklar nya arbetssätt',
  'varor-tjanster-direkt': 'Rådgivning och coachning till små företag om export',
};

const fresh = (t: Template) => instantiate(t, { planId: 'p', name: 'P' }) as Draft<Plan>;
const conform = (plan: Plan, t: Template) =>
  checkConformance(plan, t, { path: ['plans', 0] }).map((f) => ({
    code: f.code,
    box: f.location.box,
    path: f.location.path,
    details: f.details,
  }));

describe.each(NATIONAL_TEMPLATES.map((t) => [t.id, t] as const))('checkConformance on %s', (_id, t) => {
  it('finds nothing on the fresh plan or with its own kind of activity', () => {
    const plan = fresh(t);
    plan.boxes[1]!.text = ACTIVITY[t.id]!;
    expect(conform(plan, t)).toEqual([]);
  });

  it('reports a level of the template the plan has no box on', () => {
    const plan = fresh(t);
    plan.boxes = plan.boxes.filter((b) => b.level !== 'utfall');
    expect(conform(plan, t)).toEqual([
      {
        code: 'TEMPLATE_LEVEL_MISSING',
        box: undefined,
        path: ['plans', 0, 'boxes'],
        details: { template: t.id, level: 'utfall', expected: t.boxes[3]!.text },
      },
    ]);
  });

  it('reports each mandatory indicator that is missing, at the output box', () => {
    const plan = fresh(t);
    delete plan.boxes[2]!.indicators;
    const mandatory = t.boxes[2]!.indicators!.filter((i) => i.mandatory);
    expect(conform(plan, t)).toEqual(
      mandatory.map((i) => ({
        code: 'TEMPLATE_INDICATOR_MISSING',
        box: 'p-prestation',
        path: ['plans', 0, 'boxes', 2],
        details: { template: t.id, indicator: i.id, name: i.name, level: 'prestationer' },
      })),
    );
  });

  it('accepts a mandatory indicator under another id by its name, in Swedish or English', () => {
    const plan = fresh(t);
    for (const [n, i] of plan.boxes[2]!.indicators!.entries()) {
      i.id = `egen-${n}`;
      i.name = ` ${(n % 2 ? t.boxes[2]!.indicators![n]!.nameEn : i.name)!.toUpperCase()} `;
    }
    expect(conform(plan, t)).toEqual([]);
  });

  it('reports a mandatory indicator of another kind or on another level', () => {
    const plan = fresh(t);
    const indicator = plan.boxes[2]!.indicators!.pop()!;
    const expectedKind = indicator.kind;
    indicator.kind = 'percent';
    plan.boxes[3]!.indicators = [indicator];
    expect(conform(plan, t).map((f) => [f.code, f.box, f.details.indicator])).toEqual([
      ['TEMPLATE_INDICATOR_KIND', 'p-utfall', indicator.id],
      ['TEMPLATE_INDICATOR_LEVEL', 'p-utfall', indicator.id],
    ]);
    expect(conform(plan, t)[0]!.details).toMatchObject({ kind: 'percent', expected: expectedKind });
  });

  it.each(NATIONAL_TEMPLATES.filter((o) => o.id !== t.id).map((o) => [o.id] as const))(
    'reports an activity in the words of %s, with the words',
    (other) => {
      const plan = fresh(t);
      plan.boxes[1]!.text = ACTIVITY[other]!;
      const found = conform(plan, t);
      expect(found.map((f) => [f.code, f.box, f.details.suggested])).toEqual([
        ['TEMPLATE_ACTIVITY_MISMATCH', 'p-aktivitet', other],
      ]);
      expect((found[0]!.details.words as string[]).length).toBeGreaterThan(0);
      for (const w of found[0]!.details.words as string[])
        expect(ACTIVITY[other]!.toLowerCase()).toContain(w.slice(0, 5).toLowerCase());
    },
  );

  it('leaves alone an activity with no known words or with words of its own template too', () => {
    const plan = fresh(t);
    plan.boxes[1]!.text = 'Något helt annat';
    plan.boxes.push({
      id: 'a2',
      level: 'aktiviteter',
      text: `${ACTIVITY[t.id]} och ${Object.values(ACTIVITY).join(', ')}`,
    });
    expect(conform(plan, t)).toEqual([]);
  });
});

describe('the template-conformance rule', () => {
  const plan = (template: string): Draft<Plan> => ({ ...fresh(NATIONAL_TEMPLATES[1]!), template });

  it('does nothing for plans without a template, so the examples stay clean', () => {
    const doc = withPlan({ ...fresh(NATIONAL_TEMPLATES[0]!), id: 'q' });
    delete doc.plans![1]!.template;
    expect(check(doc).findings.filter((f) => f.code.startsWith('TEMPLATE_'))).toEqual([]);
  });

  it('reports an unknown template with the closest known id', () => {
    const found = check(withPlan(plan('kunskap-strategi'))).findings.filter(
      (f) => f.code === 'TEMPLATE_UNKNOWN',
    );
    expect(found.map((f) => [f.location.plan, f.location.path, f.details.suggestion])).toEqual([
      ['p', ['plans', 1, 'template'], 'kunskap-strategier'],
    ]);
    expect(findingData(found[0]!)).toEqual({
      code: 'TEMPLATE_UNKNOWN',
      details: {
        known: [
          'investeringar-infrastruktur',
          'kunskap-strategier',
          'varor-tjanster-indirekt',
          'varor-tjanster-direkt',
        ],
        suggestion: 'kunskap-strategier',
        template: 'kunskap-strategi',
      },
      location: { path: ['plans', 1, 'template'], plan: 'p' },
      severity: 'error',
    });
  });

  it('runs conformance with paths into the document', () => {
    const p = plan('kunskap-strategier');
    p.id = 'q';
    p.boxes[1]!.text = ACTIVITY['varor-tjanster-direkt']!;
    const found = check(withPlan(p)).findings.filter((f) => f.code.startsWith('TEMPLATE_'));
    expect(found.map((f) => [f.code, f.location.plan, f.location.path])).toEqual([
      ['TEMPLATE_ACTIVITY_MISMATCH', 'q', ['plans', 1, 'boxes', 1]],
    ]);
  });

  const regional: Template = {
    id: 'gotland-insatsplan',
    name: 'Insatsplan med effektkedja',
    boxes: [
      { id: 'a', level: 'aktiviteter', text: 'Insats' },
      {
        id: 'o',
        level: 'prestationer',
        text: 'Leverans',
        indicators: [{ id: 'antal-insatser', name: 'Antal insatser', kind: 'count', mandatory: true }],
      },
    ],
    links: [{ from: 'a', to: 'o' }],
  };

  it('checks plans against the document’s own templates, and only by their levels and indicators', () => {
    const p: Draft<Plan> = { ...plan('gotland-insatsplan'), id: 'q' };
    p.boxes[1]!.text = ACTIVITY['varor-tjanster-direkt']!;
    const doc: Document = { ...withPlan(p), templates: [regional] };
    const found = check(doc).findings.filter((f) => f.code.startsWith('TEMPLATE_'));
    expect(found.map((f) => [f.code, f.details.indicator])).toEqual([
      ['TEMPLATE_INDICATOR_MISSING', 'antal-insatser'],
    ]);
  });

  it('refuses a document template that takes a national id or is broken, without also calling it unknown', () => {
    const broken = { ...regional, links: [{ from: 'a', to: 'saknas' }] };
    const doc: Document = {
      ...withPlan({ ...plan('gotland-insatsplan'), id: 'q' }),
      templates: [{ ...regional, id: 'kunskap-strategier' }, broken, broken],
    };
    const found = check(doc).findings.filter(
      (f) => f.code.startsWith('TEMPLATE_') || f.code === 'DUPLICATE_ID',
    );
    expect(found.map((f) => [f.code, f.location.path])).toEqual([
      ['DUPLICATE_ID', ['templates', 2, 'id']],
      ['TEMPLATE_DUPLICATE_ID', ['templates', 0, 'id']],
      ['TEMPLATE_INVALID', ['templates', 1, 'links', 0, 'to']],
    ]);
  });

  it('answers each document as a fresh rule does when one rule checks documents in turn', () => {
    // The rule keeps its word finder while the template list holds the same templates.
    const mismatch = (template: string, activity: string): Plan => {
      const p = { ...plan(template), id: `q-${template}` };
      p.boxes = p.boxes.map((b, i) => (i === 1 ? { ...b, text: activity } : b));
      return p;
    };
    const registry = createTemplateRegistry();
    const docs: Document[] = [
      withPlan(mismatch('kunskap-strategier', ACTIVITY['varor-tjanster-direkt']!)),
      {
        ...withPlan(mismatch('gotland-insatsplan', ACTIVITY['varor-tjanster-direkt']!)),
        templates: [regional],
      },
      withPlan(mismatch('varor-tjanster-direkt', ACTIVITY['kunskap-strategier']!)),
      withPlan(mismatch('kunskap-strategier', ACTIVITY['varor-tjanster-direkt']!)),
    ];
    const shared = templateConformanceRule(registry);
    const run = (rule: Rule, doc: Document) => [...rule.check(buildContext(doc))];
    const first = run(shared, docs[0]!);
    expect(first.map((f) => f.code)).toEqual(['TEMPLATE_ACTIVITY_MISMATCH']);
    for (const doc of docs) expect(run(shared, doc)).toEqual(run(templateConformanceRule(registry), doc));
    // A template registered later joins the list: the kept finder is not used for it.
    registry.register({ ...regional, id: 'senare', keywords: ['rådgivning'] });
    expect(run(shared, docs[0]!)).toEqual(run(templateConformanceRule(registry), docs[0]!));
  });

  it('can be given a registry of its own', () => {
    const registry = createTemplateRegistry({ national: false, templates: [regional] });
    const rule = templateConformanceRule(registry);
    const doc = withPlan({ ...plan('kunskap-strategier'), id: 'q' });
    expect([...rule.check({ document: doc, plans: [], goals: new Map(), hasStrategy: true })]).toEqual([]);
    expect(codes(doc)).not.toContain('TEMPLATE_UNKNOWN');
  });
});
