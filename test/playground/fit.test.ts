import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Site, startSite } from './harness.js';

const kronoberg = readFileSync(new URL('../../examples/kronoberg.yaml', import.meta.url), 'utf8');

/** The smallest text of the drawn diagram, in CSS pixels as shown, and whether the pane scrolls sideways. */
async function shown(page: Page): Promise<{ smallest: number; scrolls: boolean; scale: number }> {
  return page.evaluate(() => {
    const pane = document.getElementById('diagram')!;
    const svg = pane.querySelector('svg')!;
    const ratio = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    let smallest = Number.POSITIVE_INFINITY;
    for (const t of Array.from(svg.querySelectorAll('text'))) {
      if (!t.textContent?.trim()) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(t).fontSize) * ratio);
    }
    return { smallest, scrolls: pane.scrollWidth > pane.clientWidth + 1, scale: ratio };
  });
}

describe('Anpassa till bredden keeps text readable', () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await startSite();
    page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(site.url);
    await page.waitForSelector('#diagram svg g.node', { timeout: 60_000 });
  }, 300_000);
  afterAll(async () => site?.close());

  it('fits a wide portfolio no smaller than 11 px text, and lets the pane scroll', async () => {
    await page.fill('#editor', kronoberg);
    await page.waitForSelector('#plan-field:not([hidden])');
    const before = await page.getAttribute('#diagram', 'data-rendered');
    await page.selectOption('#plan-select', '');
    await page.waitForFunction((b) => document.getElementById('diagram')!.dataset.rendered !== b, before);
    const natural = await shown(page);
    expect(natural.scale).toBeCloseTo(1, 2);
    await page.check('#fit-diagram');
    const fitted = await shown(page);
    // Fitting the whole portfolio to this pane would draw its text at a few pixels.
    expect(fitted.smallest).toBeGreaterThanOrEqual(10.99);
    expect(fitted.smallest).toBeLessThan(natural.smallest);
    expect(fitted.scrolls).toBe(true);
    await page.uncheck('#fit-diagram');
    expect((await shown(page)).scale).toBeCloseTo(1, 2);
  });
});
