import type { Language } from '../findings/finding.js';
import { escapeHtml, inlineScript } from '../text/html.js';
import { DRAW_SCRIPT, mermaidConfig } from './draw-script.js';
import type { MermaidLimits } from './options.js';
import { ZOOM_SCRIPT, ZOOM_STYLE, zoomWords } from './zoom-script.js';

/** Options of {@link toHtmlPage}. */
export interface HtmlPageOptions {
  /** The page title and heading (plain text). */
  readonly title: string;
  /** The page's language; default `'sv'`. */
  readonly lang?: Language;
  /**
   * The text of mermaid's browser bundle (`mermaid/dist/mermaid.min.js`),
   * inlined so the page works offline. In Node, `mermaidHtmlPage` from
   * `effektkedja/node` reads it for you.
   */
  readonly mermaidScript: string;
  /** Mermaid's limits for this page; by default as large as the diagram needs (only the host page can raise them). */
  readonly limits?: Partial<MermaidLimits>;
  /**
   * The text of `@panzoom/panzoom`'s browser bundle (`dist/panzoom.min.js`),
   * inlined: the diagram then pans and zooms (drag, wheel, pinch, and buttons
   * + − fit 1:1 labelled in the page's language), and fits with its text never
   * below 11 px. Without it the diagram is drawn at natural size in a scroll
   * box. In Node, `mermaidHtmlPage` reads it for you.
   */
  readonly panzoomScript?: string;
  /** Show the Mermaid source under the diagram in a closed `<details>`; default true. */
  readonly showSource?: boolean;
}

/** JSON that is safe inside a `<script>` element: no `<`, `>`, `&` or line separators that could end or confuse it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A self-contained HTML page that renders the diagram in a browser, offline:
 * mermaid's bundle is inlined, `securityLevel` is `'strict'`, and a Content
 * Security Policy forbids every network request. The diagram text travels as
 * JSON data and is rendered with `mermaid.render`, so it is never read as HTML.
 * If rendering fails, the error is shown in the page (`role="alert"`). With
 * `panzoomScript` the diagram pans and zooms (see {@link ZOOM_SCRIPT}).
 */
export function toHtmlPage(mermaidText: string, options: HtmlPageOptions): string {
  const lang = options.lang === 'en' ? 'en' : 'sv';
  const title = escapeHtml(options.title.replace(/[\r\n]+/g, ' '));
  // Limits as large as this diagram needs (or as given, if larger): only the host page can raise them.
  const config = mermaidConfig(mermaidText, options.limits);
  // The bundle is inlined as script text; `</script` inside it would end the element early.
  const bundle = inlineScript(options.mermaidScript);
  const zoom =
    options.panzoomScript === undefined
      ? ''
      : `<script>${inlineScript(options.panzoomScript)}</script>\n<script>${inlineScript(ZOOM_SCRIPT)}</script>\n<script type="application/json" id="zoom-words">${scriptJson(zoomWords(lang))}</script>\n`;
  const source =
    options.showSource === false
      ? ''
      : `<details><summary>Mermaid</summary><pre>${escapeHtml(mermaidText)}</pre></details>\n`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; background: #fff; }
#diagram { overflow: auto; }
#error { color: #a33a00; font-weight: bold; }
pre { white-space: pre-wrap; }
${options.panzoomScript === undefined ? '' : ZOOM_STYLE}
</style>
</head>
<body>
<h1>${title}</h1>
<main id="diagram" data-status="pending"></main>
<p id="error" role="alert" hidden></p>
${source}<script type="application/json" id="diagram-source">${scriptJson(mermaidText)}</script>
<script type="application/json" id="diagram-config">${scriptJson(config)}</script>
<script>${bundle}</script>
${zoom}<script>${inlineScript(DRAW_SCRIPT)}
(async () => {
  const target = document.getElementById('diagram');
  try {
    const text = JSON.parse(document.getElementById('diagram-source').textContent);
    const config = JSON.parse(document.getElementById('diagram-config').textContent);
    await effektkedjaDraw(target, text, config);
    const words = document.getElementById('zoom-words');
    if (words) effektkedjaZoom(target, JSON.parse(words.textContent), 'page');
    target.dataset.status = 'done';
  } catch (error) {
    const box = document.getElementById('error');
    box.textContent = String(error && error.message ? error.message : error);
    box.hidden = false;
    target.dataset.status = 'failed';
    console.error(error);
  }
})();
</script>
</body>
</html>
`;
}
