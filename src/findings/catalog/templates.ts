import type { Severity } from '../finding.js';

/** Codes of findings from the templates module and their default severities. */
export const templatesCodes = {} as const satisfies Record<string, Severity>;
