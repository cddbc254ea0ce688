// Mermaid export: diagrams of plans, portfolios and templates; Markdown and HTML pages. Explicit
// list (docs/design.md, "The public surface"): the label encoder, line wrapping and the word
// tables stay inside.
export { escapeHtml } from '../text/html.js';
export { escapeMarkdown } from '../text/markdown.js';
export { DRAW_SCRIPT, mermaidConfig } from './draw-script.js';
export { escapeLabel, normalizeLabelText } from './escape.js';
export { exactLabels } from './exact-labels.js';
export { exportMermaid, type MermaidExport, type MermaidInput, toMermaid } from './export.js';
export { type HtmlPageOptions, toHtmlPage } from './html.js';
export { type MarkdownOptions, markdownBlock, toMarkdown } from './markdown.js';
export {
  MERMAID_LIMITS,
  type MermaidDirection,
  type MermaidLimits,
  type MermaidOptions,
  type MermaidView,
} from './options.js';
export { LEVEL_STYLES, type NodeStyle, OTHER_STYLES } from './palette.js';
export { MIN_TEXT_PX, ZOOM_SCRIPT, ZOOM_STYLE, zoomWords } from './zoom-script.js';
