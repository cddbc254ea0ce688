import type { Severity } from '../finding.js';

/** Codes of findings from the edit module and their default severities. */
export const editCodes = {} as const satisfies Record<string, Severity>;
