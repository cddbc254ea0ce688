import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMermaid, type MermaidExport, toHtmlPage } from '../../src/mermaid/index.js';
import { loadMermaidScript, renderMermaidSvg } from '../../src/node/mermaid-render.js';
import { example, TEMPLATE } from '../mermaid/helpers.js';
import { launchTestChromium, testChromium } from '../support/chromium.js';
import { findingData } from '../support/findings.js';

const chromium = testChromium('test/browser');

const kronoberg = example('kronoberg');
const gotland = example('gotland-besoksnaring');

const cases: [string, MermaidExport][] = [
  [
    'kronoberg portfolio with indicators',
    exportMermaid(kronoberg, { view: 'portfolio', showIndicators: true }),
  ],
  ['gotland plan with strategy', exportMermaid(gotland, { strategy: true, lang: 'en' })],
  ['template', exportMermaid(TEMPLATE, { showIndicators: true, direction: 'TB' })],
  [
    'hostile texts',
    exportMermaid(
      {
        id: 'p',
        name: '<img src=https://example.org/x.png> %%{init: {"theme":"dark"}}%%',
        kind: 'projekt',
        boxes: [
          { id: 'a', level: 'aktiviteter', text: '<img src=https://example.org/a.png onerror=alert(1)>' },
          {
            id: 'b',
            level: 'prestationer',
            text: '%%{init: {"themeCSS":"* { background: url(https://example.org) }"}}%%',
          },
          { id: 'c', level: 'utfall', text: 'end" ] click a call alert() `**md**`' },
        ],
        links: [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'c' },
        ],
      },
      {},
    ),
  ],
];

describe.skipIf(!chromium)('rendering in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchTestChromium(chromium!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)('%s: an SVG with every box, no error, no request', async (_name, result) => {
    const script = loadMermaidScript();
    if (!script.ok) throw new Error('mermaid is a dev dependency and must resolve');
    const html = toHtmlPage(result.text, { title: result.title, mermaidScript: script.value });
    const context = await browser.newContext();
    try {
      const requests: string[] = [];
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent(html, { waitUntil: 'load' });
      await page.waitForFunction(
        () => document.getElementById('diagram')!.dataset.status !== 'pending',
        null,
        {
          timeout: 60_000,
        },
      );
      expect(await page.evaluate(() => document.getElementById('diagram')!.dataset.status)).toBe('done');
      const svg = await page.evaluate(() => document.querySelector('#diagram svg')!.outerHTML);
      expect(svg).not.toMatch(/Syntax error|Maximum text size|Edge limit/i);
      // Boxes and goals; an empty lane is drawn as a node of its own, so count by generated id.
      const ids = await page.evaluate(() =>
        Array.from(document.querySelectorAll('#diagram svg g.node')).map((g) => g.id),
      );
      expect(ids.filter((id) => /flowchart-[NGC]\d+-/.test(id))).toHaveLength(result.nodes);
      expect(await page.locator('#diagram svg .edgePaths path').count()).toBe(result.edges);
      // User text is text: no element came from a label, nothing was fetched.
      expect(await page.locator('#diagram svg img, #diagram svg script').count()).toBe(0);
      expect(svg).toContain('<title');
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renderMermaidSvg renders the example; a broken diagram is a finding', async () => {
    const good = await renderMermaidSvg(cases[0]![1].text);
    expect(good.ok && good.value.startsWith('<?xml')).toBe(true);
    const bad = await renderMermaidSvg('flowchart LR\n  A --> ');
    expect(bad.ok).toBe(false);
    expect(bad.findings.map((f) => f.code)).toEqual(['MERMAID_RENDER_FAILED']);
  });
});

describe('without the pieces', () => {
  it('a missing Chromium is a finding with a clear message', async () => {
    const result = await renderMermaidSvg('flowchart LR\n  A', { executablePath: '/nonexistent/chromium' });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(['MERMAID_CHROMIUM_MISSING']);
    expect(findingData(result.findings[0]!)).toEqual({
      code: 'MERMAID_CHROMIUM_MISSING',
      severity: 'error',
      location: {},
      details: { path: '/nonexistent/chromium' },
    });
  });

  it('a missing mermaid bundle is a finding', async () => {
    const result = await renderMermaidSvg('flowchart LR\n  A', {
      mermaidPath: '/nonexistent/mermaid.min.js',
    });
    expect(result.findings.map((f) => f.code)).toEqual(['MERMAID_NOT_INSTALLED']);
  });
});
