import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Document, parseDocument } from '../../src/index.js';
import { exportMermaid, toHtmlPage } from '../../src/mermaid/index.js';
import { loadMermaidScript } from '../../src/node/mermaid-render.js';
import { NATIONAL_TEMPLATES } from '../../src/templates/national.js';
import { example } from '../mermaid/helpers.js';
import { launchTestChromium, testChromium } from '../support/chromium.js';
import { OVERLAPS } from './overlaps.js';

const chromium = testChromium('test/browser layout');

const kronoberg = example('kronoberg');
const gotland = example('gotland-besoksnaring');
// A plan on a national template: its title has three lines (name / Mall / Spår).
const onTemplate: Document = {
  ...gotland,
  plans: [{ ...gotland.plans![0]!, template: 'varor-tjanster-direkt' }],
};
const templates = NATIONAL_TEMPLATES;
const families = parseDocument(
  readFileSync(new URL('../fixtures/ladder/families.yaml', import.meta.url), 'utf8'),
);
if (!families.ok) throw new Error('the families fixture must parse');

const cases: [string, string][] = [
  ['plan with a three-line title', exportMermaid(onTemplate, { templates }).text],
  ['plan with its strategy goals', exportMermaid(gotland, { strategy: true, templates }).text],
  [
    'plan, top to bottom, with indicators',
    exportMermaid(onTemplate, { templates, direction: 'TB', showIndicators: true }).text,
  ],
  ['kronoberg portfolio', exportMermaid(kronoberg, { view: 'portfolio', templates }).text],
  [
    'kronoberg portfolio, top to bottom',
    exportMermaid(kronoberg, { view: 'portfolio', templates, direction: 'TB' }).text,
  ],
  [
    'gotland portfolio: RUS, tillväxtprogram and programplan lanes',
    exportMermaid(gotland, { view: 'portfolio' }).text,
  ],
  [
    'gotland portfolio with indicators, top to bottom',
    exportMermaid(gotland, { view: 'portfolio', showIndicators: true, direction: 'TB' }).text,
  ],
  ['a ramprojekt with its delprojekt nested', exportMermaid(families.value, { view: 'portfolio' }).text],
  ...templates.map((t): [string, string] => [
    `template ${t.id}`,
    exportMermaid(t, { showIndicators: true }).text,
  ]),
];

describe.skipIf(!chromium)(
  'layout: titles, lanes and goal lanes never hide text (bounding boxes in Chromium)',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchTestChromium(chromium!);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(cases)('%s', async (_name, text) => {
      const script = loadMermaidScript();
      if (!script.ok) throw new Error('mermaid must resolve');
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        await page.setContent(toHtmlPage(text, { title: 'x', mermaidScript: script.value }), {
          waitUntil: 'load',
        });
        await page.waitForFunction(
          () => document.getElementById('diagram')!.dataset.status !== 'pending',
          null,
          {
            timeout: 60_000,
          },
        );
        expect(await page.evaluate(() => document.getElementById('diagram')!.dataset.status)).toBe('done');
        // The check finds something to check: every title and box has a text box.
        expect(await page.locator('#diagram svg g.cluster-label text').count()).toBeGreaterThan(5);
        expect(await page.evaluate(OVERLAPS)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);
