import { describe, expect, it } from 'vitest';
import { createHistory } from '../../src/edit/index.js';
import { validDocument } from '../support/documents.js';

describe('createHistory', () => {
  it('records when, who and why; undo and redo walk the same documents', () => {
    const start = validDocument();
    const history = createHistory(start, { by: 'Anna', now: () => '2025-01-15T09:00:00Z' });
    const r1 = history.apply({
      op: 'addBox',
      plan: 'p',
      box: { id: 'a2', level: 'aktiviteter', text: 'Mässa' },
    });
    const r2 = history.apply(
      {
        op: 'setTarget',
        plan: 'p',
        indicator: 'i1',
        target: { value: 15, year: 2026 },
        reason: 'Stor efterfrågan',
      },
      { by: 'Erik' },
    );
    expect(r1.ok && r2.ok).toBe(true);
    expect(history.entries.map(({ at, by, why, what }) => ({ at, by, why, what }))).toEqual([
      {
        at: '2025-01-15T09:00:00Z',
        by: 'Anna',
        why: undefined,
        what: 'Lade till rutan «a2» (Aktiviteter): Mässa',
      },
      {
        at: '2025-01-15T09:00:00Z',
        by: 'Erik',
        why: 'Stor efterfrågan',
        what: 'Satte målvärdet för «i1» år 2026 till 15',
      },
    ]);
    const end = history.document;
    expect(history.undo().ok && history.document).toBe(r1.ok && r1.document);
    expect(history.canRedo).toBe(true);
    expect(history.redo().ok && history.document).toBe(end);
    history.undo();
    history.undo();
    expect(history.document).toBe(start);
    expect(history.canUndo).toBe(false);
    expect(history.undone.map((e) => e.edit.op)).toEqual(['addBox', 'setTarget']);
  });

  it('a new edit after undo drops what could be redone', () => {
    const history = createHistory(validDocument());
    history.apply({ op: 'setTemplate', plan: 'p', template: 'insatsspar' });
    history.undo();
    history.apply({ op: 'setTemplate', plan: 'p', template: 'utvecklingsspar' });
    expect(history.canRedo).toBe(false);
    expect(history.document.plans![0]!.template).toBe('utvecklingsspar');
  });

  it('edits that change nothing and refused edits are not recorded', () => {
    const start = validDocument();
    const history = createHistory(start);
    expect(history.apply({ op: 'setTemplate', plan: 'p', template: null }).ok).toBe(true);
    expect(history.apply({ op: 'removeBox', plan: 'p', box: 'nope' }).ok).toBe(false);
    expect(history.entries).toEqual([]);
    expect(history.document).toBe(start);
  });

  it('with changelog, entries are written into the plan and undone with the edit', () => {
    const history = createHistory(validDocument(), {
      changelog: true,
      by: 'Anna',
      now: () => '2025-01-15',
      language: 'en',
    });
    history.apply({ op: 'disconnect', plan: 'p', from: 'k', to: 'l' }, { why: 'Saknar belägg' });
    expect(history.document.plans![0]!.changelog).toEqual([
      { at: '2025-01-15', by: 'Anna', why: 'Saknar belägg', what: 'Removed the link «k» → «l»' },
    ]);
    history.undo();
    expect(history.document.plans![0]!.changelog).toBeUndefined();
  });

  it('a strategy edit is recorded in the history but in no plan’s log unless a plan follows it', () => {
    const history = createHistory(validDocument(), { changelog: true, now: () => '2025' });
    history.apply({ op: 'renameId', kind: 'goal', from: 'R1', to: 'R-jobb' });
    expect(history.entries).toHaveLength(1);
    expect(history.document.plans![0]!.changelog).toBeUndefined();
    history.apply({ op: 'renameId', kind: 'goal', from: 'U1', to: 'U-ftg' });
    expect(history.document.plans![0]!.changelog?.map((e) => e.what)).toEqual([
      'Bytte id på målet «U1» till «U-ftg»',
    ]);
  });
});
