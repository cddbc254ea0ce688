import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlayground, type Playground } from '../support/playground.js';

const kronoberg = readFileSync(new URL('../../examples/kronoberg.yaml', import.meta.url), 'utf8');

interface Shown {
  /** Drawn size over natural size. */
  readonly scale: number;
  /** The smallest text as drawn, in CSS pixels. */
  readonly smallest: number;
  /** The diagram's top-left corner, relative to the pane's. */
  readonly left: number;
  readonly top: number;
  /** The drawn diagram is wider than the pane (the rest is reached by panning). */
  readonly wider: boolean;
  readonly paneWidth: number;
  readonly mode: string | undefined;
  readonly fitPressed: string | null;
  readonly level: string;
}

/** How the diagram is drawn in the pane, measured from the rendered elements. */
async function shown(page: Page): Promise<Shown> {
  return page.evaluate(async () => {
    // panzoom applies a change in the next animation frame.
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    const pane = document.getElementById('diagram')!;
    const svg = pane.querySelector('svg')!;
    const rect = svg.getBoundingClientRect();
    // The pane's content box: inside its border and padding.
    const style = getComputedStyle(pane);
    const box = pane.getBoundingClientRect();
    const view = {
      left: box.left + pane.clientLeft + Number.parseFloat(style.paddingLeft),
      top: box.top + pane.clientTop + Number.parseFloat(style.paddingTop),
    };
    const scale = rect.width / svg.viewBox.baseVal.width;
    let smallest = Number.POSITIVE_INFINITY;
    for (const t of Array.from(svg.querySelectorAll('text'))) {
      if (!t.textContent?.trim()) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(t).fontSize) * scale);
    }
    return {
      scale,
      smallest,
      left: rect.left - view.left,
      top: rect.top - view.top,
      wider: rect.width > pane.clientWidth + 1,
      paneWidth: pane.clientWidth,
      mode: pane.dataset.zoom,
      fitPressed: document.getElementById('zoom-fit')!.getAttribute('aria-pressed'),
      level: document.getElementById('zoom-level')!.textContent ?? '',
    };
  });
}

async function rendered(page: Page): Promise<string | null> {
  return page.getAttribute('#diagram', 'data-rendered');
}

async function redrawn(page: Page, before: string | null): Promise<void> {
  await page.waitForFunction(
    (b) => {
      const pane = document.getElementById('diagram')!;
      return pane.dataset.rendered !== b && !pane.classList.contains('stale');
    },
    before,
    { timeout: 60_000 },
  );
}

/** Clicks a download button and returns the file the page offered. */
async function downloaded(page: Page, selector: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync(await download.path());
}

/** The width and height a PNG's header gives. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each([
  ['served site', 'served'],
  ['single file from file://', 'file'],
] as const)('pan and zoom of the diagram: %s', (_name, kind) => {
  let site: Playground;
  let page: Page;

  beforeAll(async () => {
    site = await openPlayground(kind, { acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = site.page;
    const before = await rendered(page);
    await page.selectOption('#source-select', 'example:kronoberg');
    await page.click('#source-open');
    await redrawn(page, before);
  }, 300_000);
  afterAll(async () => site?.close());

  it('opens fitted to the width, with text no smaller than 11 px', async () => {
    const fitted = await shown(page);
    expect(fitted.mode).toBe('fit');
    expect(fitted.fitPressed).toBe('true');
    expect(fitted.smallest).toBeGreaterThanOrEqual(10.99);
    expect(fitted.left).toBeCloseTo(0, 0);
    expect(fitted.top).toBeCloseTo(0, 0);
    expect(fitted.level).toBe(`${Math.round(fitted.scale * 100)} %`);
  });

  it('zooms in, out, to 1:1 and back to fit with the buttons', async () => {
    const fitted = await shown(page);
    await page.click('#zoom-in');
    const larger = await shown(page);
    expect(larger.scale / fitted.scale).toBeCloseTo(1.25, 2);
    expect(larger.mode).toBe('free');
    expect(larger.fitPressed).toBe('false');
    expect(larger.level).toBe(`${Math.round(larger.scale * 100)} %`);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    expect((await shown(page)).scale / fitted.scale).toBeCloseTo(0.8, 2);
    await page.click('#zoom-actual');
    const actual = await shown(page);
    expect(actual.scale).toBeCloseTo(1, 3);
    expect(actual.level).toBe('100 %');
    await page.click('#zoom-fit');
    const again = await shown(page);
    expect(again.scale).toBeCloseTo(fitted.scale, 3);
    expect(again.mode).toBe('fit');
    expect(again.fitPressed).toBe('true');
  });

  it('zooms with the wheel at the pointer, and pans by dragging', async () => {
    const box = (await page.locator('#diagram').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const before = await shown(page);
    // The diagram point under the pointer, in the SVG's own units.
    const under = (b: Shown) => ({ x: (x - box.x - b.left) / b.scale, y: (y - box.y - b.top) / b.scale });
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -200);
    await page.waitForFunction(
      (s) => Number(document.getElementById('diagram')!.dataset.scale) > s,
      before.scale,
    );
    const zoomed = await shown(page);
    expect(zoomed.scale).toBeGreaterThan(before.scale * 1.05);
    expect(zoomed.mode).toBe('free');
    // What was under the pointer stays under it.
    expect(under(zoomed).x).toBeCloseTo(under(before).x, -1);
    expect(under(zoomed).y).toBeCloseTo(under(before).y, -1);
    await page.mouse.wheel(0, 200);
    await page.waitForFunction(
      (s) => Number(document.getElementById('diagram')!.dataset.scale) < s,
      zoomed.scale,
    );
    expect((await shown(page)).scale).toBeLessThan(zoomed.scale);

    const start = await shown(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 60, y - 40, { steps: 4 });
    await page.mouse.move(x - 120, y - 80, { steps: 4 });
    await page.mouse.up();
    const dragged = await shown(page);
    expect(dragged.scale).toBeCloseTo(start.scale, 4);
    expect(dragged.left - start.left).toBeCloseTo(-120, 0);
    expect(dragged.top - start.top).toBeCloseTo(-80, 0);
  });

  it('works from the keyboard: + and − zoom, 0 is 1:1, the arrows pan, F fits', async () => {
    await page.focus('#diagram');
    await page.keyboard.press('0');
    const actual = await shown(page);
    expect(actual.scale).toBeCloseTo(1, 3);
    await page.keyboard.press('+');
    expect((await shown(page)).scale).toBeCloseTo(1.25, 3);
    await page.keyboard.press('-');
    const back = await shown(page);
    expect(back.scale).toBeCloseTo(1, 3);
    await page.keyboard.press('ArrowRight');
    const moved = await shown(page);
    expect(moved.left - back.left).toBeCloseTo(-60, 0);
    await page.keyboard.press('ArrowDown');
    expect((await shown(page)).top - moved.top).toBeCloseTo(-60, 0);
    await page.keyboard.press('f');
    expect((await shown(page)).mode).toBe('fit');
    // The buttons are reached with Tab and pressed with Enter.
    await page.focus('#zoom-in');
    await page.keyboard.press('Enter');
    expect((await shown(page)).mode).toBe('free');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoom-out');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoom-fit');
    await page.keyboard.press('Enter');
    expect((await shown(page)).mode).toBe('fit');
  });

  it('keeps a zoomed view through a redraw after an edit, and fits another document anew', async () => {
    await page.click('#zoom-actual');
    await page.click('#zoom-in');
    await page.focus('#diagram');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const kept = await shown(page);
    const before = await rendered(page);
    await page.fill(
      '#editor',
      kronoberg.replace('Sydostleden cykelled och företagande', 'Sydostleden cykelled'),
    );
    await redrawn(page, before);
    const after = await shown(page);
    expect(after.mode).toBe('free');
    expect(after.scale).toBeCloseTo(kept.scale, 4);
    expect(after.left).toBeCloseTo(kept.left, 0);
    expect(after.top).toBeCloseTo(kept.top, 0);
    // Another plan (here: every plan, the portfolio) is a new picture: fitted again.
    const portfolio = await rendered(page);
    await page.selectOption('#plan-select', '');
    await redrawn(page, portfolio);
    const fitted = await shown(page);
    expect(fitted.mode).toBe('fit');
    expect(fitted.smallest).toBeGreaterThanOrEqual(10.99);
  });

  it('fits the wide portfolio with text no smaller than 11 px, the rest reached by panning', async () => {
    const fitted = await shown(page);
    expect(fitted.mode).toBe('fit');
    // Fitting the whole portfolio into this pane would draw its text at a few pixels.
    expect(fitted.smallest).toBeGreaterThanOrEqual(10.99);
    expect(fitted.smallest).toBeLessThan(11.5);
    expect(fitted.wider).toBe(true);
    await page.focus('#diagram');
    await page.keyboard.press('ArrowRight');
    expect((await shown(page)).left).toBeCloseTo(-60, 0);
    await page.click('#zoom-fit');
  });

  it('downloads the whole diagram at 1:1, whatever the zoom', async () => {
    const svgFitted = (await downloaded(page, '#dl-svg')).toString('utf8');
    const pngFitted = await downloaded(page, '#dl-png');
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    await page.focus('#diagram');
    await page.keyboard.press('ArrowLeft');
    expect((await shown(page)).mode).toBe('free');
    const svgZoomed = (await downloaded(page, '#dl-svg')).toString('utf8');
    const pngZoomed = await downloaded(page, '#dl-png');
    expect(svgZoomed).toBe(svgFitted);
    const viewBox = await page.evaluate(() => {
      const b = document.querySelector<SVGSVGElement>('#diagram svg')!.viewBox.baseVal;
      return { width: Math.ceil(b.width), height: Math.ceil(b.height) };
    });
    expect(svgZoomed).toContain(`width="${viewBox.width}"`);
    expect(svgZoomed).toContain(`height="${viewBox.height}"`);
    // The PNG is drawn at twice the natural size, both times.
    expect(pngSize(pngZoomed)).toEqual({ width: viewBox.width * 2, height: viewBox.height * 2 });
    expect(pngSize(pngFitted)).toEqual(pngSize(pngZoomed));
  });

  it('names the buttons in the chosen language', async () => {
    const names = () =>
      page.$$eval('.zoom button', (bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent));
    expect(await names()).toEqual(['Zooma ut', 'Zooma in', 'Anpassa till bredden', 'Naturlig storlek (1:1)']);
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await names()).toEqual(['Zoom out', 'Zoom in', 'Fit to width', 'Actual size (1:1)']);
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
  });

  it('made no request beyond its own files, and logged no error', () => {
    const own = (url: string) =>
      url.startsWith(site.origin) || url.startsWith('data:') || url.startsWith('blob:');
    expect(site.requests.filter((r) => !own(r))).toEqual([]);
    if (site.origin === 'file://')
      expect(site.requests.filter((r) => r.startsWith('file:'))).toEqual([site.url]);
    expect(site.errors).toEqual([]);
  });
});
