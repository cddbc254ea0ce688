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
      'deltagare-flera-planer.csv',
      'deltagare.csv',
      'rollups.csv',
      'status.csv',
      'syntes.csv',
      'tackning.csv',
    ]);
    // Swedish by default: for Swedish Excel (byte-order mark, semicolons, decimal comma).
    const status = await readFile(join(dir, 'csv', 'status.csv'), 'utf8');
    expect(status.charCodeAt(0)).toBe(0xfeff);
    expect(status.split('\r\n')[0]).toContain(';');
    expect(status).not.toMatch(/\d\.\d/);
  });

  it('writes the portfolio split tables as uppdelning.csv for a region with splits', async () => {
    const dir = await tmp();
    const args = ['report', 'examples/splits-kon.yaml', '--as-of', '2025', '-o', join(dir, 'r.md')];
    const r = await cli([...args, '--csv', join(dir, 'csv')]);
    expect(r.code).toBe(0);
    expect(await readdir(join(dir, 'csv'))).toContain('uppdelning.csv');
    const csv = (await readFile(join(dir, 'csv', 'uppdelning.csv'), 'utf8')).split('\r\n');
    expect(csv[0]).toBe(
      '\ufeffIndelning;Indikator;Namn;Grupp;Typ;Sammanräkning;Senaste mätvärde;Planernas värden;Anspråk',
    );
    expect(csv).toContain(
      'kön;andel-startat;Andel deltagare som startat företag;män;procent;vägd andel;34,1;starta-eget-gotland: 34.1;uppnått',
    );
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toContain('### Uppdelning i portföljen');
  });

  it('writes RFC 4180 CSV when asked, and refuses a dialect it does not know', async () => {
    const dir = await tmp();
    const args = ['report', 'examples/kronoberg.yaml', '-o', join(dir, 'r.md'), '--csv', join(dir, 'csv')];
    const r = await cli([...args, '--csv-dialect', 'rfc4180']);
    expect(r.code).toBe(0);
    const status = await readFile(join(dir, 'csv', 'status.csv'), 'utf8');
    expect(status.charCodeAt(0)).not.toBe(0xfeff);
    expect(status.split('\r\n')[0]).not.toContain(';');
    const bad = await cli([...args, '--csv-dialect', 'excel']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--csv-dialect');
  });

  it('writes a self-contained HTML report whose diagrams render offline', async () => {
    const dir = await tmp();
    const r = await cli(['report', 'examples/kronoberg.yaml', '-o', join(dir, 'r.html'), '--lang', 'en']);
    expect(r.code).toBe(0);
    const html = await readFile(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<pre class="mermaid" data-title="Sydostleden cykelled och företagande">');
    // Mermaid itself is inlined and the shared draw script draws every block once the page has loaded.
    expect(html).toContain('mermaid.render(');
    expect(html).toContain('async function effektkedjaDrawAll(zoomWords)');
    // …with the pan and zoom controls named in the report's language.
    expect(html).toMatch(/;effektkedjaDrawAll\(\{"toolbar":"Zoom the diagram"[^<]*\);\s*<\/script>/);
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
    expect((await readdir(dir)).filter((f) => f.endsWith('.md')).sort()).toEqual([
      'r-region-gotland.md',
      'r-region-kronoberg.md',
    ]);
    expect(await readFile(join(dir, 'r-region-gotland.md'), 'utf8')).toContain(
      '# Uppföljning: Region Gotland',
    );
    expect(await readFile(join(dir, 'r-region-kronoberg.md'), 'utf8')).toContain(
      '# Uppföljning: Region Kronoberg',
    );
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

describe('a region split over files', () => {
  async function split(): Promise<{ dir: string; strategy: string; plans: string }> {
    const { parse, stringify } = await import('yaml');
    const doc = parse(await readFile('examples/kronoberg.yaml', 'utf8')) as Record<string, unknown>;
    const dir = await tmp();
    const strategy = join(dir, 'strategi.yaml');
    const plans = join(dir, 'planer.yaml');
    const { plans: list, ...head } = doc;
    await import('node:fs/promises').then(async (fs) => {
      await fs.writeFile(strategy, stringify(head));
      await fs.writeFile(plans, stringify({ formatVersion: 1, region: doc.region, plans: list }));
    });
    return { dir, strategy, plans };
  }

  it('diagram draws the plans with the strategy of the other file', async () => {
    const { strategy, plans } = await split();
    const r = await cli(['diagram', strategy, plans, '--plan', 'sydostleden', '--strategy']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('subgraph S1');
    const alone = await cli(['diagram', plans, '--plan', 'sydostleden', '--strategy']);
    expect(alone.stdout).not.toContain('subgraph S1');
    expect(alone.stderr).toContain('--strategy');
  });

  it('validating the plan file alone warns once that the strategy is missing, with no roll-up errors', async () => {
    const { plans } = await split();
    const r = await cli(['validate', plans, '--format', 'json']);
    const codes = (JSON.parse(r.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes).toEqual(['STRATEGY_MISSING']);
    expect(r.code).toBe(0);
  });

  it('report exits 1 when a file of the batch has errors, and still writes the report of the rest', async () => {
    const { dir } = await split();
    await import('node:fs/promises').then((fs) => fs.writeFile(join(dir, 'trasig.yaml'), 'plans: [\n'));
    const r = await cli(['report', dir, '-o', join(dir, 'r.md'), '--no-diagrams']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('SYNTAX_ERROR');
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toContain('Region Kronoberg');
  });

  it('diagram --collapse draws a level as one box with a count', async () => {
    const r = await cli(['diagram', 'examples/kronoberg.yaml', '--collapse', 'aktiviteter,prestationer']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/C1\["/);
    expect((await cli(['diagram', 'examples/kronoberg.yaml', '--collapse', 'aktivitet'])).code).toBe(2);
  });
});
