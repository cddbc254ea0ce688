import { escapeMarkdown } from '../text/markdown.js';
import { exportMermaid, type MermaidExport, type MermaidInput } from './export.js';
import type { MermaidOptions } from './options.js';

/** Options of {@link toMarkdown}: the export's options and the heading. */
export interface MarkdownOptions extends MermaidOptions {
  /** The heading above the diagram: default the diagram's title; `false` for none. */
  readonly heading?: string | false;
  /** Heading level 1–6; default 2. */
  readonly headingLevel?: number;
}

/** A Markdown section: a heading and a ```mermaid block, for READMEs and wikis. */
export function markdownBlock(
  result: Pick<MermaidExport, 'text' | 'title'>,
  options: MarkdownOptions = {},
): string {
  const level = Math.min(6, Math.max(1, Math.floor(options.headingLevel ?? 2)));
  const heading = options.heading === false ? '' : escapeMarkdown(options.heading ?? result.title);
  // The diagram text never holds a backtick (they are entity-encoded), so the fence cannot be closed early.
  const fence = `\`\`\`mermaid\n${result.text}\`\`\`\n`;
  return heading ? `${'#'.repeat(level)} ${heading}\n\n${fence}` : fence;
}

/** Markdown with a heading and a ```mermaid block for a plan, a document or a template. */
export function toMarkdown(input: MermaidInput, options: MarkdownOptions = {}): string {
  return markdownBlock(exportMermaid(input, options), options);
}
