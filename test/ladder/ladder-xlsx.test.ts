import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/index.js';

// The ladder's keys (strategy.tiers, tierSkipping, an understrategi's tier) survive
// a workbook round trip, as every key of the format does.
describe('the strategy ladder in a workbook', () => {
  for (const name of ['examples/gotland-besoksnaring.yaml', 'test/fixtures/ladder/three-tiers.yaml']) {
    it(`${name} round-trips through xlsx`, async () => {
      const r = parseDocument(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'), {
        format: 'yaml',
      });
      if (!r.ok) throw new Error('does not parse');
      const document = { ...r.value, strategy: { ...r.value.strategy!, tierSkipping: 'allowed' as const } };
      const written = await writeWorkbook(document);
      // The ladder has no columns of its own: its keys ride in the Extra (JSON) column
      // (of «Om» for the tiers, of the understrategi's row for its tier), and say so.
      const carried = written.findings.flatMap((f) =>
        f.code === 'SHEET_CARRIED_AS_JSON' ? f.details.keys : [f.code],
      );
      expect(new Set(carried)).toEqual(new Set(['tierSkipping', 'tiers', 'tier']));
      const back = await readWorkbook(written.bytes, { file: 'x.xlsx' });
      expect(back.findings).toEqual([]);
      expect(back.document?.strategy).toEqual(document.strategy);
    });
  }
});
