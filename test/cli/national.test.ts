import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pseudonymOf } from '../../src/index.js';
import { cli } from './harness.js';

// `report --national`: the export for the national follow-up, compared with golden files.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/cli/national.test.ts
const GOLDEN = 'test/cli/golden';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  else if (!existsSync(file))
    throw new Error(`${file} is missing: write it with UPDATE_GOLDEN=1 and read it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('effektkedja report --national', () => {
  for (const [name, example] of [
    ['national-kronoberg.csv', 'examples/kronoberg.yaml'],
    ['national-gotland.csv', 'examples/gotland-besoksnaring.yaml'],
  ] as const) {
    it(`${example}: the CSV for Swedish Excel on stdout`, async () => {
      const r = await cli(['report', example, '--national', '--as-of', '2025']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('\uFEFFRegion;Plan-id;Plan;Avsnitt;Nr;Fält;Värde')).toBe(true);
      golden(name, r.stdout);
    });
  }

  it('--lang en: English heads and words, RFC 4180', async () => {
    const r = await cli([
      'report',
      'examples/kronoberg.yaml',
      '--national',
      '--as-of',
      '2025',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(
      'Region,Plan id,Plan,Section,No.,Field,Value,Id,Leads to,Contributes to goals,Unit,Baseline,Baseline year,Target,Target year,Latest value,Latest period,Status,Follow-up date,Name,Municipality,From,To',
    );
    expect(r.stdout).toContain(',Participant,3,sole trader (number left out),,');
  });

  it('--pseudonymize: the salted hash of EFFEKTKEDJA_SALT, as in the report', async () => {
    const salt = 'hemligt-salt';
    const r = await cli(
      ['report', 'examples/kronoberg.yaml', '--national', '--as-of', '2025', '--pseudonymize'],
      {
        env: { EFFEKTKEDJA_SALT: salt },
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`;enskild firma (pseudonym);${pseudonymOf('121212-1212', salt)};`);
    expect(r.stdout).not.toContain('121212');
    expect(r.stdout).not.toContain('Cykelguidning i Uppvidinge');
  });

  it('-o nationell.xlsx: one sheet with the same rows as the CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-national-'));
    const out = join(dir, 'nationell.xlsx');
    const r = await cli(['report', 'examples/kronoberg.yaml', '--national', '--as-of', '2025', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // Written atomically: no temporary file is left beside it.
    expect(await readdir(dir)).toEqual(['nationell.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Nationell uppföljning']);
    const sheet = book.worksheets[0]!;
    const csv = (await cli(['report', 'examples/kronoberg.yaml', '--national', '--as-of', '2025'])).stdout;
    expect(sheet.rowCount).toBe(csv.trimEnd().split('\r\n').length);
    expect(sheet.getRow(1).getCell(7).value).toBe('Värde');
    // Numbers stay numbers.
    const indicator = (sheet.getSheetValues() as unknown[][]).find(
      (row) => row?.[4] === 'Obligatorisk indikator',
    )!;
    expect([indicator[14], indicator[15]]).toEqual([25, 2023]);
  });

  it('several regions: one file per region, the region in the name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-national-'));
    const r = await cli([
      'report',
      'examples/kronoberg.yaml',
      'examples/gotland-besoksnaring.yaml',
      '--national',
      '--as-of',
      '2025',
      '-o',
      join(dir, 'nationell.csv'),
    ]);
    expect(r.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      'nationell-region-gotland.csv',
      'nationell-region-kronoberg.csv',
    ]);
  });

  it('usage errors in the language asked for, exit 2', async () => {
    const sv = await cli(['report', 'examples/kronoberg.yaml', '--national', '-o', 'x.md']);
    expect(sv.code).toBe(2);
    expect(sv.stderr).toBe('effektkedja: den nationella exporten skrivs som .csv eller .xlsx, inte «x.md»\n');
    const en = await cli([
      'report',
      'examples/kronoberg.yaml',
      '--national',
      '--csv',
      'tabeller',
      '--lang',
      'en',
    ]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('effektkedja: --national cannot be combined with --csv\n');
    const many = await cli([
      'report',
      'examples/kronoberg.yaml',
      'examples/gotland-besoksnaring.yaml',
      '--national',
    ]);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('2 regioner: ange -o nationell.csv');
  });
});
