/**
 * Takes the screenshots of the playground shown in docs/playground.md and the
 * README: `npx tsx playground/scripts/screenshots.ts` (needs dist/ and chromium).
 */
import { readFileSync } from 'node:fs';
import { startSite } from '../../test/playground/harness.js';

const root = new URL('../../', import.meta.url);
const gotland = readFileSync(new URL('examples/gotland-besoksnaring.yaml', root), 'utf8');
// One backwards link, so the page has a finding to show and a box to highlight.
const broken = gotland.replace('{ from: a-evenemang, to: p-evenemang }', '{ from: p-evenemang, to: a-evenemang }');

const site = await startSite();
try {
  // Twice the pixels: the PNGs stay sharp when a reader zooms in on the diagram.
  const page = await site.browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 2 });
  for (const lang of ['sv', 'en'] as const) {
    await page.goto(site.url);
    await page.evaluate((l) => localStorage.setItem('effektkedja.playground.lang', l), lang);
    await page.reload();
    await page.fill('#editor', broken);
    await page.check('#fit-diagram');
    // Picked last, so the text area keeps the focus and shows the selected line.
    await page.locator('#findings-list [data-code="LINK_BACKWARDS"]').click();
    await page.waitForTimeout(300);
    // Clicking the finding scrolled the window; the header belongs in the picture.
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = new URL(`docs/img/playground-${lang}.png`, root);
    await page.screenshot({ path: file.pathname });
    console.log(file.pathname);
  }
  // The diagram at its natural size, as the pane shows it without "fit to width": text at full size.
  await page.evaluate(() => localStorage.setItem('effektkedja.playground.lang', 'sv'));
  await page.reload();
  await page.fill('#editor', broken);
  await page.uncheck('#fit-diagram');
  await page.waitForTimeout(800);
  await page.waitForSelector('#diagram:not(.stale) svg g.node');
  // The drawn SVG alone on a white page, so nothing of the page around it shows.
  const svg = await page.evaluate(() => new XMLSerializer().serializeToString(document.querySelector('#diagram svg')!));
  const alone = await site.browser.newPage({ deviceScaleFactor: 2, viewport: { width: 2400, height: 1200 } });
  await alone.setContent(`<body style="margin:16px;background:#fff">${svg}</body>`);
  const file = new URL('docs/img/playground-diagram-sv.png', root);
  await alone.locator('svg').first().screenshot({ path: file.pathname });
  console.log(file.pathname);
} finally {
  await site.close();
}
