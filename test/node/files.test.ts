import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../src/node/files.js';
import { findingData } from '../support/findings.js';

const plan = (region: string) => `formatVersion: 1\nregion: ${region}\n`;

describe('reading files', () => {
  it('refuses a file that is not UTF-8 instead of turning å, ä and ö into replacement characters', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'effektkedja-files-'));
    const file = join(dir, 'latin1.yaml');
    await writeFile(file, Buffer.from(plan('Region Jönköping'), 'latin1'));
    const r = await readDocumentFile(file, { cwd: dir });
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({
      code: 'FILE_UNREADABLE',
      location: { file: 'latin1.yaml', line: 2, column: 17 }, // the ö of Jönköping
      details: { reason: 'not-utf8' },
    });
    expect(findingData(r.findings[0]!)).toEqual({
      code: 'FILE_UNREADABLE',
      details: { file: 'latin1.yaml', reason: 'not-utf8' },
      location: { column: 17, file: 'latin1.yaml', line: 2 },
      severity: 'error',
    });
  });

  it('reads UTF-8 with a byte-order mark, YAML and JSON alike', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'effektkedja-files-'));
    await writeFile(join(dir, 'bom.yaml'), `\uFEFF${plan('Region Jönköping')}`);
    await writeFile(
      join(dir, 'bom.json'),
      `\uFEFF${JSON.stringify({ formatVersion: 1, region: 'Region Jönköping' })}`,
    );
    for (const name of ['bom.yaml', 'bom.json']) {
      const r = await readDocumentFile(join(dir, name));
      expect(r.ok, name).toBe(true);
      if (r.ok) expect(r.value.region).toBe('Region Jönköping');
    }
  });
});
