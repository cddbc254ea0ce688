import type { Severity } from '../severity.js';

/** Codes of findings from the cli module and their default severities. */
export const cliCodes = {} as const satisfies Record<string, Severity>;

/** The details each code's finding carries (see docs: the typed map). */
// biome-ignore lint/suspicious/noEmptyInterface: no cli code yet; each catalogue keeps one interface for the map.
export interface CliDetails {}
