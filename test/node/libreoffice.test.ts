import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/index.js';
import { tableToCsv } from '../../src/text/table.js';

/**
 * What a Swedish office sees: the CSV and the xlsx the library writes, opened in
 * LibreOffice Calc (headless, Swedish locale) and read back cell by cell.
 * Debian: apt-get install -y libreoffice-calc-nogui (.ci/run installs it). Without
 * soffice the tests skip with a reason, except in CI (EFFEKTKEDJA_REQUIRE_BROWSER=1
 * or CI set), where a missing soffice is a failure.
 */
function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {}
  }
  return undefined;
}

const soffice = findSoffice();
if (!soffice && (process.env.EFFEKTKEDJA_REQUIRE_BROWSER || process.env.CI)) {
  throw new Error('libreoffice: no soffice found, and CI is set (apt-get install -y libreoffice-calc-nogui)');
}
if (!soffice) console.warn('libreoffice: SKIPPED — no soffice (apt-get install -y libreoffice-calc-nogui)');

const dir = mkdtempSync(join(tmpdir(), 'effektkedja-lo-'));

/** Opens `file` in Calc and saves it as xlsx; `csv` gives the import options a Swedish Excel user has. */
function throughCalc(file: string, csv: boolean): Uint8Array {
  const out = join(dir, 'out');
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`];
  // CSV import: separator ; (59), quote " (34), UTF-8 (76), from line 1, language sv-SE (1053).
  if (csv) args.push('--infilter=CSV:59,34,76,1,,1053');
  args.push('--convert-to', 'xlsx', '--outdir', out, file);
  execFileSync(soffice!, args, {
    stdio: 'pipe',
    timeout: 280_000,
    env: { ...process.env, LANG: 'sv_SE.UTF-8' },
  });
  const name = file
    .split('/')
    .pop()!
    .replace(/\.\w+$/, '.xlsx');
  return new Uint8Array(readFileSync(join(out, name)));
}

async function cells(bytes: Uint8Array, sheet?: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const ws = sheet ? book.getWorksheet(sheet)! : book.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe.skipIf(!soffice)('LibreOffice Calc with a Swedish locale', () => {
  it('opens the Swedish CSV in columns: å/ä/ö intact, decimal commas as numbers, no formula run', async () => {
    const csv = tableToCsv(
      {
        columns: ['Indikator', 'Värde', 'Anmärkning'],
        rows: [
          ['Besöksnätter i länet', 41.2, 'x;=1+1;y'],
          ['Antal deltagande företag', 1500, '=1+1'],
        ],
      },
      'excel-sv',
    );
    const file = join(dir, 'status.csv');
    writeFileSync(file, csv);
    const rows = await cells(throughCalc(file, true));
    expect(rows[0]).toEqual(['Indikator', 'Värde', 'Anmärkning']);
    expect(rows[1]).toEqual(['Besöksnätter i länet', 41.2, 'x;=1+1;y']);
    expect(rows[2]![0]).toBe('Antal deltagande företag');
    expect(rows[2]![1]).toBe(1500);
    // Text, never a formula: the apostrophe keeps it text.
    expect(typeof rows[2]![2]).toBe('string');
  }, 300_000);

  it('reads back the xlsx the library wrote after Calc saved it: the same plans', async () => {
    const parsed = parseDocument(readFileSync('examples/kronoberg.yaml', 'utf8'));
    if (!parsed.ok) throw new Error('kronoberg.yaml does not parse');
    const written = await writeWorkbook(parsed.value);
    const file = join(dir, 'kronoberg.xlsx');
    writeFileSync(file, written.bytes);
    const saved = throughCalc(file, false);
    const rutor = await cells(saved, 'Rutor');
    expect(rutor.flat()).toContain('Långsiktiga samhällseffekter');
    const back = await readWorkbook(saved);
    expect(back.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(back.document?.plans?.map((p) => [p.id, p.boxes.length])).toEqual(
      parsed.value.plans?.map((p) => [p.id, p.boxes.length]),
    );
    expect(back.document?.plans?.[0]?.boxes.map((b) => b.text)).toEqual(
      parsed.value.plans?.[0]?.boxes.map((b) => b.text),
    );
  }, 300_000);
});
