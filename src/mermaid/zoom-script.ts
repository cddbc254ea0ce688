import type { Language } from '../findings/finding.js';
import { mermaidWords } from '../locales/words.js';

/** The smallest text size, in CSS pixels, a fitted diagram is drawn at (as the playground's *Anpassa till bredden*). */
export const MIN_TEXT_PX = 11;

/** The words of the zoom controls in a language, as the browser script takes them. */
export function zoomWords(lang: Language): Record<string, string> {
  const w = mermaidWords(lang);
  return {
    toolbar: w.zoomToolbar,
    zoomIn: w.zoomIn,
    zoomOut: w.zoomOut,
    fit: w.zoomFit,
    fitLabel: w.zoomFitLabel,
    actual: w.zoomActual,
    open: w.zoomOpen,
    close: w.zoomClose,
    hint: w.zoomHint,
    inlineHint: w.zoomInlineHint,
  };
}

/**
 * Browser script text, run after `@panzoom/panzoom` (global `Panzoom`) and
 * {@link DRAW_SCRIPT}, that gives drawn diagrams pan and zoom:
 *
 * - `effektkedjaZoom(figure, words, mode)` wraps the SVG in `figure` in a view
 *   that pans by dragging and zooms by wheel or pinch, with buttons + − fit 1:1
 *   (real `<button>`s, so the keyboard reaches them; `+`, `-`, `0` and the arrow
 *   keys work on the focused view). `mode` is `'page'` (a diagram page: fits
 *   width and 80 % of the window's height), `'inline'` (a report column: fits the
 *   width, the wheel zooms only with Ctrl or ⌘ so the page still scrolls, a click
 *   opens the diagram full size) or `'dialog'` (the full-size overlay).
 * - Fitting never draws the smallest text below {@link MIN_TEXT_PX} px and never
 *   above natural size: a diagram that would need smaller text is drawn at the
 *   readable size and the user pans.
 * - `effektkedjaOpenFull(figure, words)` shows an inline diagram in a modal
 *   `<dialog>` (Esc or the close button closes it).
 *
 * The figure gets `data-scale` (the current scale) after every change.
 */
export const ZOOM_SCRIPT = `
var EFFEKTKEDJA_MIN_TEXT_PX = ${MIN_TEXT_PX};
function effektkedjaSmallestFont(svg) {
  var smallest = 0;
  var texts = svg.querySelectorAll('text');
  for (var i = 0; i < texts.length; i++) {
    if (!texts[i].textContent || !texts[i].textContent.trim()) continue;
    var size = parseFloat(getComputedStyle(texts[i]).fontSize);
    if (size > 0 && (!smallest || size < smallest)) smallest = size;
  }
  return smallest || 16;
}
// The whole diagram in width x height, never above natural size, never text below the readable size.
function effektkedjaFitScale(svg, width, height) {
  var w = parseFloat(svg.getAttribute('width')) || svg.viewBox.baseVal.width || 1;
  var h = parseFloat(svg.getAttribute('height')) || svg.viewBox.baseVal.height || 1;
  var s = Math.min(1, width / w, height > 0 ? height / h : Infinity);
  return Math.max(s, EFFEKTKEDJA_MIN_TEXT_PX / effektkedjaSmallestFont(svg));
}
function effektkedjaButton(text, label, onClick) {
  var b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (label) { b.title = label; b.setAttribute('aria-label', label); }
  b.addEventListener('click', onClick);
  return b;
}
function effektkedjaZoom(figure, words, mode) {
  var svg = figure.querySelector('svg');
  var w = parseFloat(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  var h = parseFloat(svg.getAttribute('height')) || svg.viewBox.baseVal.height;
  var tools = document.createElement('div');
  tools.className = 'ek-tools';
  tools.setAttribute('role', 'toolbar');
  tools.setAttribute('aria-label', words.toolbar);
  var view = document.createElement('div');
  view.className = 'ek-view ek-' + mode;
  view.tabIndex = 0;
  view.title = mode === 'inline' ? words.inlineHint : words.hint;
  view.setAttribute('aria-label', view.title);
  var stage = document.createElement('div');
  stage.className = 'ek-stage';
  stage.style.width = w + 'px';
  stage.style.height = h + 'px';
  stage.appendChild(svg);
  view.appendChild(stage);
  figure.appendChild(tools);
  figure.appendChild(view);
  if (mode !== 'dialog') figure.classList.add('ek-zoomable');
  var shown = document.createElement('output');
  shown.className = 'ek-scale';
  function showScale(scale) {
    figure.dataset.scale = scale.toFixed(4);
    shown.textContent = Math.round(scale * 100) + ' %';
  }
  // The transform that puts the stage centred in the view (top left when larger) at a scale (origin 50 % 50 %).
  function centred(scale) {
    var left = Math.max(0, (view.clientWidth - w * scale) / 2);
    var top = Math.max(0, (view.clientHeight - h * scale) / 2);
    return { scale: scale, x: (left - w / 2) / scale + w / 2, y: (top - h / 2) / scale + h / 2 };
  }
  function fitted() {
    var width = view.clientWidth || figure.clientWidth;
    var most = Math.max(240, Math.round(window.innerHeight * 0.8));
    var scale;
    if (mode === 'dialog') scale = effektkedjaFitScale(svg, width, view.clientHeight);
    else {
      scale = effektkedjaFitScale(svg, width, mode === 'page' ? most : 0);
      view.style.height = Math.max(120, Math.min(Math.ceil(h * scale) + 2, most)) + 'px';
    }
    figure.dataset.fitted = scale.toFixed(4);
    return centred(scale);
  }
  function place(at) {
    pz.zoom(at.scale, { animate: false, force: true });
    pz.pan(at.x, at.y, { animate: false, force: true });
    showScale(at.scale);
  }
  function fit() { place(fitted()); }
  // Panzoom sets its start values once more after a moment: they are the fitted ones.
  var start = fitted();
  var pz = Panzoom(stage, {
    canvas: true, minScale: 0.05, maxScale: 8, step: 0.25, animate: false,
    startScale: start.scale, startX: start.x, startY: start.y,
  });
  showScale(start.scale);
  stage.addEventListener('panzoomchange', function (e) { showScale(e.detail.scale); });
  function zoomBy(factor) {
    var r = view.getBoundingClientRect();
    pz.zoomToPoint(pz.getScale() * factor, { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }, { animate: false });
    figure.dataset.touched = '1';
  }
  tools.appendChild(effektkedjaButton('+', words.zoomIn, function () { zoomBy(1.25); }));
  tools.appendChild(effektkedjaButton('\\u2212', words.zoomOut, function () { zoomBy(0.8); }));
  tools.appendChild(effektkedjaButton(words.fit, words.fitLabel, function () { delete figure.dataset.touched; fit(); }));
  tools.appendChild(effektkedjaButton('1:1', words.actual, function () { figure.dataset.touched = '1'; place(centred(1)); }));
  tools.appendChild(shown);
  view.addEventListener('wheel', function (e) {
    // In a report the wheel scrolls the page; Ctrl or Cmd (and a pinch, which the browser sends with Ctrl) zooms.
    if (mode === 'inline' && !e.ctrlKey && !e.metaKey) return;
    figure.dataset.touched = '1';
    pz.zoomWithWheel(e);
  }, { passive: false });
  view.addEventListener('keydown', function (e) {
    var step = 40;
    var moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (e.key === '+' || e.key === '=') zoomBy(1.25);
    else if (e.key === '-') zoomBy(0.8);
    else if (e.key === '0') fit();
    else if (moves[e.key]) {
      var s = pz.getScale();
      pz.pan(moves[e.key][0] / s, moves[e.key][1] / s, { relative: true, animate: false });
    } else if (e.key === 'Enter' && mode === 'inline') effektkedjaOpenFull(figure, words);
    else return;
    e.preventDefault();
  });
  var down = null;
  view.addEventListener('pointerdown', function (e) { down = { x: e.clientX, y: e.clientY }; }, true);
  view.addEventListener('pointerup', function (e) {
    if (down && Math.abs(e.clientX - down.x) + Math.abs(e.clientY - down.y) > 4) figure.dataset.touched = '1';
  }, true);
  if (mode === 'inline') {
    tools.appendChild(effektkedjaButton(words.open, '', function () { effektkedjaOpenFull(figure, words); }));
    // A click (not the end of a drag) opens the diagram full size.
    view.addEventListener('click', function (e) {
      if (down && Math.abs(e.clientX - down.x) + Math.abs(e.clientY - down.y) > 4) return;
      effektkedjaOpenFull(figure, words);
    });
    view.style.cursor = 'zoom-in';
  }
  var zoom = { fit: fit, panzoom: pz, view: view, stage: stage, svg: svg };
  figure.effektkedjaZoom = zoom;
  return zoom;
}
// Inline diagrams that the user has not zoomed follow the width of the window.
window.addEventListener('resize', function () {
  var figures = document.querySelectorAll('.ek-zoomable');
  for (var i = 0; i < figures.length; i++) {
    if (!figures[i].dataset.touched && figures[i].effektkedjaZoom) figures[i].effektkedjaZoom.fit();
  }
});
function effektkedjaOpenFull(figure, words) {
  var dialog = document.getElementById('ek-dialog');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'ek-dialog';
    dialog.className = 'ek-dialog';
    dialog.setAttribute('aria-labelledby', 'ek-dialog-title');
    var head = document.createElement('div');
    head.className = 'ek-dialog-head';
    var title = document.createElement('h2');
    title.id = 'ek-dialog-title';
    head.appendChild(title);
    var close = effektkedjaButton(words.close, '', function () { dialog.close(); });
    close.className = 'ek-close';
    head.appendChild(close);
    dialog.appendChild(head);
    var body = document.createElement('div');
    body.className = 'ek-dialog-body';
    dialog.appendChild(body);
    document.body.appendChild(dialog);
  }
  if (dialog.open) return;
  var inline = figure.effektkedjaZoom;
  var body = dialog.querySelector('.ek-dialog-body');
  body.textContent = '';
  document.getElementById('ek-dialog-title').textContent = figure.dataset.title || '';
  // The SVG itself moves into the dialog and back (a copy would repeat its ids).
  body.appendChild(inline.svg);
  dialog.showModal();
  var full = effektkedjaZoom(body, words, 'dialog');
  dialog.onclose = function () {
    full.panzoom.destroy();
    inline.stage.appendChild(inline.svg);
    body.textContent = '';
    figure.querySelector('.ek-view').focus();
  };
  dialog.querySelector('.ek-view').focus();
}
`;

/** The style of the zoom controls (diagram pages and reports); print shows the diagram whole, without controls. */
export const ZOOM_STYLE = `.ek-tools{display:flex;gap:.25rem;align-items:center;margin:.25rem 0;flex-wrap:wrap}
.ek-tools button{font:inherit;min-width:2.25rem;padding:.2rem .6rem;border:1px solid #888;border-radius:4px;background:#f6f6f6;color:#1a1a1a;cursor:pointer}
.ek-tools button:hover{background:#e8e8e8}.ek-tools button:focus-visible,.ek-view:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.ek-scale{margin-left:.5rem;color:#555;font-variant-numeric:tabular-nums}
.ek-view{position:relative;overflow:hidden;border:1px solid #ddd;background:#fff;cursor:grab;touch-action:none}
.ek-stage{position:absolute;left:0;top:0}.ek-stage svg{display:block;max-width:none}
.ek-dialog{width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:.75rem 1rem;box-sizing:border-box;border:none}
.ek-dialog[open]{display:flex;flex-direction:column}.ek-dialog-head{display:flex;align-items:center;gap:1rem}
.ek-dialog-head h2{flex:1;margin:0;font-size:1.2rem}.ek-dialog-body{flex:1;display:flex;flex-direction:column;min-height:0}
.ek-dialog-body .ek-view{flex:1;min-width:0;width:100%;box-sizing:border-box}
@media print{.ek-tools{display:none}.ek-view{height:auto!important;overflow:visible;border:none}
.ek-stage{position:static;transform:none!important;width:auto!important;height:auto!important}.ek-stage svg{max-width:100%;height:auto}}`;
