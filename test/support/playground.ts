/**
 * The playground in headless Chromium, for test/playground and playground/scripts/screenshots.ts:
 * build it, serve it (or open it as one file from file://), start Chromium, open a page on it and
 * wait until the first diagram is drawn — in one call, `openPlayground`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { launchTestChromium, testChromium } from './chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Which playground: `served` is the static site (npm run playground:build) on 127.0.0.1 through
 * vite's preview server; `file` is the single file (npm run playground:single) opened from
 * file://, as a strategist opens it from a file share.
 */
export type PlaygroundKind = 'served' | 'file';

/** How the page is opened: the window's size, pixel density and whether downloads are kept. */
export interface PlaygroundPageOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly deviceScaleFactor?: number;
  readonly acceptDownloads?: boolean;
}

/** The playground open in a page of headless Chromium, its first diagram drawn. */
export interface Playground {
  readonly page: Page;
  /** The page's address: http://127.0.0.1:<port>/ or the file:// address of the single file. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`, or 'file://'. */
  readonly origin: string;
  /** The temporary folder the playground was built into (removed by `close`). */
  readonly folder: string;
  /** Every address the page asked for, in order. */
  readonly requests: readonly string[];
  /** Every error the page logged to the console or threw. */
  readonly errors: readonly string[];
  /** Closes Chromium, stops the server and removes the built files. */
  close(): Promise<void>;
}

/**
 * Builds the playground into a temporary folder (so a developer's playground/dist is left alone),
 * serves it or takes its file:// address, starts Chromium with the library's flags, opens a page
 * that records its requests and errors, goes to the playground and waits until it has drawn the
 * first example. Needs the library's dist/ (npm run build) and Chromium: without one it fails
 * (test/support/chromium.ts says where it looks). EFFEKTKEDJA_ENTRY builds against another entry
 * point (a file re-exporting src/ while developing).
 */
export async function openPlayground(
  kind: PlaygroundKind,
  options: PlaygroundPageOptions = {},
): Promise<Playground> {
  if (!existsSync(join(root, 'dist/esm/index.js')))
    throw new Error('dist/esm/index.js missing: run npm run build first');
  const site = kind === 'served' ? await serveSite() : await buildSingleFile();
  let browser: Browser | undefined;
  try {
    browser = await launchTestChromium(chromiumPath());
    const opened = await openPage(browser, site.url, options);
    const started = browser;
    return {
      ...opened,
      url: site.url,
      origin: site.origin,
      folder: site.folder,
      async close() {
        await started.close();
        await site.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await site.close();
    throw error;
  }
}

/** A built playground and where the browser finds it. */
interface Built {
  readonly url: string;
  readonly origin: string;
  readonly folder: string;
  close(): Promise<void>;
}

function chromiumPath(): string {
  const found = testChromium('test/playground');
  if (!found) throw new Error('test/playground needs Chromium: apt-get install -y chromium');
  return found;
}

/** Builds the playground with a vite config into a fresh temporary folder. */
async function buildInto(config: string, prefix: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  const entry = process.env.EFFEKTKEDJA_ENTRY;
  try {
    await build({
      configFile: join(root, config),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
      ...(entry ? { resolve: { alias: { effektkedja: entry } } } : {}),
    });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  return outDir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** The static site, served on 127.0.0.1 by vite's preview server. */
async function serveSite(): Promise<Built> {
  const configFile = join(root, 'playground/vite.config.ts');
  const folder = await buildInto('playground/vite.config.ts', 'effektkedja-playground-');
  const port = await freePort();
  let server: PreviewServer;
  try {
    server = await preview({
      configFile,
      logLevel: 'warn',
      build: { outDir: folder },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    folder,
    async close() {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The single-file playground: its index.html, opened by its file:// address. */
async function buildSingleFile(): Promise<Built> {
  const folder = await buildInto('playground/vite.single.config.ts', 'effektkedja-single-');
  return {
    url: pathToFileURL(join(folder, 'index.html')).href,
    origin: 'file://',
    folder,
    async close() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A new page that records its requests and errors, at `url`, once the first diagram is drawn. */
async function openPage(
  browser: Browser,
  url: string,
  options: PlaygroundPageOptions,
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({
    ...(options.viewport ? { viewport: { ...options.viewport } } : {}),
    ...(options.deviceScaleFactor !== undefined ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ...(options.acceptDownloads !== undefined ? { acceptDownloads: options.acceptDownloads } : {}),
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('#diagram svg g.node', { timeout: 60_000 });
  return { page, requests, errors };
}
