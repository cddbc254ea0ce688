import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, validate } from '../../src/index.js';
import { parseFlowchart } from '../setup/mermaid-dom.js';
import { cli } from './harness.js';

const tmp = () => mkdtemp(join(tmpdir(), 'effektkedja-cli-'));

describe('effektkedja diagram', () => {
  it('prints Mermaid text that the real parser accepts, with the plan’s boxes', async () => {
    const r = await cli(['diagram', 'examples/kronoberg.yaml', '--plan', 'sydostleden', '--strategy']);
    expect(r.code).toBe(0);
    const parsed = await parseFlowchart(r.stdout);
    const doc = parseDocument(await readFile('examples/kronoberg.yaml', 'utf8'));
    if (!doc.ok) throw new Error('example must parse');
    const plan = doc.value.plans?.find((p) => p.id === 'sydostleden');
    expect(parsed.vertices.size).toBeGreaterThanOrEqual(plan?.boxes.length ?? 1);
    const texts = [...parsed.vertices.values()].map((v) => v.text).join(' ');
    for (const box of plan?.boxes ?? []) expect(texts.replace(/\s+/g, ' ')).toContain(box.text.split(' ')[0]);
  });

  it('writes Markdown and a self-contained HTML page by the output’s ending', async () => {
    const dir = await tmp();
    const md = join(dir, 'd.md');
    const html = join(dir, 'd.html');
    expect((await cli(['diagram', 'examples/kronoberg.yaml', '--view', 'portfolio', '-o', md])).code).toBe(0);
    expect(await readFile(md, 'utf8')).toContain('```mermaid');
    expect((await cli(['diagram', 'examples/kronoberg.yaml', '-o', html])).code).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/<html[^>]*lang="sv"/);
    expect(page).not.toMatch(/<script[^>]+src=/); // offline: mermaid is inlined, nothing is fetched
  });

  it('draws a national template by id and an English diagram on request', async () => {
    const r = await cli([
      'diagram',
      'examples/kronoberg.yaml',
      '--template',
      'varor-tjanster-direkt',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    await parseFlowchart(r.stdout);
    expect(r.stdout).toContain('Outputs');
  });

  it('refuses unknown output endings and image output to stdout as usage errors', async () => {
    expect((await cli(['diagram', 'examples/kronoberg.yaml', '-o', 'x.docx'])).code).toBe(2);
    expect((await cli(['diagram', 'examples/kronoberg.yaml', '-o', '-', '--direction', 'XY'])).code).toBe(2);
  });

  it('reports an unknown plan as a finding, not a stack trace', async () => {
    const r = await cli(['diagram', 'examples/kronoberg.yaml', '--plan', 'finns-inte']);
    expect(r.stderr).toContain('finns-inte');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('effektkedja templates', () => {
  it('lists the four national templates with their tracks', async () => {
    const r = await cli(['templates', 'list']);
    expect(r.code).toBe(0);
    for (const id of [
      'investeringar-infrastruktur',
      'kunskap-strategier',
      'varor-tjanster-indirekt',
      'varor-tjanster-direkt',
    ]) {
      expect(r.stdout).toContain(id);
    }
    expect(r.stdout).toContain('Insatsspår');
  });

  it('shows a template’s chain with its mandatory indicator', async () => {
    const r = await cli(['templates', 'show', 'varor-tjanster-direkt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Prestationer:/);
    expect(r.stdout).toMatch(/obligatorisk/);
  });

  it('new: writes a plan that parses and validates to only the fill-in findings', async () => {
    const dir = await tmp();
    const file = join(dir, 'ny.yaml');
    const r = await cli([
      'templates',
      'new',
      'kunskap-strategier',
      '--id',
      'analys',
      '--name',
      'Analys',
      '-o',
      file,
    ]);
    expect(r.code).toBe(0);
    const doc = parseDocument(await readFile(file, 'utf8'));
    expect(doc.ok).toBe(true);
    if (!doc.ok) return;
    const codes = new Set(validate(doc.value).findings.map((f) => f.code));
    for (const code of codes) {
      expect([
        'PLACEHOLDER_LEFT',
        'INDICATOR_WITHOUT_BASELINE',
        'INDICATOR_WITHOUT_TARGET',
        'STRATEGY_MISSING',
        'PLAN_WITHOUT_GOAL_LINKS',
      ]).toContain(code);
    }
  });

  it('new --format xlsx: a workbook to fill in that reads back as the same plan', async () => {
    const dir = await tmp();
    const xlsx = join(dir, 'ny.xlsx');
    const yaml = join(dir, 'ny.yaml');
    const args = ['templates', 'new', 'varor-tjanster-direkt', '--id', 'ny'];
    expect((await cli([...args, '--format', 'xlsx', '-o', xlsx])).code).toBe(0);
    expect((await cli([...args, '-o', yaml])).code).toBe(0);
    expect((await cli(['convert', xlsx, join(dir, 'back.yaml')])).code).toBe(0);
    const a = parseDocument(await readFile(yaml, 'utf8'));
    const b = parseDocument(await readFile(join(dir, 'back.yaml'), 'utf8'));
    expect(a.ok && b.ok && b.value).toEqual(a.ok && a.value);
  });

  it('an unknown template is a usage error that names the known ones', async () => {
    const r = await cli(['templates', 'show', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('varor-tjanster-direkt');
  });
});
