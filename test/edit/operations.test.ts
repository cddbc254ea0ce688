import { describe, expect, it } from 'vitest';
import {
  addBox,
  applyEdit,
  connect,
  type EditResult,
  linkGoal,
  recordMeasurement,
  removeBox,
  renameId,
  setClassification,
  setTarget,
  setTemplate,
  updateBox,
} from '../../src/edit/index.js';
import { type Document, validate } from '../../src/index.js';
import { validDocument } from '../support/documents.js';

function ok(r: EditResult): Document {
  if (!r.ok) throw new Error(r.findings.map((f) => f.message.en).join('\n'));
  return r.document;
}

const plan = (d: Document) => d.plans![0]!;

describe('box edits', () => {
  it('adds a box at an index and shares every untouched part', () => {
    const before = validDocument();
    const after = ok(
      addBox(before, { plan: 'p', box: { id: 'a2', level: 'aktiviteter', text: 'Mässa' }, index: 2 }),
    );
    expect(plan(after).boxes.map((b) => b.id)).toEqual(['r', 'a', 'a2', 'o', 'u', 'k', 'l']);
    expect(after.strategy).toBe(before.strategy);
    expect(plan(after).links).toBe(plan(before).links);
    expect(plan(after).boxes[3]).toBe(plan(before).boxes[2]);
  });

  it('update changes only the named fields and keeps x- keys', () => {
    const before = validDocument();
    (plan(before).boxes[1] as Record<string, unknown>)['x-ärende'] = 'DNR 2024/17';
    const r = updateBox(before, { plan: 'p', box: 'a', changes: { text: 'Coachning', description: 'Ny' } });
    const box = ok(r) && plan(ok(r)).boxes[1]!;
    expect(box).toEqual({
      id: 'a',
      level: 'aktiviteter',
      text: 'Coachning',
      description: 'Ny',
      'x-ärende': 'DNR 2024/17',
    });
    expect(r.ok && r.patches.map((p) => p.path.join('/')).sort()).toEqual([
      'plans/0/boxes/1/description',
      'plans/0/boxes/1/text',
    ]);
  });

  it('update with undefined removes an optional field', () => {
    const before = ok(updateBox(validDocument(), { plan: 'p', box: 'a', changes: { description: 'D' } }));
    const after = ok(updateBox(before, { plan: 'p', box: 'a', changes: { description: undefined } }));
    expect('description' in plan(after).boxes[1]!).toBe(false);
  });

  it('removing a box removes its links and goal links and nothing else', () => {
    const after = ok(removeBox(validDocument(), { plan: 'p', box: 'l' }));
    expect(plan(after).boxes.map((b) => b.id)).toEqual(['r', 'a', 'o', 'u', 'k']);
    expect(plan(after).links).toEqual([
      { from: 'r', to: 'a' },
      { from: 'a', to: 'o' },
      { from: 'o', to: 'u' },
      { from: 'u', to: 'k' },
    ]);
    expect(plan(after).goalLinks).toEqual([]);
  });
});

describe('links', () => {
  it('connect adds a link with its assumption; the validator still judges the chain', () => {
    const after = ok(
      connect(validDocument(), { plan: 'p', from: 'a', to: 'u', assumption: 'Deltagarna lär sig' }),
    );
    expect(plan(after).links!.at(-1)).toEqual({ from: 'a', to: 'u', assumption: 'Deltagarna lär sig' });
    expect(validate(after).findings.map((f) => f.code)).toContain('LINK_SKIPS_LEVEL');
  });

  it('linkGoal to any goal id when the strategy lives in another file', () => {
    const { strategy: _s, ...planOnly } = validDocument();
    const after = ok(linkGoal(planOnly as Document, { plan: 'p', box: 'k', goal: 'elsewhere' }));
    expect(plan(after).goalLinks).toContainEqual({ from: 'k', goal: 'elsewhere' });
  });
});

describe('renameId', () => {
  it('a box: links and goal links follow', () => {
    const after = ok(renameId(validDocument(), { kind: 'box', plan: 'p', from: 'l', to: 'konkurrenskraft' }));
    expect(plan(after).links!.at(-1)).toEqual({ from: 'k', to: 'konkurrenskraft' });
    expect(plan(after).goalLinks).toEqual([{ from: 'konkurrenskraft', goal: 'U1' }]);
    expect(validate(after).summary.errors).toBe(0);
  });

  it('a goal: goal links and serves follow', () => {
    const before = validDocument();
    before.strategy!.understrategier![0]!.goals.push({ id: 'U2', text: 'x', serves: ['R1'] });
    const after = ok(renameId(before, { kind: 'goal', from: 'R1', to: 'R-jobb' }));
    expect(after.strategy!.rus!.goals[0]!.id).toBe('R-jobb');
    expect(after.strategy!.understrategier![0]!.goals.map((g) => g.serves)).toEqual([['R-jobb'], ['R-jobb']]);
    const again = ok(renameId(after, { kind: 'goal', from: 'U1', to: 'U-nya' }));
    expect(plan(again).goalLinks).toEqual([{ from: 'l', goal: 'U-nya' }]);
    expect(validate(again).summary.errors).toBe(0);
  });

  it('a plan, and an indicator in a plan', () => {
    const after = ok(renameId(validDocument(), { kind: 'plan', from: 'p', to: 'p2025' }));
    expect(plan(after).id).toBe('p2025');
    const ind = ok(renameId(after, { kind: 'indicator', plan: 'p2025', from: 'i1', to: 'antal-foretag' }));
    expect(plan(ind).boxes[2]!.indicators![0]!.id).toBe('antal-foretag');
  });

  it('a strategy indicator: rollsUpTo references follow', () => {
    const before = validDocument();
    before.strategy!.understrategier![0]!.goals[0]!.indicators = [
      { id: 'nya-ftg', name: 'Nya företag', kind: 'count' },
    ];
    before.plans![0]!.boxes[2]!.indicators![0]!.rollsUpTo = 'nya-ftg';
    const after = ok(renameId(before, { kind: 'indicator', from: 'nya-ftg', to: 'nyforetagande' }));
    expect(after.strategy!.understrategier![0]!.goals[0]!.indicators![0]!.id).toBe('nyforetagande');
    expect(plan(after).boxes[2]!.indicators![0]!.rollsUpTo).toBe('nyforetagande');
  });

  it('to the same id changes nothing', () => {
    const before = validDocument();
    const r = renameId(before, { kind: 'box', plan: 'p', from: 'a', to: 'a' });
    expect(r.ok && r.document).toBe(before);
    expect(r.ok && r.patches).toEqual([]);
  });
});

describe('targets and measurements', () => {
  it('setTarget replaces the target of the same year and adds others in year order', () => {
    const d1 = ok(
      setTarget(validDocument(), {
        plan: 'p',
        indicator: 'i1',
        target: { value: 15, year: 2026 },
        reason: 'Högre ambition',
      }),
    );
    const d2 = ok(
      setTarget(d1, { plan: 'p', indicator: 'i1', target: { value: 5, year: 2025 }, reason: 'Delmål' }),
    );
    expect(plan(d2).boxes[2]!.indicators![0]!.targets).toEqual([
      { value: 5, year: 2025 },
      { value: 15, year: 2026 },
    ]);
  });

  it('setTarget on a strategy goal indicator', () => {
    const before = validDocument();
    before.strategy!.rus!.goals[0]!.indicators = [{ id: 'jobb', name: 'Jobb', kind: 'count' }];
    const after = ok(
      setTarget(before, { goal: 'R1', indicator: 'jobb', target: { value: 100, year: 2030 }, reason: 'RUS' }),
    );
    expect(after.strategy!.rus!.goals[0]!.indicators![0]!.targets).toEqual([{ value: 100, year: 2030 }]);
  });

  it('recordMeasurement adds a value for a new period', () => {
    const after = ok(
      recordMeasurement(validDocument(), {
        plan: 'p',
        indicator: 'i1',
        measurement: { period: '2024-H2', value: 4 },
      }),
    );
    expect(plan(after).boxes[2]!.indicators![0]!.measurements).toEqual([{ period: '2024-H2', value: 4 }]);
  });
});

describe('plan fields', () => {
  it('setTemplate and setClassification set and remove', () => {
    const d1 = ok(setTemplate(validDocument(), { plan: 'p', template: 'insatsspar' }));
    expect(plan(d1).template).toBe('insatsspar');
    const d2 = ok(
      setClassification(d1, {
        plan: 'p',
        classification: { prioritering: 'Kompetensförsörjning', 'x-egen': 1 },
      }),
    );
    expect(plan(d2).classification).toEqual({ prioritering: 'Kompetensförsörjning', 'x-egen': 1 });
    const d3 = ok(
      setClassification(ok(setTemplate(d2, { plan: 'p', template: null })), {
        plan: 'p',
        classification: null,
      }),
    );
    expect(plan(d3)).toEqual(plan(validDocument()));
  });
});

describe('change log', () => {
  it('an edit with log appends who, when and why to the plan; setTarget uses its reason', () => {
    const r = setTarget(
      validDocument(),
      { plan: 'p', indicator: 'i1', target: { value: 15, year: 2026 }, reason: 'Fler sökande än väntat' },
      { log: { at: '2025-01-15', by: 'Anna Strateg' } },
    );
    expect(plan(ok(r)).changelog).toEqual([
      {
        at: '2025-01-15',
        by: 'Anna Strateg',
        why: 'Fler sökande än väntat',
        what: 'Satte målvärdet för «i1» år 2026 till 15',
      },
    ]);
  });

  it('an edit that changes nothing writes no log entry', () => {
    const before = validDocument();
    const r = applyEdit(before, { op: 'setTemplate', plan: 'p', template: null }, { log: { at: '2025' } });
    expect(r.ok && r.document).toBe(before);
  });
});
