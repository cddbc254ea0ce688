import { describe, expect, it } from 'vitest';
import { LEVELS, NATIONAL_GOAL, type Template } from '../../src/index.js';
import {
  checkTemplate,
  createTemplateRegistry,
  NATIONAL_TEMPLATES,
  TRACK_IDS,
  TRACKS,
} from '../../src/templates/index.js';
import { editable } from '../support/mutate.js';

const regional: Template = {
  id: 'region-insatsplan',
  name: 'Regionens insatsplan',
  boxes: [
    { id: 'a', level: 'aktiviteter', text: 'Insats' },
    { id: 'o', level: 'prestationer', text: 'Leverans' },
  ],
  links: [{ from: 'a', to: 'o' }],
};

describe('the national templates', () => {
  it('are four, on the three tracks, in the chart’s order', () => {
    expect(NATIONAL_TEMPLATES.map((t) => [t.id, t.track])).toEqual([
      ['investeringar-infrastruktur', 'direktspar'],
      ['kunskap-strategier', 'utvecklings-och-samverkansspar'],
      ['varor-tjanster-indirekt', 'utvecklings-och-samverkansspar'],
      ['varor-tjanster-direkt', 'insatsspar'],
    ]);
    expect(Object.keys(TRACKS)).toEqual([...TRACK_IDS]);
    expect(TRACKS.insatsspar.arena.sv).toBe('Företag');
    expect(NATIONAL_GOAL.sv).toContain('Utvecklingskraft');
  });

  it.each(NATIONAL_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s is a valid template with sv and en words',
    (_id, t) => {
      expect(checkTemplate(t)).toEqual({ ok: true, value: t, findings: [] });
      expect(t.boxes.map((b) => b.level)).toEqual([...LEVELS]);
      expect(t.boxes[0]!.placeholder).toBe(true);
      expect(t.nameEn).toBeTruthy();
      for (const b of t.boxes) expect(b.textEn).toBeTruthy();
      const mandatory = t.boxes.flatMap((b) =>
        (b.indicators ?? []).map((i) => [b.level, i.mandatory, i.nameEn]),
      );
      expect(mandatory.length).toBeGreaterThan(0);
      for (const [level, isMandatory, en] of mandatory) {
        expect(level).toBe('prestationer');
        expect(isMandatory).toBe(true);
        expect(en).toBeTruthy();
      }
      expect(t.keywords?.length).toBeGreaterThan(5);
      expect(Object.isFrozen(t) && Object.isFrozen(t.boxes) && Object.isFrozen(t.boxes[2]!.indicators)).toBe(
        true,
      );
    },
  );

  it('follow the chart: placeholders exactly where it leaves a level empty', () => {
    const placeholders = NATIONAL_TEMPLATES.map((t) =>
      t.boxes.filter((b) => b.placeholder).map((b) => b.level),
    );
    expect(placeholders).toEqual([
      ['resurser', 'kortsiktiga'],
      ['resurser', 'langsiktiga'],
      ['resurser', 'langsiktiga'],
      ['resurser'],
    ]);
  });
});

describe('createTemplateRegistry', () => {
  it('lists and gets the national templates', () => {
    const r = createTemplateRegistry();
    expect(r.list()).toEqual(NATIONAL_TEMPLATES);
    expect(r.get('varor-tjanster-direkt')).toBe(NATIONAL_TEMPLATES[3]);
    expect(r.get('saknas')).toBeUndefined();
    expect(r.has('kunskap-strategier')).toBe(true);
    expect(createTemplateRegistry({ national: false }).list()).toEqual([]);
  });

  it('registers a region’s template as a frozen copy', () => {
    const r = createTemplateRegistry();
    const mine = editable(regional);
    const result = r.register(mine);
    expect(result.ok).toBe(true);
    mine.name = 'ändrad';
    expect(r.get('region-insatsplan')?.name).toBe('Regionens insatsplan');
    expect(Object.isFrozen(r.get('region-insatsplan')!.boxes[0])).toBe(true);
    expect(
      r
        .list()
        .map((t) => t.id)
        .at(-1),
    ).toBe('region-insatsplan');
  });

  it('refuses a duplicate id with a finding', () => {
    const r = createTemplateRegistry();
    const result = r.register({ ...regional, id: 'kunskap-strategier' }, ['templates', 3]);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.severity, f.location.path])).toEqual([
      ['TEMPLATE_DUPLICATE_ID', 'error', ['templates', 3, 'id']],
    ]);
    expect(r.get('kunskap-strategier')).toBe(NATIONAL_TEMPLATES[1]);
  });

  it.each([
    ['schema', { id: 'x', name: 'X', boxes: [{ id: 'a', level: 'nivå', text: 't' }] }, ['boxes', 0, 'level']],
    ['schema', 'not a template', []],
    ['no-boxes', { id: 'x', name: 'X', boxes: [] }, ['boxes']],
    ['duplicate-box', { ...regional, boxes: [...regional.boxes, regional.boxes[1]] }, ['boxes', 2, 'id']],
    [
      'duplicate-indicator',
      {
        ...regional,
        boxes: [
          { id: 'a', level: 'aktiviteter', text: 't', indicators: [{ id: 'i', name: 'I', kind: 'count' }] },
          { id: 'o', level: 'prestationer', text: 't', indicators: [{ id: 'i', name: 'I', kind: 'count' }] },
        ],
      },
      ['boxes', 1, 'indicators', 0, 'id'],
    ],
    ['link-unknown-box', { ...regional, links: [{ from: 'x', to: 'o' }] }, ['links', 0, 'from']],
    ['link-not-forward', { ...regional, links: [{ from: 'o', to: 'a' }] }, ['links', 0]],
    ['not-data', { ...regional, extra: () => 1 }, []],
  ])('refuses an invalid template (%s) with a finding', (problem, value, path) => {
    const r = createTemplateRegistry();
    const result = r.register(value);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.details.problem, f.location.path])).toEqual([
      ['TEMPLATE_INVALID', problem, path],
    ]);
    const id = typeof value === 'object' ? (value as { id?: string }).id : undefined;
    expect(result.findings[0]!.severity).toBe('error');
    expect(result.findings[0]!.details.template).toBe(id ?? null);
    expect(r.list()).toHaveLength(4);
  });

  it('registers the templates of a document and reports the ones it refuses', () => {
    const r = createTemplateRegistry();
    const findings = r.registerDocument({ templates: [regional, { ...regional, id: 'kunskap-strategier' }] });
    expect(findings.map((f) => [f.code, f.location.path])).toEqual([
      ['TEMPLATE_DUPLICATE_ID', ['templates', 1, 'id']],
    ]);
    expect(r.has('region-insatsplan')).toBe(true);
  });

  it('copies without sharing later registrations', () => {
    const r = createTemplateRegistry();
    const c = r.copy();
    c.register(regional);
    expect(c.has('region-insatsplan')).toBe(true);
    expect(r.has('region-insatsplan')).toBe(false);
    expect(createTemplateRegistry({ templates: [regional, 'junk'] }).list()).toHaveLength(5);
  });
});
