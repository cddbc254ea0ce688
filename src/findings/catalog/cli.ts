import type { Severity } from '../finding.js';

/** Codes of findings from the cli module and their default severities. */
export const cliCodes = {} as const satisfies Record<string, Severity>;
