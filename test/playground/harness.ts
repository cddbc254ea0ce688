import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { CHROMIUM_FLAGS, testChromium } from '../support/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const configFile = join(root, 'playground/vite.config.ts');

/** The built playground served on 127.0.0.1, and a headless Chromium to drive it. */
export interface Site {
  readonly url: string;
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

function chromiumPath(): string {
  const found = testChromium('test/playground');
  if (!found) throw new Error('test/playground needs Chromium: apt-get install -y chromium');
  return found;
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

/**
 * Builds the playground into a temporary folder (so a developer's
 * playground/dist is left alone), serves it with vite's preview server and
 * starts Chromium. Needs the library's dist/ (npm run build).
 */
export async function startSite(): Promise<Site> {
  if (!existsSync(join(root, 'dist/esm/index.js')))
    throw new Error('dist/esm/index.js missing: run npm run build first');
  const outDir = mkdtempSync(join(tmpdir(), 'effektkedja-playground-'));
  // EFFEKTKEDJA_ENTRY builds against another entry point (a file re-exporting src/ while developing).
  const entry = process.env.EFFEKTKEDJA_ENTRY;
  await build({
    configFile,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    ...(entry ? { resolve: { alias: { effektkedja: entry } } } : {}),
  });
  const port = await freePort();
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await preview({
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [...CHROMIUM_FLAGS],
    });
  } catch (error) {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const origin = `http://127.0.0.1:${port}`;
  const opened = browser;
  const served = server;
  return {
    url: `${origin}/`,
    origin,
    browser: opened,
    async close() {
      await opened.close();
      await served.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the single-file playground (npm run playground:single) into a
 * temporary folder and starts Chromium; `url` is the file:// address of its
 * index.html, as a strategist opens it from a file share. `origin` is 'file://'.
 */
export async function startSingleFile(): Promise<Site> {
  if (!existsSync(join(root, 'dist/esm/index.js')))
    throw new Error('dist/esm/index.js missing: run npm run build first');
  const outDir = mkdtempSync(join(tmpdir(), 'effektkedja-single-'));
  const entry = process.env.EFFEKTKEDJA_ENTRY;
  let browser: Browser | undefined;
  try {
    await build({
      configFile: join(root, 'playground/vite.single.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
      ...(entry ? { resolve: { alias: { effektkedja: entry } } } : {}),
    });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS] });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const opened = browser;
  return {
    url: pathToFileURL(join(outDir, 'index.html')).href,
    origin: 'file://',
    browser: opened,
    async close() {
      await opened.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
