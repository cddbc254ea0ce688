/**
 * Takes the screenshots of the playground shown in docs/playground.md and the
 * README: `npx tsx playground/scripts/screenshots.ts` (needs dist/ and chromium).
 * All with the Kronoberg example, at twice the pixels so the text stays sharp.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPlayground } from '../../test/support/playground.js';

const root = new URL('../../', import.meta.url);
const kronoberg = readFileSync(new URL('examples/kronoberg.yaml', root), 'utf8');
// One backwards link, so the page has a finding to show and a box to highlight.
const broken = kronoberg.replace(
  '{ from: affarsprogram, to: deltagare }',
  '{ from: deltagare, to: affarsprogram }',
);
if (broken === kronoberg) throw new Error('examples/kronoberg.yaml: the link to turn round is gone');

/** Waits until the diagram is drawn anew and panzoom has placed it. */
async function drawn(page: Page, before: string | null): Promise<void> {
  await page.waitForFunction(
    (b) => {
      const pane = document.getElementById('diagram')!;
      return pane.dataset.rendered !== b && !pane.classList.contains('stale');
    },
    before,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(300);
}

// Just wider than the page's two-column limit (1100 px), so its text is of a readable size in the picture.
const site = await openPlayground('served', { viewport: { width: 1120, height: 900 }, deviceScaleFactor: 2 });
try {
  const page = site.page;
  for (const lang of ['sv', 'en'] as const) {
    await page.goto(site.url);
    await page.evaluate((l) => localStorage.setItem('effektkedja.playground.lang', l), lang);
    await page.reload();
    await page.waitForSelector('#diagram svg g.node');
    const before = await page.getAttribute('#diagram', 'data-rendered');
    await page.fill('#editor', broken);
    await drawn(page, before);
    // Picked last, so the text area keeps the focus and shows the selected line; the box is panned into view.
    await page.locator('#findings-list [data-code="LINK_BACKWARDS"]').click();
    await page.waitForTimeout(300);
    // The whole page: the text, the fitted diagram and the findings under it.
    const file = new URL(`docs/img/playground-${lang}.png`, root);
    await page.screenshot({ path: file.pathname, fullPage: true });
    console.log(file.pathname);
  }

  // The diagram pane at 1:1, dragged so the plan's top-left corner shows: the boxes' text at its natural size.
  await page.evaluate(() => localStorage.setItem('effektkedja.playground.lang', 'sv'));
  await page.reload();
  await page.waitForSelector('#diagram svg g.node');
  const before = await page.getAttribute('#diagram', 'data-rendered');
  await page.fill('#editor', broken);
  await drawn(page, before);
  await page.click('#zoom-actual');
  await page.waitForTimeout(300);
  const pane = (await page.locator('#diagram').boundingBox())!;
  const svg = (await page.locator('#diagram svg').boundingBox())!;
  const x = pane.x + pane.width / 2;
  const y = pane.y + pane.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (pane.x + 12 - svg.x), y + (pane.y + 12 - svg.y), { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  const file = new URL('docs/img/playground-zoom-sv.png', root);
  await page.locator('.diagram-pane').screenshot({ path: file.pathname });
  console.log(file.pathname);
} finally {
  await site.close();
}
