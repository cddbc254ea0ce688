/**
 * *Anpassa till bredden* that keeps text readable: the diagram is scaled to the
 * pane's width, but never so far that its smallest text is drawn below
 * {@link MIN_TEXT_PX}; a diagram that would need more is drawn at that
 * minimum and the pane scrolls.
 */

/** The smallest text size, in CSS pixels, a fitted diagram is drawn at. */
export const MIN_TEXT_PX = 11;

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

/** Sizes the container's SVG: natural size, or fitted to the width with text at least {@link MIN_TEXT_PX}. */
export function applyFit(container: HTMLElement, fit: boolean): void {
  const svg = container.querySelector('svg');
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || box.width <= 0) return;
  let scale = 1;
  if (fit) {
    const style = getComputedStyle(container);
    const width =
      container.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    const font = smallestFont(svg) ?? 16;
    scale = Math.max(width / box.width, MIN_TEXT_PX / font);
  }
  // Inline sizes win over the stylesheet's `.fit svg { width: 100% }`.
  svg.style.width = `${Math.round(box.width * scale)}px`;
  svg.style.height = `${Math.round(box.height * scale)}px`;
  svg.style.maxWidth = 'none';
  svg.dataset.scale = scale.toFixed(4);
}

/** Keeps the container's diagram sized as the checkbox says: after each drawing, on resize and on change. */
export function watchFit(container: HTMLElement, checkbox: HTMLInputElement): void {
  const apply = (): void => applyFit(container, checkbox.checked);
  new MutationObserver(apply).observe(container, { childList: true });
  // Only a change of the pane's width refits (the diagram's own height changes the pane's height).
  let width = container.clientWidth;
  new ResizeObserver(() => {
    if (container.clientWidth === width) return;
    width = container.clientWidth;
    requestAnimationFrame(apply);
  }).observe(container);
  checkbox.addEventListener('change', apply);
}
