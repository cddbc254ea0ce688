/**
 * Takes the screenshots of the HTML pages shown in docs/mermaid.md (pan and zoom,
 * the report's diagrams): `npx tsx scripts/html-screenshots.ts` (needs chromium).
 * The pages are written by the CLI and opened from file://, as a user would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../src/cli/run.js';
import { launchTestChromium, testChromium } from '../test/support/chromium.js';

const root = new URL('../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'effektkedja-shots-'));
const kronoberg = new URL('examples/kronoberg.yaml', root).pathname;

async function cli(args: string[]): Promise<void> {
  const code = await run(args, {
    stdout: () => undefined,
    stderr: (t) => process.stderr.write(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: process.cwd(),
  });
  if (code > 1) throw new Error(`effektkedja ${args.join(' ')} exited ${code}`);
}

await cli(['diagram', kronoberg, '--plan', 'sydostleden', '--strategy', '-o', join(dir, 'plan.html')]);
await cli(['report', kronoberg, '--as-of', '2025', '-o', join(dir, 'report.html')]);

const executable = testChromium('screenshots');
if (!executable) throw new Error('no Chromium');
const browser = await launchTestChromium(executable);
try {
  // Twice the pixels: the PNGs stay sharp when a reader zooms in.
  const page = await browser.newPage({ viewport: { width: 1200, height: 720 }, deviceScaleFactor: 2 });
  const frame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shot = async (name: string) => {
    const file = new URL(`docs/img/${name}`, root).pathname;
    await page.screenshot({ path: file });
    console.log(file);
  };

  // The diagram page as it opens: fitted, the smallest text at 11 px, the rest to pan to.
  await page.goto(pathToFileURL(join(dir, 'plan.html')).href);
  await page.waitForFunction(() => document.getElementById('diagram')?.dataset.status === 'done', null, {
    timeout: 60_000,
  });
  await frame();
  await shot('html-diagram-zoom.png');

  // The report: the diagram in the column, then opened full size.
  await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  await page.waitForFunction(() => document.body.dataset.diagrams === 'done', null, { timeout: 60_000 });
  await page.evaluate(() => document.querySelector('section#plan-0 h3')!.scrollIntoView());
  await frame();
  await shot('html-report-diagram.png');
  await page.locator('section#plan-0 .ek-view').click();
  await frame();
  await shot('html-report-full.png');
} finally {
  await browser.close();
}
