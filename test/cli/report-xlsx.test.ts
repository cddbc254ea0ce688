import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cli } from './harness.js';

const tmp = () => mkdtemp(join(tmpdir(), 'effektkedja-cli-'));

describe('effektkedja report', () => {
  it('writes the Markdown report of a region with its diagrams and the CSV tables', async () => {
    const dir = await tmp();
    const r = await cli([
      'report',
      'examples/kronoberg.yaml',
      '-o',
      join(dir, 'r.md'),
      '--csv',
      join(dir, 'csv'),
    ]);
    expect(r.code).toBe(0);
    const md = await readFile(join(dir, 'r.md'), 'utf8');
    expect(md).toContain('# Uppföljning: Region Kronoberg');
    expect(md).toContain('```mermaid');
    expect((await readdir(join(dir, 'csv'))).sort()).toEqual([
      'rollups.csv',
      'status.csv',
      'syntes.csv',
      'tackning.csv',
    ]);
  });

  it('writes a self-contained HTML report whose diagrams render offline', async () => {
    const dir = await tmp();
    const r = await cli(['report', 'examples/kronoberg.yaml', '-o', join(dir, 'r.html'), '--lang', 'en']);
    expect(r.code).toBe(0);
    const html = await readFile(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<pre class="mermaid">');
    expect(html).toContain('mermaid.run()');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('refuses a follow-up date that does not exist', async () => {
    const r = await cli(['report', 'examples/kronoberg.yaml', '--as-of', '2025-13-45']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
    expect(
      (await cli(['report', 'examples/kronoberg.yaml', '--as-of', '2024-Q2', '--no-diagrams'])).code,
    ).toBe(0);
  });

  it('writes one report per region when given several', async () => {
    const dir = await tmp();
    const r = await cli([
      'report',
      'examples/kronoberg.yaml',
      'examples/gotland-besoksnaring.yaml',
      '-o',
      join(dir, 'r.md'),
    ]);
    expect(r.code).toBe(0);
    expect((await readdir(dir)).filter((f) => f.endsWith('.md')).length).toBe(2);
    const many = await cli(['report', 'examples/kronoberg.yaml', 'examples/gotland-besoksnaring.yaml']);
    expect(many.code).toBe(2);
  });
});

describe('spreadsheets through the CLI', () => {
  it('converts YAML to xlsx and back to the same document', async () => {
    const dir = await tmp();
    const xlsx = join(dir, 'k.xlsx');
    const back = join(dir, 'k.yaml');
    expect((await cli(['convert', 'examples/kronoberg.yaml', xlsx])).code).toBe(0);
    expect((await cli(['convert', xlsx, back])).code).toBe(0);
    expect(parseYaml(await readFile(back, 'utf8'))).toEqual(
      parseYaml(await readFile('examples/kronoberg.yaml', 'utf8')),
    );
  });

  it('validates a workbook and locates its problems by sheet and cell', async () => {
    const r = await cli(['validate', 'test/spreadsheet/fixtures/broken.xlsx', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = (
      JSON.parse(r.stdout) as { findings: { code: string; location: { sheet?: string; cell?: string } }[] }
    ).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings.filter((x) => x.code.startsWith('SHEET_'))) {
      expect(f.location.sheet, f.code).toBeTruthy();
    }
    const text = await cli(['validate', 'test/spreadsheet/fixtures/broken.xlsx']);
    expect(text.stdout).toMatch(/#\S+!\w+\d/);
  });

  it('validates a messy hand-filled workbook clean', async () => {
    const r = await cli(['validate', 'test/spreadsheet/fixtures/messy.xlsx']);
    expect(r.code).toBe(0);
  });

  it('a file that is not a workbook is reported, not a crash', async () => {
    const dir = await tmp();
    const fake = join(dir, 'fake.xlsx');
    await import('node:fs/promises').then((fs) => fs.writeFile(fake, 'not a zip'));
    const r = await cli(['validate', fake]);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(70);
    expect(r.stdout + r.stderr).toContain('fake.xlsx');
  });
});
