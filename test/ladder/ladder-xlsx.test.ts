import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/index.js';

// The ladder (strategy.tiers, an understrategi's tier) has cells of its own on
// Strategier; tierSkipping rides in the Om sheet's JSON. Both survive a round trip.
describe('the strategy ladder in a workbook', () => {
  for (const name of ['examples/gotland-besoksnaring.yaml', 'test/fixtures/ladder/three-tiers.yaml']) {
    it(`${name} round-trips through xlsx`, async () => {
      const r = parseDocument(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'), {
        format: 'yaml',
      });
      if (!r.ok) throw new Error('does not parse');
      const document = { ...r.value, strategy: { ...r.value.strategy!, tierSkipping: 'allowed' as const } };
      const written = await writeWorkbook(document);
      // Only tierSkipping has no cell: it rides in the Extra (JSON) column of «Om», and says so.
      const carried = written.findings.flatMap((f) =>
        f.code === 'SHEET_CARRIED_AS_JSON' ? f.details.keys : [f.code],
      );
      expect(carried).toEqual(['tierSkipping']);
      const back = await readWorkbook(written.bytes, { file: 'x.xlsx' });
      expect(back.findings).toEqual([]);
      expect(back.document?.strategy).toEqual(document.strategy);
    });
  }

  it('lists the tiers on Strategier in ladder order (RUS, Led rows, understrategier), each understrategi with its Led', async () => {
    const r = parseDocument(
      readFileSync(new URL('../../examples/gotland-besoksnaring.yaml', import.meta.url), 'utf8'),
    );
    if (!r.ok) throw new Error('does not parse');
    const written = await writeWorkbook(r.value, { spareRows: 0 });
    expect(written.findings).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(written.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Strategier')!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const column = (name: string) => header.findIndex((h) => h?.startsWith(name));
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows.push(
        ['Typ', 'Id', 'Led', 'Beslutsnivå', 'Ägare'].map((h) => String(row.getCell(column(h)).value ?? '')),
      );
    });
    expect(rows).toEqual([
      ['RUS', 'vart-gotland-2040', '', '', ''],
      ['Led', 'tillvaxtprogram', '', 'strategisk nivå', 'Regionfullmäktige'],
      ['Led', 'programplan', '', 'taktisk nivå', 'Regionstyrelsen'],
      ['Understrategi', 'tillvaxtprogram-gotland', 'tillvaxtprogram', '', 'Regionfullmäktige'],
      ['Understrategi', 'programplan-gotland', 'programplan', '', 'Regionstyrelsen'],
    ]);
    const back = await readWorkbook(written.bytes, { file: 'x.xlsx' });
    expect(back.findings).toEqual([]);
    // Lossless, keys in the schema's order.
    expect(JSON.stringify(back.document)).toBe(JSON.stringify(r.value));
  });
});
