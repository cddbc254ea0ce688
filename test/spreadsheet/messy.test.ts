import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { readWorkbook } from '../../src/node/spreadsheet/index.js';
import { findingData } from '../support/findings.js';
import { BROKEN, MESSY, mergeMessy } from './fixtures/messy.js';
import { brief, makeBook, readBook } from './support.js';

describe('a messy hand-made workbook', () => {
  it('reads into the plan the person meant, which validates clean', async () => {
    const r = await readBook(MESSY, mergeMessy);
    expect(r.findings).toEqual([]);
    const plan = r.document!.plans![0]!;
    expect(plan).toMatchObject({
      id: 'besok',
      kind: 'insatsplan',
      period: { from: '2024-01-01', to: 2026 },
      classification: { bransch: ['Besöksnäring', 'Livsmedel'] },
    });
    expect(plan.boxes.map((b) => b.level)).toEqual([
      'resurser',
      'aktiviteter',
      'prestationer',
      'utfall',
      'kortsiktiga',
      'langsiktiga',
    ]);
    expect(plan.boxes[2]!.indicators![0]).toMatchObject({
      baseline: { value: 0, year: 2024 },
      targets: [{ value: 1200, year: 2026 }],
      measurements: [{ period: '2024-Q4', value: 12 }],
    });
    expect(plan.boxes[3]!.indicators![0]).toMatchObject({
      baseline: { value: 10 },
      targets: [{ value: 70 }],
    });
    expect(validate(r.document!).findings).toEqual([]);
  });

  it('reports each mistake with its sheet and cell, in Swedish and English', async () => {
    const r = await readBook(BROKEN);
    expect(r.document).toBeUndefined();
    expect(brief(r.findings).sort()).toEqual([
      'SHEET_BAD_LEVEL Rutor C3',
      'SHEET_BAD_NUMBER Indikatorer H2',
      'SHEET_UNKNOWN_COLUMN Rutor E1',
      'SHEET_UNKNOWN_REFERENCE Rutor A4',
    ]);
    const unknown = r.findings.find((f) => f.code === 'SHEET_UNKNOWN_REFERENCE')!;
    expect(findingData(unknown)).toEqual({
      code: 'SHEET_UNKNOWN_REFERENCE',
      details: { column: 'Plan', id: 'besk', kind: 'plan', suggestion: 'besok', target: 'Planer' },
      location: { cell: 'A4', file: 'plan.xlsx', row: 4, sheet: 'Rutor' },
      severity: 'error',
    });
  });

  it('matches the committed fixtures the CLI tests read', async () => {
    for (const [name, sheets, edit] of [
      ['messy.xlsx', MESSY, mergeMessy],
      ['broken.xlsx', BROKEN, undefined],
    ] as const) {
      const committed = await readWorkbook(readFileSync(`test/spreadsheet/fixtures/${name}`), {
        file: 'plan.xlsx',
      });
      const fresh = await readWorkbook(await makeBook(sheets, edit), { file: 'plan.xlsx' });
      expect(committed.document).toEqual(fresh.document);
      expect(committed.findings).toEqual(fresh.findings);
    }
  });
});
