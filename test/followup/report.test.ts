import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/followup/index.js';
import type { Plan } from '../../src/index.js';
import { userText, validDocument } from '../support/arbitraries.js';
import { CHROMIUM_FLAGS, testChromium } from '../support/chromium.js';
import { kronobergWithUnitMismatch, loadExample } from './support.js';

const require = createRequire(import.meta.url);

/** The little of jsdom used here (jsdom ships no types of its own). */
interface Dom {
  readonly window: { readonly document: Document };
}
const { JSDOM } = require('jsdom') as { JSDOM: new (html: string) => Dom };

// Test-only diagrams: box positions as node ids, so no user text reaches Mermaid.
const diagram = (plan: Plan) => {
  const at = new Map(plan.boxes.map((b, i) => [b.id, i]));
  const lines = ['flowchart LR', ...plan.boxes.map((_, i) => `  n${i}[B${i}]`)];
  for (const l of plan.links ?? []) {
    const a = at.get(l.from);
    const b = at.get(l.to);
    if (a !== undefined && b !== undefined) lines.push(`  n${a} --> n${b}`);
  }
  return lines.join('\n');
};

const ELEMENTS = new Set(
  'html head meta title style body header main h1 h2 h3 h4 small section ul li span code p pre table thead tbody tr th td'.split(
    ' ',
  ),
);
const ATTRIBUTES = new Set([
  'lang',
  'charset',
  'name',
  'content',
  'http-equiv',
  'class',
  'id',
  'scope',
  'data-title',
]);

describe('buildReport on Kronoberg', () => {
  it('prints the follow-up date under the title and judges every status at it', async () => {
    const r = buildReport(await loadExample('kronoberg.yaml'), { lang: 'sv', asOf: 2026 });
    expect(r.markdown.startsWith('# Uppföljning: Region Kronoberg\n\nLäget per 2026.\n')).toBe(true);
    expect(r.html).toContain('<p class="as-of">Läget per 2026.</p>');
    const row = r.markdown.split('\n').find((l) => l.includes('| antal-deltagare |'))!;
    expect(row).toContain('| ej nått | inget värde för målåret 2021; senaste 2020 |');
    expect(row).not.toContain('i fas');
    const en = buildReport(await loadExample('kronoberg.yaml'), { lang: 'en', asOf: '2026-04-01' });
    expect(en.markdown).toContain('\nStatus as of 2026-04-01.\n');
    expect(en.markdown).toContain('| missed | no value for the target year 2021; latest 2020 |');
  });

  it('writes per plan its diagram, findings and status, then the portfolio with findings before numbers', async () => {
    const r = buildReport(await kronobergWithUnitMismatch(), { lang: 'sv', diagrams: diagram });
    const md = r.markdown;
    expect(
      md.startsWith(
        '# Uppföljning: Region Kronoberg\n\nLäget per 2020 (senaste mätvärdet; inget uppföljningsdatum angivet).\n',
      ),
    ).toBe(true);
    expect(md).toContain('### Sydostleden cykelled och företagande (sydostleden)');
    expect(md).toContain('```mermaid\nflowchart LR\n');
    const findingsAt = md.indexOf('### Fynd i syntesen');
    expect(findingsAt).toBeGreaterThan(0);
    expect(md.indexOf('ROLLUP\\_UNIT\\_MISMATCH', findingsAt)).toBeGreaterThan(findingsAt);
    expect(md.indexOf('### Syntes av uppföljningen')).toBeGreaterThan(
      md.indexOf('ROLLUP\\_UNIT\\_MISMATCH', findingsAt),
    );
    expect(md).toContain('## Täckning (stryktips)');
    expect(md).toContain('Varje mål har minst en plan som bidrar till det.');
    // The roll-up finding also stands under its plan.
    const smaland = md.indexOf('### Destination Småland');
    expect(md.indexOf('ROLLUP\\_UNIT\\_MISMATCH', smaland)).toBeLessThan(md.indexOf('## Portföljen'));
    expect(r.validation.findings.map((f) => f.code)).toEqual(['ROLLUP_UNIT_MISMATCH']);
    // Each diagram carries its plan's name, the title of its full-size view.
    expect(r.html).toContain(
      '<pre class="mermaid" data-title="Sydostleden cykelled och företagande">flowchart LR\n',
    );
    expect(r.html).toContain("script-src 'none'");
    expect(r.html).not.toContain('<script');
  });

  it('speaks English when asked and has no diagram section without a callback', async () => {
    const r = buildReport(await loadExample('kronoberg.yaml'), { lang: 'en' });
    expect(r.markdown).toContain('## Coverage (stryktips)');
    expect(r.markdown).not.toContain('```mermaid');
    expect(r.html).not.toContain('class="mermaid"');
  });

  it('fences a diagram that holds backticks with a longer fence', async () => {
    const r = buildReport(await loadExample('kronoberg.yaml'), {
      diagrams: () => 'flowchart LR\n  a["````"]',
    });
    expect(r.markdown).toContain('`````mermaid\nflowchart LR\n  a["````"]\n`````');
  });
});

describe('buildReport escapes all user text', () => {
  const hostile = fc.tuple(validDocument, userText, userText).map(([doc, region, extra]) => {
    doc.region = `${region}<img src=x onerror=alert(1)>`;
    doc.plans![0]!.name = `</pre><script>alert(1)</script>${extra}`;
    doc.plans![0]!.goalLinks!.push({ from: '</td>', goal: '<b>bold</b>' } as never);
    return doc;
  });

  it('HTML parses to the report’s own elements only, with the user text as text', () => {
    fc.assert(
      fc.property(hostile, (doc) => {
        const r = buildReport(doc, { diagrams: () => '</pre><script>alert(2)</script>' });
        const page = new JSDOM(r.html).window.document;
        for (const el of Array.from(page.querySelectorAll('*'))) {
          expect(ELEMENTS.has(el.localName), el.localName).toBe(true);
          for (const a of Array.from(el.attributes)) expect(ATTRIBUTES.has(a.name), a.name).toBe(true);
        }
        expect(page.title).toBe(r.title.replace(/[\t\n\f\r ]+/g, ' ').trim());
        const names = Array.from(page.querySelectorAll('section.plan h3')).map(
          (h) => h.firstChild?.textContent,
        );
        expect(names).toEqual(doc.plans!.map((p) => `${p.name} `));
        expect(page.querySelector('pre.mermaid')?.textContent).toBe('</pre><script>alert(2)</script>');
        // The plan's name as the diagram's title: an attribute value, never markup.
        expect((page.querySelector('pre.mermaid') as HTMLElement | null)?.dataset.title).toBe(
          doc.plans![0]!.name,
        );
      }),
      { numRuns: 25, seed: 84 },
    );
  });

  it('Markdown carries no raw HTML outside the diagram fences', () => {
    fc.assert(
      fc.property(hostile, (doc) => {
        const md = buildReport(doc).markdown;
        expect(md).not.toMatch(/(?<!\\)</);
      }),
      { numRuns: 40, seed: 85 },
    );
  });
});

const chromium = testChromium('the HTML report in Chromium');

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  it('renders every plan’s diagram with the inlined Mermaid bundle, offline', async () => {
    const { chromium: launcher } = await import('playwright-core');
    const doc = await loadExample('kronoberg.yaml');
    const bundle = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
    const script = `${bundle}\nmermaid.initialize({ startOnLoad: false });\nmermaid.run().then(() => { document.body.dataset.rendered = 'yes'; });`;
    const r = buildReport(doc, { diagrams: diagram, script });
    const browser = await launcher.launch({ executablePath: chromium!, args: [...CHROMIUM_FLAGS] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route('**/*', (route) => route.abort());
      await page.setContent(r.html);
      await page.waitForSelector('body[data-rendered="yes"]', { timeout: 30_000 });
      expect(await page.locator('pre.mermaid svg').count()).toBe(doc.plans!.length);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
