/**
 * Browser expression (for page.evaluate) that lists every place where a
 * rendered diagram hides text, by the elements' bounding boxes in the page:
 * a text box that overlaps another text box, a box (node) that overlaps a
 * title, a lane whose border crosses a text that is not its own, and a text
 * that sticks out of its own lane or plan. Empty list: nothing is hidden.
 */
export const OVERLAPS = `(() => {
  const svg = document.querySelector('#diagram svg');
  const problems = [];
  const r = (el) => { const b = el.getBoundingClientRect(); return { x: b.left, y: b.top, w: b.width, h: b.height }; };
  const hit = (a, b, pad) => a.x + pad < b.x + b.w && b.x + pad < a.x + a.w && a.y + pad < b.y + b.h && b.y + pad < a.y + a.h;
  const inside = (a, b, pad) => a.x >= b.x - pad && a.y >= b.y - pad && a.x + a.w <= b.x + b.w + pad && a.y + a.h <= b.y + b.h + pad;
  const name = (el) => (el.textContent || '').trim().slice(0, 40);
  const texts = Array.from(svg.querySelectorAll('g.node text, g.cluster-label text, g.edgeLabel text'))
    .filter((t) => (t.textContent || '').trim() !== '')
    .map((t) => ({ el: t, box: r(t) }));
  const clusters = Array.from(svg.querySelectorAll('g.cluster')).map((g) => ({ g, box: r(g.querySelector(':scope > rect')) }));
  const nodes = Array.from(svg.querySelectorAll('g.node')).map((g) => ({ g, box: r(g.querySelector(':scope > rect, :scope > path, :scope > polygon') || g) }));
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (hit(texts[i].box, texts[j].box, 1)) problems.push('text over text: ' + name(texts[i].el) + ' | ' + name(texts[j].el));
  for (const t of texts) {
    const ownNode = t.el.closest('g.node');
    for (const n of nodes) if (n.g !== ownNode && hit(n.box, t.box, 1)) problems.push('box over text: ' + name(n.g) + ' | ' + name(t.el));
    const ownCluster = t.el.closest('g.cluster');
    for (const c of clusters) {
      if (c.g === ownCluster) {
        if (!inside(t.box, c.box, 1)) problems.push('title out of its lane: ' + name(t.el));
        continue;
      }
      // A lane either holds the text or stays clear of it: its border never crosses it.
      if (hit(c.box, t.box, 1) && !inside(t.box, c.box, 1)) problems.push('lane border over text: ' + name(c.g.querySelector('.cluster-label') || c.g) + ' | ' + name(t.el));
    }
  }
  return problems;
})()`;
