import type { Severity } from '../finding.js';

/** Codes of findings from the mermaid module and their default severities. */
export const mermaidCodes = {} as const satisfies Record<string, Severity>;
