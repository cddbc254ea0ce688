import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spreadsheetCodes } from '../../src/findings/catalog/spreadsheet.js';
import { parseDocument } from '../../src/index.js';
import { en } from '../../src/locales/en.js';
import { sv } from '../../src/locales/sv.js';
import { readWorkbook, SHEETS } from '../../src/node/spreadsheet/index.js';
import { normalize } from '../../src/spreadsheet/cells.js';
import { sheetFor } from '../../src/spreadsheet/read.js';
import { headerIndex } from '../../src/spreadsheet/table.js';

const page = readFileSync('docs/spreadsheet.md', 'utf8');

describe('docs/spreadsheet.md and the layout', () => {
  it.each(Object.entries(spreadsheetCodes))(
    'documents %s with its severity and has words for it',
    (code, severity) => {
      const section = page.split(`### ${code}\n`)[1];
      expect(section, `### ${code} is missing`).toBeDefined();
      expect(section!.trimStart().startsWith(`**${severity}**`)).toBe(true);
      expect(sv[code as keyof typeof sv]).toBeDefined();
      expect(en[code as keyof typeof en]).toBeDefined();
    },
  );

  it('names every sheet and every Swedish header of the layout', () => {
    for (const sheet of SHEETS) {
      expect(page).toContain(`### ${sheet.name}`);
      for (const col of sheet.columns) expect(page).toContain(col.header.replace(/\s*\(.*\)$/, ''));
    }
  });

  it('gives no two columns of a sheet the same header, and no two sheets the same name', () => {
    for (const sheet of SHEETS) {
      const index = headerIndex(sheet);
      for (const col of sheet.columns) {
        // An alias shared by two columns would silently read into the first.
        for (const word of [col.header, ...col.aliases])
          expect(index.get(normalize(word)), word).toBe(col.key);
      }
      for (const name of [sheet.name, ...sheet.aliases]) expect(sheetFor(name)?.key).toBe(sheet.key);
    }
  });

  it('ships examples/spreadsheet/kronoberg.xlsx as the Kronoberg example written by writeWorkbook', async () => {
    const parsed = parseDocument(readFileSync('examples/kronoberg.yaml', 'utf8'));
    const read = await readWorkbook(readFileSync('examples/spreadsheet/kronoberg.xlsx'));
    expect(read.findings).toEqual([]);
    expect(read.document).toEqual(parsed.ok && parsed.value);
  });
});
