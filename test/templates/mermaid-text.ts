import { LEVEL_INFO, NATIONAL_GOAL, type Template } from '../../src/index.js';

const quoteSafe = (text: string) => text.replaceAll('"', '#quot;');

/**
 * A template's chain as a Mermaid flowchart, the way docs/templates.md draws it:
 * one node per box headed by its level, placeholders dashed, ending in the
 * national goal. Kept here, not in src/, because the library's own Mermaid
 * exporter draws plans; this only keeps the docs in step with the data.
 */
export function templateMermaid(t: Template): string {
  const lines = ['flowchart LR'];
  for (const b of t.boxes) {
    lines.push(
      `  ${b.id}["${LEVEL_INFO[b.level].sv}<br/>${quoteSafe(b.text)}"]${b.placeholder ? ':::placeholder' : ''}`,
    );
  }
  lines.push(`  mal(["Övergripande mål<br/>${NATIONAL_GOAL.sv}"])`);
  for (const l of t.links ?? []) lines.push(`  ${l.from} --> ${l.to}`);
  const last = [...t.boxes].reverse().find((b) => b.level === 'langsiktiga');
  if (last) lines.push(`  ${last.id} -.-> mal`);
  lines.push('  classDef placeholder stroke-dasharray: 5 5');
  return lines.join('\n');
}
