import type { Severity } from '../severity.js';

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

/** The details each code's finding carries (see docs: the typed map). */
export interface MermaidDetails {
  readonly MERMAID_INPUT_INVALID: {
    readonly what:
      | 'string'
      | 'number'
      | 'bigint'
      | 'boolean'
      | 'symbol'
      | 'undefined'
      | 'object'
      | 'function';
  };
  readonly MERMAID_PLAN_NOT_FOUND: {
    readonly available: readonly string[];
    readonly plan: string;
  };
  readonly MERMAID_TEMPLATE_NOT_FOUND: {
    readonly available?: readonly string[];
    readonly template: string;
  };
  readonly MERMAID_FIRST_PLAN_CHOSEN: {
    readonly count: number;
    readonly plan: string;
  };
  readonly MERMAID_NOTHING_TO_DRAW: Record<string, never>;
  readonly MERMAID_BOX_SKIPPED: {
    readonly box: string;
    readonly level: string;
  };
  readonly MERMAID_LINK_SKIPPED: {
    readonly from: string;
    readonly missing: string;
    readonly to: string;
  };
  readonly MERMAID_TEXT_TOO_LARGE: {
    readonly length: number;
    readonly limit: number;
  };
  readonly MERMAID_TOO_MANY_EDGES: {
    readonly edges: number;
    readonly limit: number;
  };
  readonly MERMAID_NOT_INSTALLED: {
    readonly package: string;
  };
  readonly MERMAID_CHROMIUM_MISSING: {
    readonly path: string | null;
  };
  readonly MERMAID_RENDER_FAILED: {
    readonly reason: string;
  };
}
