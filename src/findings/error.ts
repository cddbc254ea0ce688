import type { Finding, Language } from './finding.js';
import { formatFindings } from './format.js';

/** The one error class of the library: it carries every finding that made an operation fail. */
export class EffektkedjaError extends Error {
  override readonly name = 'EffektkedjaError';
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[], language: Language = 'en') {
    super(formatFindings(findings, { language }));
    this.findings = findings;
  }
}
