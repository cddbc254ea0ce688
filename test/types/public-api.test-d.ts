// Type tests of the public entry (run by `vitest --typecheck`, part of `npm test`): the main
// signatures, findings that narrow on their code, read-only results, and names that are not public.
import { describe, expectTypeOf, it } from 'vitest';
import {
  applyEdit,
  type Document,
  type EditResult,
  escapeLabel,
  type Finding,
  type FindingDetails,
  type Level,
  NATIONAL_TEMPLATES,
  type ParseResult,
  parseDocument,
  type Template,
  toMermaid,
  type ValidationReport,
  validate,
} from '../../src/index.js';

declare const document: Document;

describe('the main signatures of effektkedja', () => {
  it('parses text into a result, validates a document, edits it, draws it', () => {
    expectTypeOf(parseDocument).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseDocument('')).toEqualTypeOf<ParseResult>();
    expectTypeOf(validate(document)).toEqualTypeOf<ValidationReport>();
    expectTypeOf(applyEdit(document, { op: 'removeBox', plan: 'p', box: 'b' })).toEqualTypeOf<EditResult>();
    expectTypeOf(toMermaid(document)).toEqualTypeOf<string>();
    expectTypeOf(escapeLabel).toEqualTypeOf<(text: string, wrap?: number) => string>();
  });

  it('gives a parsed document only when ok is true', () => {
    const parsed = parseDocument('');
    if (parsed.ok) expectTypeOf(parsed.value).toEqualTypeOf<Document>();
  });
});

describe('findings', () => {
  it('narrow on their code to the details of that code', () => {
    const finding = validate(document).findings[0]!;
    if (finding.code === 'LINK_BACKWARDS') {
      expectTypeOf(finding.details).toMatchTypeOf<FindingDetails['LINK_BACKWARDS']>();
      expectTypeOf(finding.details.fromLevel).toEqualTypeOf<Level>();
    }
    // Without narrowing, a detail is any detail value.
    // @ts-expect-error fromLevel is a Level only once the code is known
    const level: Level = finding.details.fromLevel;
    void level;
  });

  it('are data a caller cannot change', () => {
    const report = validate(document);
    // @ts-expect-error the findings of a report are read-only
    report.findings.push({} as Finding);
    // @ts-expect-error a finding's code is read-only
    report.findings[0]!.code = 'CYCLE';
  });
});

describe('frozen results', () => {
  it('types the national templates as read-only', () => {
    expectTypeOf(NATIONAL_TEMPLATES).toEqualTypeOf<readonly Template[]>();
    // @ts-expect-error the list of national templates is frozen
    NATIONAL_TEMPLATES.push(NATIONAL_TEMPLATES[0]!);
  });
});

describe('names that are not public', () => {
  it('are not exported from the root entry', async () => {
    // @ts-expect-error encodeLabel is internal (src/mermaid/escape.ts)
    const { encodeLabel } = await import('../../src/index.js');
    // @ts-expect-error csvCell is internal (src/text/table.ts)
    const { csvCell } = await import('../../src/index.js');
    void encodeLabel;
    void csvCell;
  });
});
