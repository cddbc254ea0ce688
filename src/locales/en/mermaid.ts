import type { mermaidCodes } from '../../findings/catalog/mermaid.js';
import type { MermaidWords } from '../mermaid-words.js';
import { type MessageTable, q, show } from '../message.js';

const SPLIT_HINT =
  'Split the diagram: one plan at a time (plan; --plan), collapse levels to counts (collapse; --collapse aktiviteter,prestationer), or show less detail (showIndicators: false; without --indicators).';

/** English messages of the mermaid module. */
export const enMermaid: MessageTable<keyof typeof mermaidCodes> = {
  MERMAID_INPUT_INVALID: {
    text: (d) => `Cannot draw ${show(d.what)}: it is not a plan, a document or a template.`,
    hint: () => 'Read the document with parseDocument first; it gives a plan, a document or a template.',
  },
  MERMAID_PLAN_NOT_FOUND: {
    text: (d) => `The plan ${q(d.plan)} is not in the document.`,
    hint: (d) => `Plans in the document: ${show(d.available)}.`,
  },
  MERMAID_TEMPLATE_NOT_FOUND: {
    text: (d) => `The template ${q(d.template)} is not there.`,
    hint: (d) =>
      d.available
        ? `Known templates: ${show(d.available)}.`
        : 'Pass the template as input or in the templates option.',
  },
  MERMAID_FIRST_PLAN_CHOSEN: {
    text: (d) => `The document has ${show(d.count)} plans; the diagram shows the first, ${q(d.plan)}.`,
    hint: () =>
      "Choose a plan with the plan option (--plan on the command line), or show all with view: 'portfolio' (--view portfolio).",
  },
  MERMAID_NOTHING_TO_DRAW: {
    text: () => 'There are no boxes to draw.',
  },
  MERMAID_BOX_SKIPPED: {
    text: (d) => `The box ${q(d.box)} has an unknown level ${q(d.level)} and is not drawn.`,
    hint: () => 'Run validate() to see every error in the document.',
  },
  MERMAID_LINK_SKIPPED: {
    text: (d) =>
      d.from === d.to
        ? `The link ${q(d.from)} → ${q(d.to)} is not drawn: a box cannot contribute to itself.`
        : `The link ${q(d.from)} → ${q(d.to)} is not drawn: ${q(d.missing)} is not in the diagram.`,
    hint: () => 'Run validate() to see every error in the document.',
  },
  MERMAID_TEXT_TOO_LARGE: {
    text: (d) =>
      `The diagram text is ${show(d.length)} characters, over Mermaid's limit of ${show(d.limit)}; Mermaid then shows an error instead of the diagram.`,
    hint: () => SPLIT_HINT,
  },
  MERMAID_TOO_MANY_EDGES: {
    text: (d) =>
      `The diagram has ${show(d.edges)} arrows, over Mermaid's limit of ${show(d.limit)}; Mermaid then refuses to draw it.`,
    hint: () => SPLIT_HINT,
  },
  MERMAID_NOT_INSTALLED: {
    text: (d) => `The package ${q(d.package)} is needed to draw diagrams but is not installed.`,
    hint: (d) => `Install it: npm install ${show(d.package)}`,
  },
  MERMAID_CHROMIUM_MISSING: {
    text: () => 'No Chromium was found; SVG, PNG and PDF are drawn in a headless browser.',
    hint: () =>
      'Install Chromium (Debian/Ubuntu: apt-get install chromium) or give its path with executablePath or EFFEKTKEDJA_CHROMIUM.',
  },
  MERMAID_RENDER_FAILED: {
    text: (d) => `Mermaid could not draw the diagram: ${show(d.reason)}.`,
  },
};

/** English words in diagrams. */
export const enMermaidWords: MermaidWords = {
  understrategi: (name) => `Sub-strategy: ${name}`,
  rus: (name) => `RUS: ${name}`,
  template: (name) => `Template: ${name}`,
  track: (name) => `Track: ${name}`,
  findings: (n) => `⚠ ${n} ${n === 1 ? 'finding' : 'findings'}`,
  collapsed: (n, level) => `${n} × ${level}`,
  mandatory: 'mandatory',
  portfolio: (region, plans) => `${region ? `${region}: ` : ''}${plans} ${plans === 1 ? 'plan' : 'plans'}`,
  describe: (boxes, links, goals) =>
    `Results chain with ${boxes} ${boxes === 1 ? 'box' : 'boxes'} and ${links} ${links === 1 ? 'link' : 'links'}` +
    (goals ? `, linked to ${goals} ${goals === 1 ? 'goal' : 'goals'}.` : '.'),
  empty: 'Empty diagram',
  nationalGoal: 'Overall goal',
  zoomToolbar: 'Zoom the diagram',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit',
  zoomFitLabel: 'Fit the diagram to the window, with readable text',
  zoomActual: 'Actual size',
  zoomOpen: 'Open full size',
  zoomClose: 'Close',
  zoomHint: 'Diagram: drag to move, scroll or pinch to zoom; the keys + − 0 and the arrows work too.',
  zoomInlineHint: 'Diagram: click to open full size, drag to move, Ctrl + scroll or pinch to zoom.',
};
