import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMermaid } from '../../src/mermaid/index.js';
import { NATIONAL_TEMPLATES } from '../../src/templates/national.js';
import { cli } from '../cli/harness.js';
import { example } from '../mermaid/helpers.js';
import { launchTestChromium, testChromium } from '../support/chromium.js';

const chromium = testChromium('test/browser zoom');
const KRONOBERG = join('examples', 'kronoberg.yaml');
const GOTLAND = join('examples', 'gotland-besoksnaring.yaml');

/** A fresh folder for the pages the CLI writes. */
const dir = mkdtempSync(join(tmpdir(), 'effektkedja-zoom-'));

async function write(args: readonly string[]): Promise<void> {
  const run = await cli(args);
  if (run.code !== 0 && run.code !== 1) throw new Error(`effektkedja ${args.join(' ')}: ${run.stderr}`);
}

/** The smallest text of the figure's SVG as drawn on screen, in CSS px (font size × the drawn scale of its box). */
const SMALLEST_TEXT = `(figure) => {
  let smallest = Infinity;
  for (const text of figure.querySelectorAll('svg text')) {
    if (!text.textContent.trim()) continue;
    const drawn = text.getBoundingClientRect();
    const own = text.getBBox();
    if (!own.height || !drawn.height) continue;
    smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * drawn.height / own.height);
  }
  return smallest;
}`;

async function smallestText(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    ([fn, sel]) => (new Function(`return ${fn}`)() as (e: Element) => number)(document.querySelector(sel!)!),
    [SMALLEST_TEXT, selector] as const,
  );
}

/** The drawn width of the SVG in the selector's figure, in CSS px. */
async function drawnWidth(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) => document.querySelector(`${sel} svg`)!.getBoundingClientRect().width,
    selector,
  );
}

/** Opens a written page from file://, failing on any request that is not a file: or data: address. */
async function open(
  context: BrowserContext,
  file: string,
  requests: string[],
): Promise<{ page: Page; errors: string[] }> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!/^(file|data):/.test(r.url())) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(
    () => {
      const main = document.getElementById('diagram');
      return main ? main.dataset.status !== 'pending' : document.body.dataset.diagrams === 'done';
    },
    null,
    { timeout: 60_000 },
  );
  // Panzoom writes its transforms in the next animation frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return { page, errors };
}

const frame = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

describe.skipIf(!chromium)('pan and zoom in the HTML pages (real Chromium, file://)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchTestChromium(chromium!);
    await write(['diagram', KRONOBERG, '--plan', 'sydostleden', '--strategy', '-o', join(dir, 'plan.html')]);
    await write([
      'diagram',
      KRONOBERG,
      '--plan',
      'sydostleden',
      '--lang',
      'en',
      '-o',
      join(dir, 'plan-en.html'),
    ]);
    await write(['report', KRONOBERG, '--as-of', '2025', '-o', join(dir, 'report.html')]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    [
      'plan.html',
      'sv',
      ['Zooma in', 'Zooma ut', 'Anpassa diagrammet till fönstret, med läsbar text', 'Naturlig storlek'],
    ],
    [
      'plan-en.html',
      'en',
      ['Zoom in', 'Zoom out', 'Fit the diagram to the window, with readable text', 'Actual size'],
    ],
  ] as const)(
    '%s: buttons in the page language change the scale; fitted text ≥ 11 px; no request',
    async (file, _lang, labels) => {
      const requests: string[] = [];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const { page, errors } = await open(context, join(dir, file), requests);
        expect(await page.evaluate(() => document.getElementById('diagram')!.dataset.status)).toBe('done');
        const names = await page.$$eval('#diagram .ek-tools button', (bs) =>
          bs.map((b) => b.getAttribute('aria-label')),
        );
        expect(names).toEqual(labels);
        const natural = await page.evaluate(() =>
          Number(document.querySelector('#diagram svg')!.getAttribute('width')),
        );
        const fitted = await drawnWidth(page, '#diagram');
        expect(await smallestText(page, '#diagram')).toBeGreaterThanOrEqual(11 - 0.01);
        expect(fitted).toBeLessThanOrEqual(natural + 0.5);

        await page.getByRole('button', { name: labels[0] }).click();
        await frame(page);
        const bigger = await drawnWidth(page, '#diagram');
        expect(bigger / fitted).toBeCloseTo(1.25, 2);

        await page.getByRole('button', { name: labels[1] }).click();
        await page.getByRole('button', { name: labels[1] }).click();
        await frame(page);
        expect((await drawnWidth(page, '#diagram')) / fitted).toBeCloseTo(0.8, 2);

        await page.getByRole('button', { name: labels[3] }).click();
        await frame(page);
        expect(await drawnWidth(page, '#diagram')).toBeCloseTo(natural, 0);

        // The keyboard reaches the buttons: focus the fit button, press Enter.
        await page.getByRole('button', { name: labels[2] }).focus();
        await page.keyboard.press('Enter');
        await frame(page);
        expect(await drawnWidth(page, '#diagram')).toBeCloseTo(fitted, 0);

        // Drag pans: the diagram moves with the pointer.
        const view = (await page.locator('#diagram .ek-view').boundingBox())!;
        const before = await page.evaluate(
          () => document.querySelector('#diagram svg')!.getBoundingClientRect().x,
        );
        await page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
        await page.mouse.down();
        await page.mouse.move(view.x + view.width / 2 - 200, view.y + view.height / 2, { steps: 5 });
        await page.mouse.up();
        await frame(page);
        const after = await page.evaluate(
          () => document.querySelector('#diagram svg')!.getBoundingClientRect().x,
        );
        expect(after - before).toBeCloseTo(-200, -1);

        // The wheel zooms in.
        await page.mouse.move(view.x + 100, view.y + 50);
        const beforeWheel = await drawnWidth(page, '#diagram');
        await page.mouse.wheel(0, -200);
        await frame(page);
        expect(await drawnWidth(page, '#diagram')).toBeGreaterThan(beforeWheel * 1.05);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('a window too narrow for the diagram: drawn with 11 px text, wider than the view, to pan', async () => {
    const context = await browser.newContext({ viewport: { width: 480, height: 700 } });
    try {
      const { page } = await open(context, join(dir, 'plan.html'), []);
      const smallest = await smallestText(page, '#diagram');
      expect(smallest).toBeGreaterThanOrEqual(11 - 0.01);
      expect(smallest).toBeLessThan(11.5);
      const view = await page.evaluate(() => document.querySelector('#diagram .ek-view')!.clientWidth);
      expect(await drawnWidth(page, '#diagram')).toBeGreaterThan(view);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a diagram smaller than the window is fitted at natural size, not blown up', async () => {
    const small = join(dir, 'small.yaml');
    writeFileSync(
      small,
      'formatVersion: 1\nplans:\n  - id: p\n    name: Liten plan\n    kind: projekt\n    boxes:\n      - { id: a, level: resurser, text: Pengar }\n      - { id: b, level: aktiviteter, text: Kurs }\n    links:\n      - { from: a, to: b }\n',
    );
    await write(['diagram', small, '-o', join(dir, 'small.html')]);
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    try {
      const { page } = await open(context, join(dir, 'small.html'), []);
      expect(await page.evaluate(() => document.getElementById('diagram')!.dataset.scale)).toBe('1.0000');
    } finally {
      await context.close();
    }
  }, 120_000);

  describe('the report', () => {
    const kronoberg = example('kronoberg');
    const plan = kronoberg.plans!.find((p) => p.id === 'sydostleden')!;
    const goals = exportMermaid(kronoberg, {
      plan: plan.id,
      strategy: true,
      templates: NATIONAL_TEMPLATES,
    }).goalNodes;

    it('each diagram has the goals the plan serves, fits the column with text ≥ 11 px, and opens full size on click', async () => {
      expect(goals.size).toBeGreaterThan(0);
      const requests: string[] = [];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const { page, errors } = await open(context, join(dir, 'report.html'), requests);
        const first = 'section#plan-0 .diagram';
        expect(await page.evaluate(() => document.querySelectorAll('.diagram.ek-zoomable').length)).toBe(
          kronoberg.plans!.length,
        );
        const nodes = await page.$$eval(`${first} g.node`, (gs) =>
          gs.map((g) => /-flowchart-(.+)-\d+$/.exec(g.id)?.[1] ?? ''),
        );
        for (const node of goals.values()) expect(nodes).toContain(node);
        expect(await smallestText(page, first)).toBeGreaterThanOrEqual(11 - 0.01);
        // The diagram fits the column: its view is no wider than the report's main column.
        const column = await page.evaluate(() => document.querySelector('main')!.clientWidth);
        const viewWidth = (await page.locator(`${first} .ek-view`).boundingBox())!.width;
        expect(viewWidth).toBeLessThanOrEqual(column + 1);

        // A click opens the overlay with the same SVG, fitted to the window, text still readable.
        await page.locator(`${first} .ek-view`).click();
        await frame(page);
        expect(
          await page.evaluate(() => (document.getElementById('ek-dialog') as HTMLDialogElement).open),
        ).toBe(true);
        expect(await page.locator('#ek-dialog-title').textContent()).toBe(plan.name);
        const inDialog = await page.$$eval('#ek-dialog svg g.node', (gs) => gs.length);
        expect(inDialog).toBe(nodes.length);
        expect(await page.$$eval(`${first} svg`, (s) => s.length)).toBe(0);
        expect(await smallestText(page, '#ek-dialog .ek-dialog-body')).toBeGreaterThanOrEqual(11 - 0.01);
        const dialogView = (await page.locator('#ek-dialog .ek-view').boundingBox())!;
        expect(dialogView.width).toBeGreaterThan(1200);
        expect(dialogView.height).toBeGreaterThan(600);
        // Its zoom buttons work too.
        const before = await drawnWidth(page, '#ek-dialog');
        await page.locator('#ek-dialog').getByRole('button', { name: 'Zooma in' }).click();
        await frame(page);
        expect((await drawnWidth(page, '#ek-dialog')) / before).toBeCloseTo(1.25, 2);

        // Esc closes it and the diagram is back in the report.
        await page.keyboard.press('Escape');
        await frame(page);
        expect(
          await page.evaluate(() => (document.getElementById('ek-dialog') as HTMLDialogElement).open),
        ).toBe(false);
        expect(await page.$$eval(`${first} svg g.node`, (gs) => gs.length)).toBe(nodes.length);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);

    it('the wheel scrolls the report; Ctrl + wheel zooms the diagram', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const { page } = await open(context, join(dir, 'report.html'), []);
        const first = 'section#plan-0 .diagram';
        const view = (await page.locator(`${first} .ek-view`).boundingBox())!;
        await page.mouse.move(view.x + 50, view.y + 50);
        const width = await drawnWidth(page, first);
        await page.mouse.wheel(0, 300);
        await frame(page);
        expect(await drawnWidth(page, first)).toBeCloseTo(width, 1);
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        const box = (await page.locator(`${first} .ek-view`).boundingBox())!;
        await page.mouse.move(box.x + 50, box.y + 50);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -200);
        await page.keyboard.up('Control');
        await frame(page);
        expect(await drawnWidth(page, first)).toBeGreaterThan(width * 1.05);
      } finally {
        await context.close();
      }
    }, 120_000);

    it('several regions: one mermaid.min.js beside the reports, each page small and still offline', async () => {
      const out = join(dir, 'regions');
      mkdirSync(out, { recursive: true });
      await write(['report', KRONOBERG, GOTLAND, '--as-of', '2025', '-o', join(out, 'report.html')]);
      const files = readdirSync(out).sort();
      expect(files).toEqual(['mermaid.min.js', 'report-region-gotland.html', 'report-region-kronoberg.html']);
      const shared = readFileSync(join(out, 'mermaid.min.js'), 'utf8');
      expect(shared.length).toBeGreaterThan(1_000_000);
      for (const page of files.filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(out, page), 'utf8');
        expect(statSync(join(out, page)).size).toBeLessThan(300_000);
        expect(html).toContain('<script src="mermaid.min.js"></script>');
        expect(html).not.toContain(shared.slice(0, 2000));
      }
      const requests: string[] = [];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const { page, errors } = await open(context, join(out, 'report-region-gotland.html'), requests);
        const statuses = await page.$$eval('.diagram', (ds) =>
          ds.map((d) => (d as HTMLElement).dataset.status),
        );
        expect(statuses.length).toBeGreaterThan(0);
        expect(statuses.every((s) => s === 'done')).toBe(true);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
      } finally {
        await context.close();
      }
      // One region stays one self-contained file.
      const single = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(single).not.toContain('<script src=');
      expect(single.length).toBeGreaterThan(1_000_000);
    }, 180_000);
  });
});
