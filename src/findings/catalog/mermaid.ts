import type { Severity } from '../finding.js';

/** Codes of findings from the mermaid module and their default severities. */
export const mermaidCodes = {
  // Exporting
  MERMAID_INPUT_INVALID: 'error',
  MERMAID_PLAN_NOT_FOUND: 'error',
  MERMAID_TEMPLATE_NOT_FOUND: 'error',
  MERMAID_FIRST_PLAN_CHOSEN: 'info',
  MERMAID_NOTHING_TO_DRAW: 'warning',
  MERMAID_BOX_SKIPPED: 'warning',
  MERMAID_LINK_SKIPPED: 'warning',
  // Mermaid's own limits
  MERMAID_TEXT_TOO_LARGE: 'warning',
  MERMAID_TOO_MANY_EDGES: 'warning',
  // Rendering (Node)
  MERMAID_NOT_INSTALLED: 'error',
  MERMAID_CHROMIUM_MISSING: 'error',
  MERMAID_RENDER_FAILED: 'error',
} as const satisfies Record<string, Severity>;
