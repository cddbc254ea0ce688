import { exactLabels } from './exact-labels.js';
import { MERMAID_LIMITS, type MermaidLimits } from './options.js';

/**
 * Mermaid's settings for every picture effektkedja draws itself (HTML pages,
 * SVG, PNG, PDF, reports, the playground): strict security, SVG text labels (so
 * the SVG shows its text in Word, PowerPoint, Inkscape and rsvg, which do not
 * draw HTML inside SVG), natural size, and limits large enough for `text`.
 */
export function mermaidConfig(text: string, limits: Partial<MermaidLimits> = {}): Record<string, unknown> {
  const needed = neededLimits(text);
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'default',
    htmlLabels: false,
    flowchart: { htmlLabels: false, useMaxWidth: false },
    maxTextSize: Math.max(positive(limits.maxTextSize) ?? 0, needed.maxTextSize),
    maxEdges: Math.max(positive(limits.maxEdges) ?? 0, needed.maxEdges),
  };
}

/**
 * The limits a diagram text needs: Mermaid's defaults, or its length and its
 * number of arrows when larger. Only the host page can raise them, and ours do.
 */
export function neededLimits(text: string): MermaidLimits {
  let arrows = 0;
  for (const line of text.split('\n')) if (/\s(?:-->|-\.->|==>)[\s|]/.test(line)) arrows++;
  return {
    maxTextSize: Math.max(MERMAID_LIMITS.maxTextSize, text.length + 1),
    maxEdges: Math.max(MERMAID_LIMITS.maxEdges, arrows + 1),
  };
}

function positive(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

/**
 * Browser script text that defines `effektkedjaDraw(target, text, config?)`
 * (config defaults to `mermaidConfig(text)`) and `effektkedjaDrawAll()`, which
 * draws every `pre.mermaid` of a page (the follow-up report; given the words of
 * `zoomWords(lang)` and with {@link ZOOM_SCRIPT} and Panzoom loaded, each
 * diagram pans, zooms and opens full size on click):
 * renders Mermaid text into `target` with mermaid (already loaded), puts every
 * label back to its exact text ({@link exactLabels}), gives the SVG its natural
 * size, and returns the SVG element. Mermaid's error image is never kept: a
 * diagram that fails throws.
 */
export const DRAW_SCRIPT = `
var effektkedjaExactLabels = (function () {
  // Some compilers wrap inner functions in __name(fn, 'name') to keep their names; nothing else is needed.
  var __name = function (f) { return f; };
  return ${exactLabels.toString()};
})();
var effektkedjaRenders = 0;
var effektkedjaBaseConfig = ${JSON.stringify(mermaidConfig(''))};
// As mermaidConfig(text): Mermaid's limits raised to what this text needs.
function effektkedjaConfig(text) {
  var arrows = 0;
  var lines = text.split('\\n');
  for (var i = 0; i < lines.length; i++) if (/\\s(?:-->|-\\.->|==>)[\\s|]/.test(lines[i])) arrows++;
  var config = JSON.parse(JSON.stringify(effektkedjaBaseConfig));
  config.maxTextSize = Math.max(config.maxTextSize, text.length + 1);
  config.maxEdges = Math.max(config.maxEdges, arrows + 1);
  return config;
}
async function effektkedjaDraw(target, text, config) {
  mermaid.initialize(config || effektkedjaConfig(text));
  var id = 'effektkedja-diagram-' + (++effektkedjaRenders);
  var result = await mermaid.render(id, text);
  target.innerHTML = result.svg;
  var svg = target.querySelector('svg');
  if (!svg || svg.getAttribute('aria-roledescription') === 'error') throw new Error('Mermaid drew no diagram');
  effektkedjaExactLabels(svg, text);
  var box = svg.viewBox && svg.viewBox.baseVal;
  if (box && box.width > 0) {
    svg.setAttribute('width', String(Math.ceil(box.width)));
    svg.setAttribute('height', String(Math.ceil(box.height)));
    svg.style.removeProperty('max-width');
  }
  return svg;
}
async function effektkedjaDrawAll(zoomWords) {
  var blocks = Array.prototype.slice.call(document.querySelectorAll('pre.mermaid'));
  for (var i = 0; i < blocks.length; i++) {
    var pre = blocks[i];
    var text = pre.textContent;
    var figure = document.createElement('div');
    figure.className = 'diagram';
    figure.dataset.status = 'pending';
    if (pre.dataset.title) figure.dataset.title = pre.dataset.title;
    pre.parentNode.insertBefore(figure, pre);
    try {
      await effektkedjaDraw(figure, text);
      pre.remove();
      // With the zoom script and Panzoom loaded: pan, zoom and a full-size view on click.
      if (zoomWords && typeof effektkedjaZoom === 'function' && typeof Panzoom === 'function') {
        effektkedjaZoom(figure, zoomWords, 'inline');
      }
      figure.dataset.status = 'done';
    } catch (error) {
      // The text stays readable under the message when a diagram cannot be drawn.
      figure.textContent = String(error && error.message ? error.message : error);
      figure.setAttribute('role', 'alert');
      figure.dataset.status = 'failed';
    }
  }
  document.body.dataset.diagrams = 'done';
}
`;
