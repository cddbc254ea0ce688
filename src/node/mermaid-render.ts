import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createFinding } from '../findings/create.js';
import type { Finding, Language } from '../findings/finding.js';
import type { Result } from '../findings/result.js';
import { toHtmlPage } from '../mermaid/html.js';
import type { MermaidLimits } from '../mermaid/options.js';
import { CHROMIUM_FLAGS, findChromium, firstLine, isExecutable } from './chromium.js';

/** Options for rendering diagrams in Node. */
export interface MermaidRenderOptions {
  /** Page title (HTML) and heading; default "Effektkedja". */
  readonly title?: string;
  /** Page language; default `'sv'`. */
  readonly lang?: Language;
  /** Path of mermaid's browser bundle; default: `mermaid/dist/mermaid.min.js` resolved from this package, then from the working directory. */
  readonly mermaidPath?: string;
  /** Path of a Chromium or Chrome binary; default: `EFFEKTKEDJA_CHROMIUM`, then `chromium` and friends on PATH, then common install paths. */
  readonly executablePath?: string;
  /** Give up after this many milliseconds; default 60 000 (1,000 boxes take ~9 s). */
  readonly timeoutMs?: number;
  /** Raise Mermaid's limits for this render. */
  readonly limits?: Partial<MermaidLimits>;
  /** HTML page only: pan and zoom controls (`@panzoom/panzoom` inlined); default true. */
  readonly panZoom?: boolean;
  /** PNG only: pixels per CSS pixel; default 2. */
  readonly scale?: number;
}

export { CHROMIUM_FLAGS, findChromium } from './chromium.js';

function requireFrom(): NodeJS.Require[] {
  const bases: string[] = [];
  // CJS build: __filename; ESM build and tsx: import.meta.url. Then the user's project.
  if (typeof __filename === 'string') bases.push(__filename);
  else bases.push(import.meta.url);
  bases.push(join(process.cwd(), 'index.js'));
  return bases.map((b) => createRequire(b));
}

function fail<T>(findings: Finding[]): Result<T> {
  return { ok: false, findings };
}

/** Reads mermaid's browser bundle (mermaid is an optional peer dependency). */
export function loadMermaidScript(mermaidPath?: string): Result<string> {
  return loadBundle('mermaid', 'mermaid/dist/mermaid.min.js', mermaidPath);
}

/** Reads `@panzoom/panzoom`'s browser bundle (pan and zoom in the HTML pages and reports). */
export function loadPanzoomScript(): Result<string> {
  return loadBundle('@panzoom/panzoom', '@panzoom/panzoom/dist/panzoom.min.js');
}

/** The path of mermaid's browser bundle, to copy beside pages that share it. */
export function mermaidScriptPath(): string | undefined {
  return resolveBundle('mermaid/dist/mermaid.min.js');
}

function resolveBundle(file: string): string | undefined {
  for (const req of requireFrom()) {
    try {
      return req.resolve(file);
    } catch {
      // Not resolvable from this base; try the next.
    }
  }
  return undefined;
}

function loadBundle(name: string, file: string, given?: string): Result<string> {
  const paths: string[] = [];
  const found = given ?? resolveBundle(file);
  if (found) paths.push(found);
  for (const path of paths) {
    try {
      return { ok: true, value: readFileSync(path, 'utf8'), findings: [] };
    } catch {
      // Reported below.
    }
  }
  return fail([createFinding('MERMAID_NOT_INSTALLED', {}, { package: name })]);
}

/**
 * A self-contained HTML page for a diagram, with mermaid (and, unless
 * `panZoom: false`, `@panzoom/panzoom`) read from node_modules.
 */
export function mermaidHtmlPage(mermaidText: string, options: MermaidRenderOptions = {}): Result<string> {
  const script = loadMermaidScript(options.mermaidPath);
  if (!script.ok) return script;
  const panzoom = options.panZoom === false ? undefined : loadPanzoomScript();
  if (panzoom && !panzoom.ok) return panzoom;
  const html = toHtmlPage(mermaidText, {
    title: options.title ?? 'Effektkedja',
    lang: options.lang ?? 'sv',
    mermaidScript: script.value,
    ...(panzoom?.ok ? { panzoomScript: panzoom.value } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return { ok: true, value: html, findings: [] };
}

/** The little of playwright-core used here. */
interface Playwright {
  readonly chromium: {
    launch(options: { executablePath: string; args: string[]; headless: boolean; timeout: number }): Promise<{
      newContext(options: Record<string, unknown>): Promise<PlaywrightContext>;
      close(): Promise<void>;
    }>;
  };
}
interface PlaywrightContext {
  route(url: string, handler: (route: { abort(): Promise<void> }) => Promise<void>): Promise<void>;
  newPage(): Promise<PlaywrightPage>;
}
interface PlaywrightPage {
  setContent(html: string, options: { waitUntil: 'load'; timeout: number }): Promise<void>;
  waitForFunction(fn: string, arg: unknown, options: { timeout: number }): Promise<unknown>;
  evaluate<T>(fn: string): Promise<T>;
  locator(selector: string): { screenshot(options: { type: 'png'; timeout: number }): Promise<Uint8Array> };
  setViewportSize(size: { width: number; height: number }): Promise<void>;
}

async function loadPlaywright(): Promise<Playwright | undefined> {
  // A name in a variable: bundlers leave the optional dependency out of the build.
  const name = 'playwright-core';
  try {
    const mod = (await import(name)) as Playwright & { default?: Playwright };
    return mod.chromium ? mod : mod.default;
  } catch {
    return undefined;
  }
}

async function withRenderedPage<T>(
  mermaidText: string,
  options: MermaidRenderOptions,
  use: (page: PlaywrightPage, timeout: number) => Promise<T>,
): Promise<Result<T>> {
  // The picture at natural size: no zoom controls around it.
  const page = mermaidHtmlPage(mermaidText, { ...options, panZoom: false });
  if (!page.ok) return page;
  const playwright = await loadPlaywright();
  if (!playwright) return fail([createFinding('MERMAID_NOT_INSTALLED', {}, { package: 'playwright-core' })]);
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath || !isExecutable(executablePath)) {
    return fail([createFinding('MERMAID_CHROMIUM_MISSING', {}, { path: executablePath ?? null })]);
  }
  const timeout = options.timeoutMs ?? 60_000;
  let browser: Awaited<ReturnType<Playwright['chromium']['launch']>> | undefined;
  try {
    browser = await playwright.chromium.launch({
      executablePath,
      args: [...CHROMIUM_FLAGS],
      headless: true,
      timeout,
    });
    const context = await browser.newContext({
      offline: true,
      javaScriptEnabled: true,
      deviceScaleFactor: options.scale ?? 2,
    });
    // The page is self-contained: any request at all is refused.
    await context.route('**/*', (route) => route.abort());
    const tab = await context.newPage();
    await tab.setContent(page.value, { waitUntil: 'load', timeout });
    await tab.waitForFunction("document.getElementById('diagram').dataset.status !== 'pending'", null, {
      timeout,
    });
    const status = await tab.evaluate<string>("document.getElementById('diagram').dataset.status");
    if (status !== 'done') {
      const reason = await tab.evaluate<string>("document.getElementById('error').textContent");
      return fail([createFinding('MERMAID_RENDER_FAILED', {}, { reason: firstLine(reason) })]);
    }
    return { ok: true, value: await use(tab, timeout), findings: [] };
  } catch (error) {
    return fail([createFinding('MERMAID_RENDER_FAILED', {}, { reason: firstLine(String(error)) })]);
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

/**
 * The rendered diagram as a standalone SVG file: serialised as XML (an HTML
 * serialisation leaves `<br>` and other void elements open), with its
 * namespace and natural size written out, so every SVG reader draws it.
 */
const SVG_FILE = `(() => {
  const copy = document.querySelector('#diagram svg').cloneNode(true);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = copy.viewBox.baseVal;
  if (box && box.width > 0) {
    copy.setAttribute('width', String(Math.ceil(box.width)));
    copy.setAttribute('height', String(Math.ceil(box.height)));
  }
  copy.removeAttribute('style');
  return '<?xml version="1.0" encoding="UTF-8"?>\\n' + new XMLSerializer().serializeToString(copy) + '\\n';
})()`;

/**
 * Renders Mermaid text to SVG in a headless Chromium (needs the optional
 * packages mermaid and playwright-core and a Chromium binary). Missing pieces
 * and render errors come back as findings, never as exceptions.
 */
export function renderMermaidSvg(
  mermaidText: string,
  options: MermaidRenderOptions = {},
): Promise<Result<string>> {
  return withRenderedPage(mermaidText, options, (page) => page.evaluate<string>(SVG_FILE));
}

/** Renders Mermaid text to a PNG image of the diagram, like {@link renderMermaidSvg}. */
export function renderMermaidPng(
  mermaidText: string,
  options: MermaidRenderOptions = {},
): Promise<Result<Uint8Array>> {
  return withRenderedPage(mermaidText, options, async (page, timeout) => {
    // The whole diagram must be inside the viewport, not cut off by the page's scroll box.
    const size = await page.evaluate<{ width: number; height: number }>(
      "(() => { const d = document.getElementById('diagram'); d.style.overflow = 'visible'; const r = d.querySelector('svg').getBoundingClientRect(); return { width: Math.ceil(r.right) + 32, height: Math.ceil(r.bottom) + 32 }; })()",
    );
    await page.setViewportSize({
      width: Math.min(size.width, 16_000),
      height: Math.min(size.height, 16_000),
    });
    return page.locator('#diagram svg').screenshot({ type: 'png', timeout });
  });
}
