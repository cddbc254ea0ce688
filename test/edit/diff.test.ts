import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateRegion } from '../../bench/generate.js';
import { applyEdit, createHistory, diff, type Edit, formatDiff, isEmptyDiff } from '../../src/edit/index.js';
import { type Document, parseDocumentOrThrow } from '../../src/index.js';
import { validDocument } from '../support/documents.js';
import { editable } from '../support/mutate.js';
import { names } from './support.js';

function edited(before: Document, ...edits: Edit[]): Document {
  let doc = before;
  for (const e of edits) {
    const r = applyEdit(doc, e);
    if (!r.ok) throw new Error(r.findings.map((f) => f.message.en).join('\n'));
    doc = r.document;
  }
  return doc;
}

describe('diff', () => {
  it('two readings of the same file differ in nothing', () => {
    const text = readFileSync('examples/kronoberg.yaml', 'utf8');
    expect(isEmptyDiff(diff(parseDocumentOrThrow(text), parseDocumentOrThrow(text)))).toBe(true);
  });

  it('a renamed strategy indicator is one change: the plan indicators that roll up into it followed', () => {
    const before = validDocument();
    before.strategy!.understrategier![0]!.goals[0]!.indicators = [
      { id: 'nya-ftg', name: 'Nya företag', kind: 'count' },
    ];
    before.plans![0]!.boxes[2]!.indicators![0]!.rollsUpTo = 'nya-ftg';
    const after = edited(before, { op: 'renameId', kind: 'indicator', from: 'nya-ftg', to: 'nyforetagande' });
    const d = diff(before, after);
    // The plan's rollsUpTo followed the rename: it is not reported as a change of its own.
    expect(d.plans.changed).toEqual([]);
    expect(JSON.stringify(d.strategy)).toContain('nyforetagande');
  });

  it('names boxes, links, goal links, targets and measurements; renames are one change', () => {
    const before = validDocument();
    const after = edited(
      before,
      { op: 'renameId', kind: 'box', plan: 'p', from: 'l', to: 'konkurrens' },
      { op: 'addBox', plan: 'p', box: { id: 'a2', level: 'aktiviteter', text: 'Mässa' } },
      { op: 'connect', plan: 'p', from: 'a2', to: 'o' },
      { op: 'setTarget', plan: 'p', indicator: 'i1', target: { value: 12, year: 2026 }, reason: 'r' },
      { op: 'recordMeasurement', plan: 'p', indicator: 'i1', measurement: { period: 2024, value: 4 } },
      { op: 'linkGoal', plan: 'p', box: 'k', goal: 'U1' },
    );
    expect(names(diff(before, after))).toEqual([
      'box+ p/a2',
      'box~ p/l>konkurrens',
      'goalLink+ p/k>U1',
      'indicator~ p/i1',
      'link+ p/a2>o',
    ]);
    const box = diff(before, after).plans.changed[0]!.boxes.changed.find((b) => b.id === 'o')!;
    expect(box.indicators.changed[0]).toMatchObject({
      targets: { changed: [{ year: 2026, before: { value: 10 }, after: { value: 12 } }] },
      measurements: { added: [{ period: 2024, value: 4 }] },
    });
  });

  it('a changed assumption, an x- key and strategy goals', () => {
    const before = validDocument();
    const after = editable(before);
    after.plans![0]!.links![0]!.assumption = 'Medlen räcker';
    (after.plans![0]! as Record<string, unknown>)['x-diarienummer'] = '2025/3';
    after.strategy!.understrategier![0]!.goals.push({
      id: 'U2',
      text: 'Fler jobb i turismen',
      serves: ['R1'],
    });
    after.strategy!.rus!.goals[0]!.text = 'Fler och bättre jobb';
    const d = diff(before, after);
    expect(names(d)).toEqual(['goal+ U2', 'goal~ R1', 'link~ p/r>a', 'plan~ p.x-diarienummer']);
    expect(d.strategy.goals.changed[0]!.fields).toEqual([
      { field: 'text', before: 'Fler jobb', after: 'Fler och bättre jobb' },
    ]);
  });

  it('plans added, removed and renamed', () => {
    const before = validDocument();
    const after = editable(before);
    after.plans![0]!.id = 'p2';
    after.plans!.push({ id: 'ny', name: 'Ny plan', kind: 'insatsplan', boxes: [] });
    expect(names(diff(before, after))).toEqual(['plan+ ny', 'plan~ p>p2']);
    expect(names(diff(after, before))).toEqual(['plan- ny', 'plan~ p2>p']);
  });

  // Diff's speed and growth per doubling are measured by the benchmark (npm run bench), not by timed tests.
  it('after an edit of a large document only the edited field is reported', () => {
    const big = generateRegion(0, { plans: 3000 });
    const p = big.plans![2999]!;
    const r = applyEdit(big, {
      op: 'updateBox',
      plan: p.id,
      box: p.boxes[0]!.id,
      changes: { text: 'Ny text' },
    });
    if (!r.ok) throw new Error('refused');
    const d = diff(big, r.document);
    expect(names(d)).toEqual([`box~ ${p.id}/${p.boxes[0]!.id}.text`]);
  }, 60_000);
});

describe('formatDiff', () => {
  const history = createHistory(validDocument(), { changelog: true, by: 'Anna', now: () => '2025-01-15' });
  history.apply({
    op: 'addBox',
    plan: 'p',
    box: { id: 'a2', level: 'aktiviteter', text: 'Mässa *för* [alla]' },
  });
  history.apply({ op: 'connect', plan: 'p', from: 'a2', to: 'o' });
  history.apply({
    op: 'setTarget',
    plan: 'p',
    indicator: 'i1',
    target: { value: 15, year: 2026 },
    reason: 'Stor efterfrågan',
  });
  history.apply({ op: 'removeBox', plan: 'p', box: 'k' });
  const d = diff(validDocument(), history.document);

  it('writes a Swedish text report', () => {
    expect(formatDiff(d, { region: 'Region Test' })).toMatchInlineSnapshot(`
      "Ändringar i Region Test
      =======================
      Planer: 0 nya, 1 ändrad, 0 borttagna.

      Plan «p» — Plan
        - Borttagen ruta «k» (Kortsiktiga samhällseffekter): Förändrat beteende
        - Ny ruta «a2» (Aktiviteter): Mässa *för* [alla]
        - Indikatorn «i1» (Antal företag): målvärdet 2026 ändrat från 10 till 15
        - Borttagen länk «u» → «k»
        - Borttagen länk «k» → «l»
        - Ny länk «a2» → «o»
        Ändringslogg:
          - 2025-01-15, Anna: Lade till rutan «a2» (Aktiviteter): Mässa *för* [alla]
          - 2025-01-15, Anna: Länkade «a2» → «o»
          - 2025-01-15, Anna: Satte målvärdet för «i1» år 2026 till 15 — skäl: Stor efterfrågan
          - 2025-01-15, Anna: Tog bort rutan «k» med dess länkar och målkopplingar
      "
    `);
  });

  it('writes an English Markdown report with user text escaped', () => {
    expect(
      formatDiff(d, { language: 'en', format: 'markdown', title: 'Revision 2025' }),
    ).toMatchInlineSnapshot(`
      "# Revision 2025

      Plans: 0 new, 1 changed, 0 removed.

      ## Plan «p» — Plan

      - Removed box «k» (Short-term societal effects): Förändrat beteende
      - New box «a2» (Activities): Mässa \\*för\\* \\[alla\\]
      - Indicator «i1» (Antal företag): target for 2026 changed from 10 to 15
      - Removed link «u» → «k»
      - Removed link «k» → «l»
      - New link «a2» → «o»

      **Change log**

      - 2025-01-15, Anna: Lade till rutan «a2» \\(Aktiviteter\\): Mässa \\*för\\* \\[alla\\]
      - 2025-01-15, Anna: Länkade «a2» → «o»
      - 2025-01-15, Anna: Satte målvärdet för «i1» år 2026 till 15 — reason: Stor efterfrågan
      - 2025-01-15, Anna: Tog bort rutan «k» med dess länkar och målkopplingar
      "
    `);
  });

  it('says when nothing changed', () => {
    expect(formatDiff(diff(validDocument(), validDocument()), { language: 'en' })).toBe(
      'Changes\n=======\nNo changes.\n',
    );
  });
});
