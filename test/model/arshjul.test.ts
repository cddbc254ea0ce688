import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDayOfYear, mergeDocuments, parseDocument, writeDocument } from '../../src/index.js';
import { findingData } from '../support/findings.js';

const gotland = readFileSync('examples/gotland-besoksnaring.yaml', 'utf8');

describe('the årshjul and the lärande section in a document', () => {
  it('reads Gotland’s årshjul and lärande section without findings', () => {
    const parsed = parseDocument(gotland);
    expect(parsed.findings).toEqual([]);
    if (!parsed.ok) throw new Error('does not parse');
    const wheel = parsed.value.arshjul!;
    expect(wheel.events.find((e) => e.id === 'rapport-tillvaxtradet')?.days).toEqual([
      '04-01',
      '07-01',
      '10-01',
    ]);
    expect(wheel.events.find((e) => e.id === 'slutrapport')?.perPlan).toEqual({ at: 'end', months: 3 });
    expect(parsed.value.plans![0]!.larande?.notes?.map((n) => n.kind)).toEqual(['oforutsett', 'lardom']);
  });

  it('keeps them, comments and all, when the document is edited and written back as YAML', () => {
    const parsed = parseDocument(gotland);
    if (!parsed.ok) throw new Error('does not parse');
    const edited = { ...parsed.value, region: 'Region Gotland (reviderad)' };
    const text = writeDocument(edited, { original: parsed.source! });
    expect(text).toContain('# Årshjulet för rapportering');
    const again = parseDocument(text);
    expect(again.ok && again.value).toEqual(edited);
  });

  it('knows the days of a year, 29 February included', () => {
    expect(['01-01', '02-29', '12-31'].every(isDayOfYear)).toBe(true);
    expect(['02-30', '13-01', '4-1', '2026-04-01', '00-10'].some(isDayOfYear)).toBe(false);
  });

  it('reports a day or a date that does not exist where it is written', () => {
    const parsed = parseDocument(
      'formatVersion: 1\narshjul:\n  events:\n    - { id: a, name: A, kind: rapport, days: ["02-30"], dates: ["2026-13-01"] }\n',
    );
    expect(parsed.findings.map((f) => [f.code, f.location.path, f.details.format])).toEqual([
      ['INVALID_FORMAT', ['arshjul', 'events', 0, 'days', 0], 'day'],
      ['INVALID_FORMAT', ['arshjul', 'events', 0, 'dates', 0], 'calendar-date'],
    ]);
    expect(findingData(parsed.findings[0]!)).toEqual({
      code: 'INVALID_FORMAT',
      details: { format: 'day', found: '02-30' },
      location: { column: 47, line: 4, path: ['arshjul', 'events', 0, 'days', 0] },
      severity: 'error',
    });
  });

  it('takes a region’s årshjul from the one file that has it, and reports a second', () => {
    const a = {
      formatVersion: 1 as const,
      arshjul: { events: [{ id: 'a', name: 'A', kind: 'rapport' as const }] },
    };
    const b = {
      formatVersion: 1 as const,
      arshjul: { events: [{ id: 'b', name: 'B', kind: 'syntes' as const }] },
    };
    const plain = { formatVersion: 1 as const };
    const one = mergeDocuments([
      { document: plain, file: 'plan.yaml' },
      { document: a, file: 'arshjul.yaml' },
    ]);
    expect(one.document.arshjul).toEqual(a.arshjul);
    expect(one.findings).toEqual([]);
    const two = mergeDocuments([
      { document: a, file: 'a.yaml' },
      { document: b, file: 'b.yaml' },
    ]);
    expect(two.document.arshjul).toEqual(a.arshjul);
    expect(two.findings.map((f) => [f.code, f.location.file, f.details.files])).toEqual([
      ['DUPLICATE_DEFINITION', 'b.yaml', ['a.yaml', 'b.yaml']],
    ]);
  });
});
