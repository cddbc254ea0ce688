import { createFinding } from '../findings/create.js';
import type { Finding, Language } from '../findings/finding.js';
import type { Result } from '../findings/result.js';
import { CHROMIUM_FLAGS, findChromium, firstLine, isExecutable } from './chromium.js';
import { type MermaidRenderOptions, mermaidHtmlPage } from './mermaid-render.js';

/** Options for printing a PDF in a headless Chromium. */
export interface PdfOptions {
  /** The language of the page footer ("Sida 1 av 3" / "Page 1 of 3"); default `'sv'`. */
  readonly lang?: Language;
  /** Path of a Chromium or Chrome binary; default as for `renderMermaidSvg`. */
  readonly executablePath?: string;
  /** Give up after this many milliseconds; default 120 000. */
  readonly timeoutMs?: number;
}

/** The little of playwright-core used here. */
interface Browser {
  newContext(options: Record<string, unknown>): Promise<{
    route(url: string, handler: (route: { abort(): Promise<void> }) => Promise<void>): Promise<void>;
    newPage(): Promise<Page>;
  }>;
  close(): Promise<void>;
}
interface Page {
  setContent(html: string, options: { waitUntil: 'load'; timeout: number }): Promise<void>;
  waitForFunction(fn: string, arg: unknown, options: { timeout: number }): Promise<unknown>;
  evaluate<T>(fn: string): Promise<T>;
  emulateMedia(options: { media: 'print' }): Promise<void>;
  pdf(options: Record<string, unknown>): Promise<Uint8Array>;
}

/** A4 in CSS pixels (96 per inch), and the margins the PDF is printed with. */
const MM = 96 / 25.4;
const MARGIN = { top: 12, right: 12, bottom: 16, left: 12 } as const;

/** Page numbers at the foot of every page, in the page's language. */
function footer(lang: Language): string {
  const [page, of] = lang === 'en' ? ['Page', 'of'] : ['Sida', 'av'];
  return `<div style="font-family:system-ui,sans-serif;font-size:8px;color:#555;width:100%;margin:0 12mm;display:flex;justify-content:space-between"><span class="title"></span><span>${page} <span class="pageNumber"></span> ${of} <span class="totalPages"></span></span></div>`;
}

function fail<T>(findings: Finding[]): Result<T> {
  return { ok: false, findings };
}

async function launch(executablePath: string, timeout: number): Promise<Browser | undefined> {
  // A name in a variable: bundlers leave the optional dependency out of the build.
  const name = 'playwright-core';
  let chromium: { launch(options: Record<string, unknown>): Promise<Browser> } | undefined;
  try {
    const mod = (await import(name)) as {
      chromium?: typeof chromium;
      default?: { chromium?: typeof chromium };
    };
    chromium = mod.chromium ?? mod.default?.chromium;
  } catch {
    return undefined;
  }
  return chromium?.launch({ executablePath, args: [...CHROMIUM_FLAGS], headless: true, timeout });
}

/** What a page must do before it is printed, and the paper it is printed on. */
interface PrintJob {
  /** A script expression that is true once the page is ready (its diagrams drawn). */
  readonly ready?: string;
  /** A script run after `ready`, before printing (fits a diagram to the page). */
  readonly prepare?: string;
  readonly landscape: boolean;
  /** The reason to fail with, read from the page after `ready` (undefined: all went well). */
  readonly failure?: string;
}

async function print(html: string, job: PrintJob, options: PdfOptions): Promise<Result<Uint8Array>> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath || !isExecutable(executablePath)) {
    return fail([createFinding('MERMAID_CHROMIUM_MISSING', {}, { path: executablePath ?? null })]);
  }
  const timeout = options.timeoutMs ?? 120_000;
  let browser: Browser | undefined;
  try {
    browser = await launch(executablePath, timeout);
    if (!browser) return fail([createFinding('MERMAID_NOT_INSTALLED', {}, { package: 'playwright-core' })]);
    const context = await browser.newContext({ offline: true, javaScriptEnabled: true });
    // The page is self-contained: any request at all is refused.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load', timeout });
    await page.emulateMedia({ media: 'print' });
    if (job.ready) await page.waitForFunction(job.ready, null, { timeout });
    if (job.failure) {
      const reason = await page.evaluate<string | null>(job.failure);
      if (reason) return fail([createFinding('MERMAID_RENDER_FAILED', {}, { reason: firstLine(reason) })]);
    }
    if (job.prepare) await page.evaluate(job.prepare);
    const pdf = await page.pdf({
      format: 'A4',
      landscape: job.landscape,
      printBackground: true,
      // The page's own @page rules win (the report prints its plans in landscape).
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer(options.lang ?? 'sv'),
      margin: {
        top: `${MARGIN.top}mm`,
        right: `${MARGIN.right}mm`,
        bottom: `${MARGIN.bottom}mm`,
        left: `${MARGIN.left}mm`,
      },
      timeout,
    });
    return { ok: true, value: pdf, findings: [] };
  } catch (error) {
    return fail([createFinding('PDF_PRINT_FAILED', {}, { reason: firstLine(String(error)) })]);
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

/** The printable area of an A4 page in CSS pixels, inside the margins, less room for the heading. */
function area(landscape: boolean): { width: number; height: number } {
  const [w, h] = landscape ? [297, 210] : [210, 297];
  return {
    width: Math.floor((w - MARGIN.left - MARGIN.right) * MM),
    height: Math.floor((h - MARGIN.top - MARGIN.bottom) * MM),
  };
}

/**
 * Prints any self-contained HTML page to an A4 PDF in a headless Chromium (portrait,
 * unless the page's own `@page` rule says landscape, as the report's does),
 * offline, with page numbers at the foot. A page that draws
 * diagrams with `effektkedjaDrawAll` (the follow-up report) is printed once
 * they are drawn. Needs playwright-core and a Chromium; missing pieces and
 * failures come back as findings, never as exceptions.
 */
export function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Result<Uint8Array>> {
  // A page without the draw script (or whose scripts may not run) is ready once loaded.
  const ready = "typeof effektkedjaDrawAll !== 'function' || document.body.dataset.diagrams === 'done'";
  return print(html, { landscape: false, ready }, options);
}

/**
 * Renders Mermaid text and prints it to a one-page A4 PDF in landscape: the
 * title as heading, the diagram scaled down (never up) to fit the page, as
 * vector graphics with selectable text. Like {@link renderMermaidSvg}, it needs
 * mermaid, playwright-core and a Chromium.
 */
export function renderMermaidPdf(
  mermaidText: string,
  options: MermaidRenderOptions & PdfOptions = {},
): Promise<Result<Uint8Array>> {
  const page = mermaidHtmlPage(mermaidText, { ...options, lang: options.lang ?? 'sv', panZoom: false });
  if (!page.ok) return Promise.resolve(page);
  const { width, height } = area(true);
  // Fit the diagram below the heading: the room left is the page less the heading's height.
  const prepare = `(() => {
    document.body.style.margin = '0';
    for (const d of document.querySelectorAll('details')) d.remove();
    const diagram = document.getElementById('diagram');
    diagram.style.overflow = 'visible';
    const svg = diagram.querySelector('svg');
    const box = svg.viewBox.baseVal;
    const top = diagram.getBoundingClientRect().top;
    const room = ${height} - top - 8;
    const scale = Math.min(1, ${width} / box.width, room / box.height);
    svg.setAttribute('width', String(Math.floor(box.width * scale)));
    svg.setAttribute('height', String(Math.floor(box.height * scale)));
    svg.style.maxWidth = 'none';
  })()`;
  return print(
    page.value,
    {
      landscape: true,
      ready: "document.getElementById('diagram').dataset.status !== 'pending'",
      failure:
        "document.getElementById('diagram').dataset.status === 'done' ? null : document.getElementById('error').textContent || 'failed'",
      prepare,
    },
    options,
  );
}
