import {
  attachLocations,
  compareFindings,
  type Document,
  type Finding,
  parseDocument,
  validate,
} from 'effektkedja';

/** What the page knows about the text in the editor. */
export interface Analysis {
  /** The document, when the text could be read (it may still have findings). */
  readonly document?: Document;
  /** Parse and validation findings together, located in the text where possible. */
  readonly findings: readonly Finding[];
}

/**
 * Reads and validates the editor's text as of the follow-up date (so the årshjul's due
 * measurements and reports are findings too). Never throws: every problem is a finding.
 */
export function analyse(text: string, asOf: string): Analysis {
  const parsed = parseDocument(text);
  if (!parsed.ok) return { findings: parsed.findings };
  const source = parsed.source;
  const report = validate(parsed.value, {
    asOf,
    ...(source ? { locate: (f: readonly Finding[]) => attachLocations(f, source) } : {}),
  });
  const findings = [...parsed.findings, ...report.findings].sort(compareFindings);
  return { document: parsed.value, findings };
}
