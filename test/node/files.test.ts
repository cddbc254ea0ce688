import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { loadDocumentSet, loadRegionSets, readDocumentFile } from '../../src/node/files.js';
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

  it('reads a folder in one thread: a pipe in it is not listed, the same pipe named on its own is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'effektkedja-files-'));
    await mkdir(join(dir, 'a'));
    await writeFile(join(dir, 'a', 'plan.yaml'), `${plan('Region Jönköping')}plans: []\n`);
    await writeFile(join(dir, 'a', 'bad.yaml'), 'formatVersion: 1\nregion: [\n');
    execFileSync('mkfifo', [join(dir, 'a', 'pipe.yaml')]);
    const r = await loadRegionSets([dir], { cwd: dir, jobs: 1 });
    expect(r.files).toEqual(['a/bad.yaml', 'a/plan.yaml']);
    expect(r.sets.map((s) => s.region)).toEqual(['Region Jönköping']);
    expect(r.findings.map((f) => [f.code, f.location.file, f.location.line])).toEqual([
      ['SYNTAX_ERROR', 'a/bad.yaml', 2],
    ]);
    const pipe = await loadRegionSets([join(dir, 'a', 'pipe.yaml')], { cwd: dir, jobs: 1 });
    expect(pipe.findings[0]).toMatchObject({
      code: 'FILE_UNREADABLE',
      details: { file: 'a/pipe.yaml', reason: 'not-a-file' },
    });
  });

  it('lets timers run while it reads a folder in one thread (files are read synchronously)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'effektkedja-files-'));
    const body = `${plan('Region Jönköping')}plans: []\n# ${'x'.repeat(20_000)}\n`;
    for (let i = 0; i < 400; i++) await writeFile(join(dir, `p${String(i).padStart(3, '0')}.yaml`), body);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    const r = await loadRegionSets([dir], { jobs: 1 });
    const took = performance.now() - started;
    clearInterval(timer);
    expect(r.sets[0]?.files).toHaveLength(400);
    // The reading yields every 20 ms: a read of more than 100 ms lets the timer fire on the way.
    if (took > 100) expect(ticks).toBeGreaterThan(1);
  });

  it('locates a set’s findings in its files without keeping their texts, and gives no line once a file has changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'effektkedja-files-'));
    const links = ['      - { from: medel, to: natverk }', '      - { from: natverk, to: saknas }'];
    const text = [
      plan('Region Jönköping').trimEnd(),
      'plans:',
      '  - id: p',
      '    name: Plan',
      '    kind: insatsplan',
      '    boxes:',
      '      - { id: medel, level: resurser, text: Medel }',
      '      - { id: natverk, level: aktiviteter, text: Nätverksträffar }',
      '    links:',
      ...links,
      '',
    ].join('\n');
    await writeFile(join(dir, 'plan.yaml'), text);
    const unknown = async (edit?: (t: string) => string) => {
      const set = await loadDocumentSet([dir], { cwd: dir, jobs: 1 });
      if (edit) await writeFile(join(dir, 'plan.yaml'), edit(await readFile(join(dir, 'plan.yaml'), 'utf8')));
      const found = validate(set.set.document, { locate: (f) => set.set.locate(f) }).findings;
      return found.filter((f) => f.code === 'LINK_UNKNOWN_BOX').map((f) => f.location);
    };
    // The link to a missing box, on its line of the file as read.
    const line = text.split('\n').indexOf(links[1]!) + 1;
    expect(await unknown()).toMatchObject([{ file: 'plan.yaml', line }]);
    // Changed after it was read: the file, and no line (not a line of the new text).
    const [longer] = await unknown((t) => `# två rader\n# till\n${t}`);
    expect(longer).toMatchObject({ file: 'plan.yaml', plan: 'p' });
    expect(longer).not.toHaveProperty('line');
    // Changed to a text of the same size (the two links swapped): no line either.
    await writeFile(join(dir, 'plan.yaml'), text);
    const [swapped] = await unknown((t) => t.replace(`${links[0]}\n${links[1]}`, `${links[1]}\n${links[0]}`));
    expect(swapped).toMatchObject({ file: 'plan.yaml', plan: 'p' });
    expect(swapped).not.toHaveProperty('line');
    // Back as it was read: its line again.
    await writeFile(join(dir, 'plan.yaml'), text);
    expect(await unknown()).toMatchObject([{ file: 'plan.yaml', line }]);
  });
});
