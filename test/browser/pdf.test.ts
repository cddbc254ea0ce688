import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { cli } from '../cli/harness.js';
import { testChromium } from '../support/chromium.js';

const chromium = testChromium('test/browser pdf');

/** pdftotext, pdftoppm and pdfinfo (poppler-utils): missing fails in CI, skips elsewhere. */
function poppler(): boolean {
  const found =
    spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdftoppm && command -v pdfinfo']).status === 0;
  if (!found && (process.env.EFFEKTKEDJA_REQUIRE_BROWSER || process.env.CI)) {
    throw new Error('pdftotext, pdftoppm or pdfinfo is missing: apt-get install -y poppler-utils');
  }
  if (!found) console.warn('test/browser pdf: SKIPPED — poppler-utils is missing');
  return found;
}
const tools = poppler();

const KRONOBERG = 'examples/kronoberg.yaml';
const GOTLAND = 'examples/gotland-besoksnaring.yaml';

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Each page's text, in reading order (pdftotext, one call per page). */
function pagesText(pdf: string): string[] {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
  const out: string[] = [];
  for (let i = 1; i <= pages; i++) out.push(run('pdftotext', ['-f', String(i), '-l', String(i), pdf, '-']));
  return out;
}

/** Each page's size in points, from pdfinfo. */
function pageSizes(pdf: string): { width: number; height: number }[] {
  const text = run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
  return [...text.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** A4 landscape in points (297 × 210 mm), within a point. */
function isA4Landscape(size: { width: number; height: number }): boolean {
  return Math.abs(size.width - 841.9) < 1.5 && Math.abs(size.height - 595.3) < 1.5;
}

/**
 * A page drawn as a grey image (pdftoppm, 50 dpi): the share of its pixels that
 * are not white, overall and in the band from `top` to `bottom` (fractions of the height).
 */
function ink(pdf: string, page: number, top = 0, bottom = 1): number {
  const base = join(mkdtempSync(join(tmpdir(), 'effektkedja-pdf-png-')), 'page');
  run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '50', '-gray', '-singlefile', pdf, base]);
  const pgm = readFileSync(`${base}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by white space.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  let all = 0;
  for (let y = Math.floor(top * height); y < Math.floor(bottom * height); y++) {
    for (let x = 0; x < width; x++) {
      all++;
      if ((pixels[y * width + x] ?? 255) < 200) dark++;
    }
  }
  return dark / all;
}

/** The words of a text, for comparing with pdftotext's output, where labels wrap anywhere. */
function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

describe.skipIf(!chromium || !tools)("PDF through Chromium's print", { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'effektkedja-pdf-'));

  it('report -o uppfoljning.pdf: A4, Swedish headings, each plan on a page of its own', async () => {
    const out = join(dir, 'uppfoljning.pdf');
    const r = await cli(['report', KRONOBERG, '--as-of', '2025', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sizes = pageSizes(out);
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    expect(sizes.every(isA4Landscape)).toBe(true);

    const pages = pagesText(out);
    const all = pages.join('\n');
    for (const heading of [
      'Uppföljning: Region Kronoberg',
      'Läget per 2025.',
      'Planer',
      'Effektkedja',
      'Fynd',
      'Indikatorernas status',
      'Portföljen',
      'Täckning (stryktips)',
    ]) {
      expect(all).toContain(heading);
    }
    // Page numbers in Swedish at the foot of every page.
    pages.forEach((text, i) => {
      expect(text).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
    // Each plan, the portfolio and the coverage start a page: their headings are on different pages.
    const pageOf = (heading: string) => pages.findIndex((t) => t.includes(heading));
    const first = pageOf('Sydostleden cykelled och företagande (sydostleden)');
    const second = pageOf('Destination Småland (destination-smaland)');
    const portfolio = pageOf('Portföljen');
    const coverage = pageOf('Täckning (stryktips)');
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(first);
    expect(pages[second]!.trimStart().startsWith('Destination Småland (destination-smaland)')).toBe(true);
    expect(portfolio).toBeGreaterThan(second);
    expect(pages[portfolio]!.trimStart().startsWith('Portföljen')).toBe(true);
    expect(coverage).toBeGreaterThan(portfolio);
    // The diagrams were drawn (their box texts are in the PDF as text), not left as Mermaid source.
    expect(all).not.toContain('flowchart');
    expect(all).toContain('Entreprenörer deltar i');
    // The first page as a picture: the diagram under the headings has ink, the page is not blank.
    expect(ink(out, 1)).toBeGreaterThan(0.01);
    expect(ink(out, 1, 0.2, 0.45)).toBeGreaterThan(0.02);
  });

  it('report --lang en -o report.pdf: English headings and page numbers', async () => {
    const out = join(dir, 'report.pdf');
    const r = await cli(['report', KRONOBERG, '--as-of', '2025', '--lang', 'en', '--no-diagrams', '-o', out]);
    expect(r.code).toBe(0);
    const pages = pagesText(out);
    expect(pages[0]).toContain('Plans');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  });

  it('diagram -o plan.pdf: one A4 landscape page with every box text of the plan', async () => {
    const out = join(dir, 'plan.pdf');
    const r = await cli(['diagram', KRONOBERG, '--plan', 'sydostleden', '--strategy', '-o', out]);
    expect(r.code).toBe(0);
    const sizes = pageSizes(out);
    expect(sizes).toHaveLength(1);
    expect(isA4Landscape(sizes[0]!)).toBe(true);
    const text = pagesText(out)[0]!;
    expect(text).toContain('Sydostleden cykelled och företagande');
    expect(text).toContain('Sida 1 av 1');
    const parsed = parseDocument(readFileSync(KRONOBERG, 'utf8'), { file: KRONOBERG });
    if (!parsed.ok) throw new Error('the example parses');
    const plan = parsed.value.plans?.find((p) => p.id === 'sydostleden');
    const found = new Set(words(text));
    const missing = (plan?.boxes ?? []).flatMap((b) => words(b.text)).filter((w) => !found.has(w));
    expect(plan?.boxes.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
    // The diagram fills the width of the page below the title: ink in the middle band.
    expect(ink(out, 1, 0.15, 0.4)).toBeGreaterThan(0.02);
  });

  it('report --for tillvaxtradet -o underlag.pdf: the report for a meeting on A4, Swedish headings', async () => {
    const out = join(dir, 'underlag.pdf');
    const r = await cli(['report', GOTLAND, '--for', 'tillvaxtradet', '--as-of', '2026-04-01', '-o', out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageSizes(out).every(isA4Landscape)).toBe(true);
    const pages = pagesText(out);
    const all = words(pages.join('\n')).join(' ');
    for (const text of [
      'Underlag till Tillväxtrådet, 2026-04-01',
      'Möte: 2026-04-01 (Rapportering till tillväxtrådet).',
      'Vad har hänt sedan förra mötet',
      'Status',
      'Insatsplan Besöksnäring 2023–2025 (insatsplan-besoksnaring)',
      'Vad ska lämnas',
      'Saknas',
      'Slutrapport för planen «insatsplan-besoksnaring» skulle ha lämnats senast 2026-03-31',
      'Till och med 2026-07-01',
      'Oförutsedda resultat och lärdomar',
    ]) {
      expect(all).toContain(text);
    }
    pages.forEach((text, i) => {
      expect(text).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
  });

  it('writes atomically: an existing PDF is replaced, no temporary file is left', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'effektkedja-pdf-atomic-'));
    const out = join(sub, 'plan.pdf');
    writeFileSync(out, 'old');
    const r = await cli(['diagram', KRONOBERG, '--plan', 'destination-smaland', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(sub)).toEqual(['plan.pdf']);
  });
});

describe('PDF without a Chromium', () => {
  it('is a usage error (exit 2) that says what to install, before anything is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-pdf-none-'));
    const env = { EFFEKTKEDJA_CHROMIUM: join(dir, 'no-chromium-here') };
    for (const args of [
      ['diagram', KRONOBERG, '-o', join(dir, 'plan.pdf')],
      ['report', KRONOBERG, '-o', join(dir, 'uppfoljning.pdf')],
      ['report', GOTLAND, '--for', 'tillvaxtradet', '--as-of', '2026-04-01', '-o', join(dir, 'underlag.pdf')],
    ]) {
      const r = await cli(args, { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('a PDF is printed by Chromium');
      expect(r.stderr).toContain('EFFEKTKEDJA_CHROMIUM');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'plan.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'uppfoljning.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'underlag.pdf'))).toBe(false);
  });

  it('names the forms a report can take', async () => {
    const r = await cli(['report', KRONOBERG, '-o', 'x.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.md, .html or .pdf');
  });
});
