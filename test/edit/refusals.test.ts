import { describe, expect, it } from 'vitest';
import { applyEdit, createHistory, type Edit, type EditResult } from '../../src/edit/index.js';
import { CODES, type Document } from '../../src/index.js';
import { validDocument } from '../support/documents.js';
import { findingData } from '../support/findings.js';
import { editable } from '../support/mutate.js';

function refused(edit: Edit, document: Document = validDocument()): EditResult & { ok: false } {
  const copy = editable(document);
  const r = applyEdit(document, edit);
  expect(document).toEqual(copy);
  if (r.ok) throw new Error(`edit ${edit.op} was applied`);
  return r;
}

const codes = (r: EditResult) => r.findings.map((f) => f.code);

/** A document whose box o carries a measured value for 2024. */
function measured(): Document {
  const d = validDocument();
  d.plans![0]!.boxes[2]!.indicators![0]!.measurements = [{ period: 2024, value: 3 }];
  return d;
}

describe('refused edits', () => {
  it.each<[string, Edit, string[]]>([
    [
      'unknown plan',
      { op: 'addBox', plan: 'nope', box: { id: 'x', level: 'utfall', text: 'X' } },
      ['EDIT_UNKNOWN_PLAN'],
    ],
    [
      'unknown box (update)',
      { op: 'updateBox', plan: 'p', box: 'nope', changes: { text: 'x' } },
      ['EDIT_UNKNOWN_BOX'],
    ],
    ['unknown box (remove)', { op: 'removeBox', plan: 'p', box: 'nope' }, ['EDIT_UNKNOWN_BOX']],
    ['unknown box (connect)', { op: 'connect', plan: 'p', from: 'a', to: 'nope' }, ['EDIT_UNKNOWN_BOX']],
    [
      'both boxes unknown',
      { op: 'connect', plan: 'p', from: 'x', to: 'y' },
      ['EDIT_UNKNOWN_BOX', 'EDIT_UNKNOWN_BOX'],
    ],
    ['unknown box (linkGoal)', { op: 'linkGoal', plan: 'p', box: 'nope', goal: 'U1' }, ['EDIT_UNKNOWN_BOX']],
    ['unknown goal (linkGoal)', { op: 'linkGoal', plan: 'p', box: 'l', goal: 'U9' }, ['EDIT_UNKNOWN_GOAL']],
    ['unknown goal (rename)', { op: 'renameId', kind: 'goal', from: 'U9', to: 'U10' }, ['EDIT_UNKNOWN_GOAL']],
    ['unknown plan (rename)', { op: 'renameId', kind: 'plan', from: 'q', to: 'r' }, ['EDIT_UNKNOWN_PLAN']],
    [
      'unknown box (rename)',
      { op: 'renameId', kind: 'box', plan: 'p', from: 'zz', to: 'yy' },
      ['EDIT_UNKNOWN_BOX'],
    ],
    [
      'unknown indicator (plan)',
      { op: 'setTarget', plan: 'p', indicator: 'i9', target: { value: 1, year: 2026 }, reason: 'r' },
      ['EDIT_UNKNOWN_INDICATOR'],
    ],
    [
      'unknown indicator (goal)',
      { op: 'recordMeasurement', goal: 'U1', indicator: 'i9', measurement: { period: 2024, value: 1 } },
      ['EDIT_UNKNOWN_INDICATOR'],
    ],
    [
      'unknown indicator (rename in strategy)',
      { op: 'renameId', kind: 'indicator', from: 'i9', to: 'i10' },
      ['EDIT_UNKNOWN_INDICATOR'],
    ],
    ['unknown link', { op: 'disconnect', plan: 'p', from: 'r', to: 'l' }, ['EDIT_UNKNOWN_LINK']],
    ['unknown goal link', { op: 'unlinkGoal', plan: 'p', box: 'k', goal: 'U1' }, ['EDIT_UNKNOWN_LINK']],
    [
      'duplicate box id',
      { op: 'addBox', plan: 'p', box: { id: 'a', level: 'utfall', text: 'X' } },
      ['EDIT_DUPLICATE_ID'],
    ],
    [
      'rename box onto another',
      { op: 'renameId', kind: 'box', plan: 'p', from: 'a', to: 'o' },
      ['EDIT_DUPLICATE_ID'],
    ],
    [
      'rename goal onto another',
      { op: 'renameId', kind: 'goal', from: 'U1', to: 'R1' },
      ['EDIT_DUPLICATE_ID'],
    ],
    [
      'duplicate indicator id',
      {
        op: 'addBox',
        plan: 'p',
        box: {
          id: 'o2',
          level: 'prestationer',
          text: 'X',
          indicators: [{ id: 'i1', name: 'N', kind: 'count' }],
        },
      },
      ['EDIT_DUPLICATE_ID'],
    ],
    ['duplicate link', { op: 'connect', plan: 'p', from: 'a', to: 'o' }, ['EDIT_DUPLICATE_LINK']],
    ['duplicate goal link', { op: 'linkGoal', plan: 'p', box: 'l', goal: 'U1' }, ['EDIT_DUPLICATE_LINK']],
    [
      'target without reason',
      { op: 'setTarget', plan: 'p', indicator: 'i1', target: { value: 20, year: 2026 }, reason: '  ' },
      ['EDIT_REASON_REQUIRED'],
    ],
    [
      'invalid level',
      { op: 'addBox', plan: 'p', box: { id: 'x', level: 'effekter' as 'utfall', text: 'X' } },
      ['EDIT_INVALID_VALUE'],
    ],
    ['invalid id', { op: 'renameId', kind: 'plan', from: 'p', to: 'med mellanslag' }, ['EDIT_INVALID_VALUE']],
    [
      'invalid target year',
      { op: 'setTarget', plan: 'p', indicator: 'i1', target: { value: 1, year: 1066 }, reason: 'r' },
      ['EDIT_INVALID_VALUE'],
    ],
    [
      'invalid period',
      { op: 'recordMeasurement', plan: 'p', indicator: 'i1', measurement: { period: '2024-Q5', value: 1 } },
      ['EDIT_INVALID_VALUE'],
    ],
    ['invalid template id', { op: 'setTemplate', plan: 'p', template: '' }, ['EDIT_INVALID_VALUE']],
    [
      'invalid classification',
      { op: 'setClassification', plan: 'p', classification: { hallbarhet: { syfte: 7 } } },
      ['EDIT_INVALID_VALUE'],
    ],
    [
      'update that empties a required field',
      { op: 'updateBox', plan: 'p', box: 'a', changes: { text: undefined } },
      ['EDIT_INVALID_VALUE'],
    ],
    [
      'changes that are not an object',
      { op: 'updateBox', plan: 'p', box: 'a', changes: 'text' as unknown as { text: string } },
      ['EDIT_INVALID_VALUE'],
    ],
    [
      'id change through updateBox',
      { op: 'updateBox', plan: 'p', box: 'a', changes: { id: 'b' } },
      ['EDIT_ID_CHANGE'],
    ],
    ['unknown operation', { op: 'explode' } as unknown as Edit, ['EDIT_UNKNOWN_OPERATION']],
  ])('%s', (_name, edit, expected) => {
    const r = refused(edit);
    expect(codes(r)).toEqual(expected);
    for (const f of r.findings) {
      expect(f.severity).toBe('error');
      expect(f.message.sv).not.toBe('');
      expect(f.message.en).not.toBe('');
    }
  });

  it('a measured value is not overwritten without replace', () => {
    const edit: Edit = {
      op: 'recordMeasurement',
      plan: 'p',
      indicator: 'i1',
      measurement: { period: 2024, value: 5 },
    };
    const r = refused(edit, measured());
    expect(codes(r)).toEqual(['EDIT_DUPLICATE_MEASUREMENT']);
    expect(r.findings[0]!.details).toMatchObject({ indicator: 'i1', period: 2024, value: 3 });
    expect(r.findings[0]!.location.path).toEqual([
      'plans',
      0,
      'boxes',
      2,
      'indicators',
      0,
      'measurements',
      0,
    ]);
    const replaced = applyEdit(measured(), { ...edit, replace: true });
    expect(replaced.ok && replaced.document.plans![0]!.boxes[2]!.indicators![0]!.measurements).toEqual([
      { period: 2024, value: 5 },
    ]);
  });

  it('an invalid value names the field and the reader’s own problem code', () => {
    const r = refused({ op: 'addBox', plan: 'p', box: { id: 'x', level: 'utfal' as 'utfall', text: 'X' } });
    expect(r.findings[0]).toMatchObject({
      code: 'EDIT_INVALID_VALUE',
      location: { plan: 'p', path: ['plans', 0, 'boxes', 6, 'level'] },
      details: { field: 'box.level', problem: 'INVALID_VALUE', found: 'utfal', suggestion: 'utfall' },
    });
    expect(findingData(r.findings[0]!)).toEqual({
      code: 'EDIT_INVALID_VALUE',
      details: {
        expected: ['resurser', 'aktiviteter', 'prestationer', 'utfall', 'kortsiktiga', 'langsiktiga'],
        field: 'box.level',
        found: 'utfal',
        problem: 'INVALID_VALUE',
        suggestion: 'utfall',
      },
      location: { path: ['plans', 0, 'boxes', 6, 'level'], plan: 'p' },
      severity: 'error',
    });
  });

  it('an addBox index outside the list is refused', () => {
    const r = refused({ op: 'addBox', plan: 'p', box: { id: 'x', level: 'utfall', text: 'X' }, index: 99 });
    expect(codes(r)).toEqual(['EDIT_INVALID_VALUE']);
  });

  it('undo and redo with nothing to do are refused', () => {
    const history = createHistory(validDocument());
    expect(history.undo()).toMatchObject({ ok: false, findings: [{ code: 'EDIT_NOTHING_TO_UNDO' }] });
    expect(history.redo()).toMatchObject({ ok: false, findings: [{ code: 'EDIT_NOTHING_TO_REDO' }] });
  });

  it('every edit code has words in both languages and is tested above', () => {
    const editCodes = Object.keys(CODES).filter((c) => c.startsWith('EDIT_'));
    expect(editCodes.sort()).toEqual(
      [
        'EDIT_UNKNOWN_PLAN',
        'EDIT_UNKNOWN_BOX',
        'EDIT_UNKNOWN_GOAL',
        'EDIT_UNKNOWN_INDICATOR',
        'EDIT_UNKNOWN_LINK',
        'EDIT_UNKNOWN_OPERATION',
        'EDIT_DUPLICATE_ID',
        'EDIT_DUPLICATE_LINK',
        'EDIT_DUPLICATE_MEASUREMENT',
        'EDIT_REASON_REQUIRED',
        'EDIT_INVALID_VALUE',
        'EDIT_ID_CHANGE',
        'EDIT_NOTHING_TO_UNDO',
        'EDIT_NOTHING_TO_REDO',
      ].sort(),
    );
  });
});
