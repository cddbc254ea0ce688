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
  const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  for (const lang of ['sv', 'en'] as const) {
    await page.goto(site.url);
    await page.evaluate((l) => localStorage.setItem('effektkedja.playground.lang', l), lang);
    await page.reload();
    await page.fill('#editor', broken);
    await page.check('#fit-diagram');
    // Picked last, so the text area keeps the focus and shows the selected line.
    await page.locator('#findings-list [data-code="LINK_BACKWARDS"]').click();
    await page.waitForTimeout(300);
    const file = new URL(`docs/img/playground-${lang}.png`, root);
    await page.screenshot({ path: file.pathname });
    console.log(file.pathname);
  }
} finally {
  await site.close();
}
