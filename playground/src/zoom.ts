import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';
// The library's floor for fitted text, so the playground and the HTML pages agree.
import { MIN_TEXT_PX } from 'effektkedja';

/**
 * Pan and zoom for the diagram pane (@panzoom/panzoom): the wheel or a pinch
 * zooms at the pointer, dragging pans, and the buttons zoom in, zoom out, fit
 * to the width and show 1:1. The SVG itself is never changed (it stays at its
 * natural size, so the SVG and PNG downloads are the whole diagram at 1:1):
 * only the stage around it is moved and scaled.
 *
 * *Anpassa till bredden* scales the diagram to the pane's width, but never so
 * far that its smallest text is drawn below {@link MIN_TEXT_PX}; a diagram that
 * would need more is drawn at that minimum and the rest is reached by panning.
 *
 * After a redraw, a fitted diagram is fitted again; a diagram the user zoomed
 * or panned keeps its scale and its top-left corner where it was, so typing
 * does not move the view. Opening another document or plan fits again.
 */

/** The factor of one step of the zoom buttons and the + and − keys. */
export const ZOOM_STEP = 1.25;
const MIN_SCALE = 0.1;
const MAX_SCALE = 5;
/** How far, in CSS pixels, an arrow key pans. */
const KEY_PAN_PX = 60;

/** The smallest font size of the SVG's visible texts, in its own units (px at natural size). */
function smallestFont(svg: SVGSVGElement): number | undefined {
  let smallest: number | undefined;
  for (const text of svg.querySelectorAll('text')) {
    if (!text.textContent?.trim()) continue;
    const size = Number.parseFloat(getComputedStyle(text).fontSize);
    if (size > 0 && (smallest === undefined || size < smallest)) smallest = size;
  }
  return smallest;
}

/** The fitted scale: the pane's width, but text no smaller than {@link MIN_TEXT_PX}. */
export function fitScale(paneWidth: number, diagramWidth: number, smallestText: number): number {
  const scale = Math.max(paneWidth / diagramWidth, MIN_TEXT_PX / smallestText);
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export interface ZoomControls {
  readonly zoomIn: HTMLButtonElement;
  readonly zoomOut: HTMLButtonElement;
  readonly fit: HTMLButtonElement;
  readonly actual: HTMLButtonElement;
  /** Shows the scale in per cent. */
  readonly level: HTMLOutputElement;
}

export interface DiagramView {
  /** Fit the next drawing again (another document or plan). */
  reset(): void;
  /** Pans a drawn element into the middle of the pane, unless it shows already. */
  reveal(element: Element): void;
}

type Mode = { readonly kind: 'fit' } | { readonly kind: 'free'; left: number; top: number; scale: number };

/**
 * Makes `stage` (the element the SVG is drawn into, the only child of `pane`)
 * pannable and zoomable inside `pane`, wired to the buttons and the keyboard.
 */
export function diagramView(pane: HTMLElement, stage: HTMLElement, controls: ZoomControls): DiagramView {
  let mode: Mode = { kind: 'fit' };
  const panzoom: PanzoomObject = Panzoom(stage, {
    canvas: true,
    animate: false,
    minScale: MIN_SCALE,
    maxScale: MAX_SCALE,
    cursor: 'grab',
    // A drag is the user's own view from then on; the pane takes the focus, so the keys work next.
    handleStartEvent: (event: Event) => {
      event.preventDefault();
      pane.focus({ preventScroll: true });
      free();
    },
  });
  const svg = (): SVGSVGElement | null => stage.querySelector('svg');
  const options = { animate: false, force: true } as const;

  // panzoom scales around the stage's centre c: a stage point p is drawn at c + s·(p − c + t), t the
  // pan. So the stage's top-left corner is drawn at c·(1 − s) + s·t from where it lies unscaled.
  const centre = (): { x: number; y: number } => ({ x: stage.offsetWidth / 2, y: stage.offsetHeight / 2 });
  const corner = (): { left: number; top: number } => {
    const c = centre();
    const s = panzoom.getScale();
    const t = panzoom.getPan();
    return { left: c.x * (1 - s) + s * t.x, top: c.y * (1 - s) + s * t.y };
  };
  const place = (scale: number, left: number, top: number): void => {
    const c = centre();
    panzoom.zoom(scale, options);
    panzoom.pan((left - c.x * (1 - scale)) / scale, (top - c.y * (1 - scale)) / scale, options);
  };

  function free(): void {
    if (mode.kind === 'fit') mode = { kind: 'free', ...corner(), scale: panzoom.getScale() };
    controls.fit.setAttribute('aria-pressed', 'false');
  }

  function fitToWidth(): void {
    mode = { kind: 'fit' };
    controls.fit.setAttribute('aria-pressed', 'true');
    const drawn = svg();
    const box = drawn?.viewBox.baseVal;
    if (!drawn || !box || box.width <= 0) return;
    const style = getComputedStyle(pane);
    const width =
      pane.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    place(fitScale(width, box.width, smallestFont(drawn) ?? 16), 0, 0);
  }

  /** Zooms to `scale` around the middle of the pane (what the user looks at stays there). */
  function zoomTo(scale: number): void {
    free();
    const rect = pane.getBoundingClientRect();
    panzoom.zoomToPoint(
      scale,
      { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 },
      options,
    );
  }

  function panBy(dx: number, dy: number): void {
    free();
    const s = panzoom.getScale();
    const t = panzoom.getPan();
    panzoom.pan(t.x + dx / s, t.y + dy / s, options);
  }

  // Each change: remember a free view, show the scale, and say it to tests and styles.
  stage.addEventListener('panzoomchange', () => {
    const scale = panzoom.getScale();
    if (mode.kind === 'free') mode = { kind: 'free', ...corner(), scale };
    controls.level.value = `${Math.round(scale * 100)} %`;
    pane.dataset.scale = scale.toFixed(4);
    pane.dataset.zoom = mode.kind;
  });

  // A new drawing: fitted again, or the free view's scale and corner kept.
  new MutationObserver(() => {
    if (!svg()) return;
    if (mode.kind === 'fit') fitToWidth();
    else place(mode.scale, mode.left, mode.top);
  }).observe(stage, { childList: true });

  // Only a change of the pane's width refits.
  let width = pane.clientWidth;
  new ResizeObserver(() => {
    if (pane.clientWidth === width) return;
    width = pane.clientWidth;
    if (mode.kind === 'fit') requestAnimationFrame(fitToWidth);
  }).observe(pane);

  // The wheel, and a touchpad's pinch (a wheel event with ctrlKey in Chromium), zoom at the pointer.
  pane.addEventListener(
    'wheel',
    (event) => {
      if (!svg()) return;
      free();
      panzoom.zoomWithWheel(event, { animate: false });
    },
    { passive: false },
  );

  controls.zoomIn.addEventListener('click', () => zoomTo(panzoom.getScale() * ZOOM_STEP));
  controls.zoomOut.addEventListener('click', () => zoomTo(panzoom.getScale() / ZOOM_STEP));
  controls.actual.addEventListener('click', () => zoomTo(1));
  controls.fit.addEventListener('click', fitToWidth);

  pane.addEventListener('keydown', (event) => {
    if (event.target !== pane || event.altKey || event.ctrlKey || event.metaKey) return;
    const action: Record<string, () => void> = {
      '+': () => zoomTo(panzoom.getScale() * ZOOM_STEP),
      '=': () => zoomTo(panzoom.getScale() * ZOOM_STEP),
      '-': () => zoomTo(panzoom.getScale() / ZOOM_STEP),
      '0': () => zoomTo(1),
      f: fitToWidth,
      ArrowLeft: () => panBy(KEY_PAN_PX, 0),
      ArrowRight: () => panBy(-KEY_PAN_PX, 0),
      ArrowUp: () => panBy(0, KEY_PAN_PX),
      ArrowDown: () => panBy(0, -KEY_PAN_PX),
    };
    const run = action[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  });

  controls.fit.setAttribute('aria-pressed', 'true');
  controls.level.value = '100 %';

  return {
    reset: () => {
      mode = { kind: 'fit' };
      controls.fit.setAttribute('aria-pressed', 'true');
    },
    reveal(element) {
      const view = pane.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      if (
        box.left >= view.left &&
        box.right <= view.right &&
        box.top >= view.top &&
        box.bottom <= view.bottom
      )
        return;
      panBy(
        view.left + view.width / 2 - (box.left + box.width / 2),
        view.top + view.height / 2 - (box.top + box.height / 2),
      );
    },
  };
}
