import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nationalExport, pseudonymize, tableToCsv } from '../../src/index.js';
import { writeTableWorkbook } from '../../src/node/index.js';
import { loadExample } from '../followup/support.js';

/**
 * The national export's xlsx as LibreOffice Calc (headless) opens it: saved by Calc as
 * CSV, its cells are the cells of the CSV the library writes. As in libreoffice.test.ts:
 * without soffice the test skips with a reason, except in CI (EFFEKTKEDJA_REQUIRE_BROWSER=1
 * or CI set), where a missing soffice is a failure (.ci/run installs libreoffice-calc-nogui).
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
if (!soffice) console.warn('national export in LibreOffice: SKIPPED — no soffice');

const dir = mkdtempSync(join(tmpdir(), 'effektkedja-lo-national-'));

/** Calc opens the xlsx and saves it as CSV: commas, quote ", UTF-8, from line 1. */
function calcCsv(file: string): string {
  const out = join(dir, 'out');
  execFileSync(
    soffice!,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 280_000, env: { ...process.env, LANG: 'C.UTF-8' } },
  );
  return readFileSync(
    join(
      out,
      file
        .split('/')
        .pop()!
        .replace(/\.xlsx$/, '.csv'),
    ),
    'utf8',
  );
}

/** RFC 4180 read back into rows of text cells (quotes are a matter of style, the cells are what count). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

describe.skipIf(!soffice)('the national export in LibreOffice Calc', () => {
  it('Calc reads the xlsx of Kronoberg and Gotland into the cells of our CSV', async () => {
    const k = pseudonymize(await loadExample('kronoberg.yaml'), { salt: 's' });
    const g = await loadExample('gotland-besoksnaring.yaml');
    for (const [name, doc] of [
      ['kronoberg', k],
      ['gotland', g],
    ] as const) {
      const table = nationalExport(doc, { asOf: 2025 });
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, (await writeTableWorkbook(table, { sheet: 'Nationell uppföljning' })).bytes);
      const ours = parseCsv(tableToCsv(table, 'rfc4180'));
      const calc = parseCsv(calcCsv(file));
      expect(calc.length).toBe(ours.length);
      expect(calc).toEqual(ours);
    }
  }, 300_000);
});
