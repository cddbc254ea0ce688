import { describe, expect, it } from 'vitest';
import { NATIONAL_TEMPLATES } from '../../src/templates/index.js';
import { parseFlowchart } from '../setup/mermaid-dom.js';
import { templateMermaid } from './mermaid-text.js';

describe('the diagrams of docs/templates.md', () => {
  it.each(NATIONAL_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s parses in mermaid as the chain and the goal',
    async (_id, t) => {
      const chart = await parseFlowchart(templateMermaid(t));
      expect([...chart.vertices.keys()].sort()).toEqual([...t.boxes.map((b) => b.id), 'mal'].sort());
      expect(chart.edges.map((e) => [e.start, e.end])).toEqual([
        ...(t.links ?? []).map((l) => [l.from, l.to]),
        ['langsiktig', 'mal'],
      ]);
      const placeholders = t.boxes.filter((b) => b.placeholder).map((b) => b.id);
      for (const id of placeholders) expect(chart.vertices.get(id)?.classes).toContain('placeholder');
    },
  );
});
