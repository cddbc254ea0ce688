import { describe, expect, it } from 'vitest';
import { exportMermaid } from '../../src/index.js';
import { instantiate, NATIONAL_TEMPLATES } from '../../src/templates/index.js';
import { parseFlowchart } from '../setup/mermaid-dom.js';

describe('each national template drawn by the Mermaid exporter', () => {
  it.each(NATIONAL_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s parses in mermaid as its chain ending in the national goal',
    async (_id, t) => {
      const r = exportMermaid(t, { view: 'template', showIndicators: true });
      expect(r.findings).toEqual([]);
      const chart = await parseFlowchart(r.text);
      const boxes = [...r.boxNodes.get(t.id)!.entries()];
      expect(boxes.map(([box]) => box).sort()).toEqual(t.boxes.map((b) => b.id).sort());
      // The boxes and one more node: the national goal.
      expect(chart.vertices.size).toBe(t.boxes.length + 1);
      const node = new Map(boxes);
      const goal = [...chart.vertices.keys()].find((id) => ![...node.values()].includes(id))!;
      const longTerm = t.boxes.filter((b) => b.level === 'langsiktiga').map((b) => [node.get(b.id), goal]);
      expect(chart.edges.map((e) => [e.start, e.end])).toEqual([
        ...(t.links ?? []).map((l) => [node.get(l.from), node.get(l.to)]),
        ...longTerm,
      ]);
      for (const b of t.boxes.filter((x) => x.placeholder)) {
        expect(chart.vertices.get(node.get(b.id)!)?.classes).toContain('placeholder');
      }
    },
  );
});

describe('each plan instantiated from a national template', () => {
  it.each(NATIONAL_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s renders: every box and link parses',
    async (_id, t) => {
      const plan = instantiate(t, { planId: 'ny', name: 'Ny plan' });
      const r = exportMermaid(plan, { showIndicators: true });
      expect(r.findings).toEqual([]);
      const chart = await parseFlowchart(r.text);
      expect(chart.vertices.size).toBe(plan.boxes.length);
      expect(chart.edges.length).toBe(plan.links?.length ?? 0);
    },
  );
});
