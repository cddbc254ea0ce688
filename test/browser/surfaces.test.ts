import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/followup/report.js';
import type { Document } from '../../src/index.js';
import { DRAW_SCRIPT } from '../../src/mermaid/draw-script.js';
import { wrapText } from '../../src/mermaid/escape.js';
import { exportMermaid, type MermaidExport, normalizeLabelText, toMermaid } from '../../src/mermaid/index.js';
import { loadMermaidScript, renderMermaidPng, renderMermaidSvg } from '../../src/node/mermaid-render.js';
import { NATIONAL_TEMPLATES } from '../../src/templates/national.js';
import { example, TEMPLATE } from '../mermaid/helpers.js';
import { launchTestChromium, testChromium } from '../support/chromium.js';

const chromium = testChromium('test/browser surfaces');

/** A Debian tool the test needs (libxml2-utils, librsvg2-bin): missing fails in CI, skips elsewhere. */
function tool(name: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
  if (!found && (process.env.EFFEKTKEDJA_REQUIRE_BROWSER || process.env.CI)) {
    throw new Error(`${name} is missing: apt-get install -y libxml2-utils librsvg2-bin`);
  }
  if (!found) console.warn(`test/browser surfaces: SKIPPED — ${name} is missing`);
  return found;
}
const tools = tool('xmllint') && tool('rsvg-convert');

/** What a label shows: the normalized text, runs of spaces and line breaks as one space. */
function shown(text: string): string {
  return normalizeLabelText(text)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

const HOSTILE = [
  '50 %',
  'Företag "AB"',
  'Nr #1',
  'C:\\new\\data',
  '&quot; &amp; #quot; #35;',
  '\uFB02\u00B0\u00B037\u00B6\u00DF',
  '<img src=x onerror=alert(1)>',
  '**fet** _kursiv_ fa:fa-car',
  '%%{init: {"theme":"dark"}}%%',
  'Åsa Öberg – Tillväxt & Samverkan',
];
const hostile: Document = {
  formatVersion: 1,
  region: 'Region "Test" 100 %',
  plans: [
    {
      id: 'h',
      name: 'Plan "H" 50 % #1',
      kind: 'projekt',
      boxes: HOSTILE.map((text, i) => ({
        id: `b${i}`,
        level: (['resurser', 'aktiviteter', 'prestationer', 'utfall', 'kortsiktiga'] as const)[i % 5]!,
        text,
      })),
      links: [{ from: 'b0', to: 'b1', assumption: 'Om "x" > 5 % C:\\new' }],
    },
  ],
} as Document;

const kronoberg = example('kronoberg');
const cases: [string, Document | typeof TEMPLATE, MermaidExport][] = [
  ['kronoberg portfolio', kronoberg, exportMermaid(kronoberg, { view: 'portfolio' })],
  ['gotland plan', example('gotland-besoksnaring'), exportMermaid(example('gotland-besoksnaring'), {})],
  ['template', TEMPLATE, exportMermaid(TEMPLATE, { direction: 'TB' })],
  ['hostile labels', hostile, exportMermaid(hostile, { showAssumptions: true })],
];

/** Each box's expected label, by node id. */
function expectedLabels(input: unknown, result: MermaidExport): Map<string, string> {
  const out = new Map<string, string>();
  const plans = (input as { plans?: { id: string; boxes: { id: string; text: string }[] }[] }).plans ?? [
    input as { id: string; boxes: { id: string; text: string }[] },
  ];
  for (const plan of plans) {
    const nodes = result.boxNodes.get(plan.id);
    for (const box of plan.boxes) {
      const node = nodes?.get(box.id);
      if (node) out.set(node, shown(wrapText(normalizeLabelText(box.text), 26)));
    }
  }
  return out;
}

/** The label text of every node in an SVG file, read as XML. */
async function labelsOfSvgFile(svg: string): Promise<Map<string, string>> {
  // jsdom ships no types; a string specifier keeps tsc from asking for them.
  const jsdom: string = 'jsdom';
  const { JSDOM } = (await import(jsdom)) as {
    JSDOM: new (text: string, options: { contentType: string }) => { window: Window };
  };
  const dom = new JSDOM(svg, { contentType: 'image/svg+xml' });
  const out = new Map<string, string>();
  for (const g of Array.from(dom.window.document.querySelectorAll('g.node'))) {
    const id = /-flowchart-(.+)-\d+$/.exec(g.id)?.[1];
    if (!id) continue;
    const lines = Array.from(g.querySelectorAll('tspan.text-outer-tspan'), (t) => t.textContent ?? '');
    out.set(
      id,
      lines
        .join(' ')
        .replace(/[ \t\n\r\f]+/g, ' ')
        .trim(),
    );
  }
  return out;
}

describe.skipIf(!chromium || !tools)('every surface: valid SVG, drawn by rsvg, text as typed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'effektkedja-surfaces-'));

  it.each(cases)(
    '%s: renderMermaidSvg passes xmllint and rsvg-convert, labels exact',
    async (name, input, result) => {
      const svg = await renderMermaidSvg(result.text);
      if (!svg.ok) throw new Error(JSON.stringify(svg.findings));
      expect(svg.value.startsWith('<?xml')).toBe(true);
      const file = join(dir, `${name.replace(/\W+/g, '-')}.svg`);
      writeFileSync(file, svg.value);
      const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
      expect(lint.stderr).toBe('');
      expect(lint.status).toBe(0);
      const png = `${file}.png`;
      const rsvg = spawnSync('rsvg-convert', ['-o', png, file], { encoding: 'utf8' });
      expect(rsvg.status).toBe(0);
      expect(statSync(png).size).toBeGreaterThan(1000);
      // Text in <text>, not HTML inside <foreignObject>: Word, PowerPoint and rsvg draw it.
      expect(svg.value).not.toContain('<foreignObject');
      expect(svg.value).not.toMatch(/Syntax error|Maximum text size/);
      const labels = await labelsOfSvgFile(svg.value);
      const wanted = expectedLabels(input, result);
      expect(wanted.size).toBeGreaterThan(0);
      for (const [node, text] of wanted) {
        const label = labels.get(node);
        // Indicator lines may follow the box text.
        expect(label === text || label?.startsWith(`${text} `)).toBe(true);
      }
    },
  );

  it('renderMermaidPng writes a picture of the hostile document', async () => {
    const png = await renderMermaidPng(cases[3]![2].text, { scale: 1 });
    if (!png.ok) throw new Error(JSON.stringify(png.findings));
    expect(png.value.length).toBeGreaterThan(5000);
    expect(Buffer.from(png.value.subarray(1, 4)).toString('latin1')).toBe('PNG');
  });

  describe('the follow-up report', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchTestChromium(chromium!);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each([
      ['kronoberg', kronoberg],
      ['hostile labels', hostile],
    ] as const)('%s: every plan drawn, each box with its exact text', async (_name, doc) => {
      const script = loadMermaidScript();
      if (!script.ok) throw new Error('mermaid must resolve');
      const options = { lang: 'sv' as const, templates: NATIONAL_TEMPLATES };
      const report = buildReport(doc, {
        ...options,
        diagrams: (plan) => toMermaid(doc, { plan: plan.id, ...options }),
        script: `${script.value};${DRAW_SCRIPT};effektkedjaDrawAll();`,
      });
      const page = await browser.newPage();
      try {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.setContent(report.html, { waitUntil: 'load' });
        await page.waitForFunction(() => document.body.dataset.diagrams === 'done', null, {
          timeout: 60_000,
        });
        const statuses = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.diagram')).map((d) => (d as HTMLElement).dataset.status),
        );
        expect(statuses).toEqual(doc.plans!.map(() => 'done'));
        const drawn = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.diagram svg')).map((svg) =>
            Array.from(svg.querySelectorAll('g.node')).map((g) => [
              /-flowchart-(.+)-\d+$/.exec(g.id)?.[1] ?? '',
              Array.from(g.querySelectorAll('tspan.text-outer-tspan'))
                .map((t) => t.textContent ?? '')
                .join(' ')
                .replace(/[ \t\n\r\f]+/g, ' ')
                .trim(),
            ]),
          ),
        );
        doc.plans!.forEach((plan, i) => {
          const result = exportMermaid(doc, { plan: plan.id, ...options });
          const labels = new Map(drawn[i] as [string, string][]);
          for (const [node, text] of expectedLabels({ plans: [plan] }, result))
            expect(labels.get(node)).toBe(text);
        });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
