import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { testChromium } from '../support/chromium.js';
import { openPlayground, type Playground } from '../support/playground.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const found = testChromium('test/playground file://');
const gotland = readFileSync(join(root, 'examples/gotland-besoksnaring.yaml'), 'utf8');

/**
 * The single-file playground (npm run playground:single) opened as a file, as
 * from a file share: no server, and not one request beyond the file itself.
 */
describe.skipIf(!found)('the playground as one file, opened from file://', () => {
  let site: Playground;
  let page: Page;

  beforeAll(async () => {
    site = await openPlayground('file');
    page = site.page;
  }, 300_000);
  afterAll(async () => site?.close());

  it('is one HTML file, and nothing else', () => {
    expect(readdirSync(site.folder)).toEqual(['index.html']);
    const html = readFileSync(join(site.folder, 'index.html'), 'utf8');
    // No script or style is fetched from anywhere: all are inline.
    expect(html).not.toMatch(/<script[^>]+\bsrc=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).toContain("default-src 'none'");
    expect(statSync(join(site.folder, 'index.html')).size).toBeGreaterThan(1_000_000);
  });

  it('draws the first example from file://, with no request and no error', async () => {
    expect(await page.locator('#diagram svg g.node').count()).toBeGreaterThan(5);
    expect(await page.textContent('h1')).toContain('Effektkedja');
    // Another example and a plan's portfolio: mermaid's diagram code is in the file, not fetched.
    await page.selectOption('#source-select', 'example:gotland-besoksnaring');
    await page.click('#source-open');
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('#diagram:not(.stale) svg g.node')).some((n) =>
          n.textContent?.includes('Gotland'),
        ),
      null,
      { timeout: 60_000 },
    );
    expect(
      site.requests.filter((r) => r !== site.url && !r.startsWith('data:') && !r.startsWith('blob:')),
    ).toEqual([]);
    expect(site.errors).toEqual([]);
  });

  it('opens a file from the picker and checks it', async () => {
    await page.setInputFiles('#file-input', {
      name: 'plan.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(gotland.replace('formatVersion: 1', 'formatVersion: 1\nbogus: 1')),
    });
    await page.locator('#findings-list .ek-finding').first().waitFor({ timeout: 60_000 });
    expect(await page.inputValue('#editor')).toContain('bogus: 1');
    expect(site.errors).toEqual([]);
  });

  it("reads a region's strategy file and plan files together, by the picker", async () => {
    // Kronoberg as a region keeps it: the strategy in one file, each plan in a file of its own.
    const { plans, ...head } = parse(readFileSync(join(root, 'examples/kronoberg.yaml'), 'utf8')) as {
      plans: { id: string }[];
    };
    const files = [
      { name: 'strategi.yaml', mimeType: 'text/yaml', buffer: Buffer.from(stringify(head)) },
      ...plans.map((plan) => ({
        name: `${plan.id}.yaml`,
        mimeType: 'text/yaml',
        buffer: Buffer.from(stringify({ formatVersion: 1, region: 'Region Kronoberg', plans: [plan] })),
      })),
    ];
    expect(files.length).toBe(3);
    await page.setInputFiles('#file-input', files);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('3 filer'));
    expect(await page.textContent('#status')).toContain(
      'strategi.yaml, sydostleden.yaml, destination-smaland.yaml',
    );
    const text = await page.inputValue('#editor');
    expect(text).toContain('rus-kronoberg');
    for (const plan of plans) expect(text).toContain(`id: ${plan.id}`);
    // Both plans in the picker, and their goal links find the strategy file's goals.
    const options = await page.$$eval('#plan-select option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(options).toEqual(expect.arrayContaining(['sydostleden', 'destination-smaland']));
    await page.waitForSelector('#diagram:not(.stale) svg g.node');
    const codes = await page.$$eval('#findings-list .ek-finding', (items) =>
      items.map((i) => (i as HTMLElement).dataset.code),
    );
    expect(codes).not.toContain('GOAL_LINK_UNKNOWN_GOAL');
    expect(site.errors).toEqual([]);
  });

  it('reads a Kronoberg workbook made by convert together with the strategy file, and shows the findings', async () => {
    // The plans as a workbook, written by the CLI as a region would; the strategy stays YAML.
    const { plans, ...head } = parse(readFileSync(join(root, 'examples/kronoberg.yaml'), 'utf8')) as {
      plans: { id: string }[];
    };
    const work = mkdtempSync(join(tmpdir(), 'effektkedja-xlsx-'));
    try {
      // One box without links, typed into the workbook as a strategist might: findings to show.
      const lonely = { id: 'ensam', level: 'prestationer', text: 'Ensam ruta i arbetsboken' };
      const withLonely = plans.map((p, i) =>
        i === 0 ? { ...p, boxes: [...(p as unknown as { boxes: object[] }).boxes, lonely] } : p,
      );
      writeFileSync(
        join(work, 'planer.yaml'),
        stringify({ formatVersion: 1, region: 'Region Kronoberg', plans: withLonely }),
      );
      execFileSync(
        process.execPath,
        [join(root, 'dist/cli/cli.js'), 'convert', 'planer.yaml', 'planer.xlsx'],
        {
          cwd: work,
        },
      );
      const workbook = readFileSync(join(work, 'planer.xlsx'));
      await page.setInputFiles('#file-input', [
        { name: 'strategi.yaml', mimeType: 'text/yaml', buffer: Buffer.from(stringify(head)) },
        {
          name: 'planer.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: workbook,
        },
      ]);
      await page.waitForFunction(
        () => document.querySelector('#status')?.textContent?.includes('2 filer'),
        null,
        {
          timeout: 60_000,
        },
      );
      expect(await page.textContent('#status')).toContain('strategi.yaml, planer.xlsx');
      const text = await page.inputValue('#editor');
      expect(text).toContain('rus-kronoberg');
      for (const plan of plans) expect(text).toContain(`id: ${plan.id}`);
      await page.waitForSelector('#diagram:not(.stale) svg g.node');
      // The findings of the joined region show, and the workbook's goal links find the strategy's goals.
      await page.waitForFunction(() => document.querySelector('#findings-summary')?.textContent !== '');
      const codes = await page.$$eval('#findings-list .ek-finding', (items) =>
        items.map((i) => (i as HTMLElement).dataset.code),
      );
      expect(codes).toEqual(expect.arrayContaining(['ISOLATED_BOX', 'OUTPUT_WITHOUT_INDICATOR']));
      expect(await page.textContent('#findings-list')).toContain('Ensam ruta i arbetsboken');
      expect(codes).not.toContain('GOAL_LINK_UNKNOWN_GOAL');
      expect(codes).not.toContain('FILE_UNREADABLE');

      // One workbook dropped on the text area: read on its own.
      await dropFile(page, 'kronoberg.xlsx', readFileSync(join(root, 'examples/spreadsheet/kronoberg.xlsx')));
      await page.waitForFunction(
        () => document.querySelector('#status')?.textContent?.includes('kronoberg.xlsx'),
        null,
        {
          timeout: 60_000,
        },
      );
      expect(await page.textContent('#status')).toBe('Läste arbetsboken kronoberg.xlsx.');
      expect(await page.inputValue('#editor')).toContain('id: sydostleden');

      // A damaged workbook: the reader's finding in the status line, the text left as it was.
      const broken = Buffer.from(workbook);
      broken.fill(0xff, 200, 600);
      await dropFile(page, 'trasig.xlsx', broken);
      await page.waitForFunction(
        () => document.querySelector('#status')?.textContent?.includes('trasig.xlsx'),
        null,
        {
          timeout: 60_000,
        },
      );
      expect(await page.textContent('#status')).toMatch(/^Arbetsboken trasig\.xlsx gick inte att läsa: \S/);
      expect(await page.inputValue('#editor')).toContain('id: sydostleden');
      expect(
        site.requests.filter(
          (r) => !r.startsWith('file:') && !r.startsWith('data:') && !r.startsWith('blob:'),
        ),
      ).toEqual([]);
      expect(site.errors).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

/** Drops a file on the text area, as a user drags one from the file manager. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      document
        .getElementById('drop-zone')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  );
}
