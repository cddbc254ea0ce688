import { describe, expect, it } from 'vitest';
import type { Code, DetailsOf } from '../../src/findings/codes.js';
import { createFinding } from '../../src/findings/create.js';
import type { Language } from '../../src/findings/finding.js';

// The words the locale tables make of a code's details. The tests of the readers, rules and
// exporters assert the code, location and details a finding carries; what those details become
// in Swedish and English is the locale tables' business, and is asserted here.

interface Case {
  readonly code: Code;
  readonly details: Record<string, unknown>;
  /** Per language, a piece (string: contained, RegExp: matched) of the message and of the hint. */
  readonly message?: Partial<Record<Language, readonly (string | RegExp)[]>>;
  readonly hint?: Partial<Record<Language, readonly (string | RegExp)[]>>;
  /** The whole message or hint, where the sentence itself is what is pinned. */
  readonly exact?: Partial<Record<'message' | 'hint', Partial<Record<Language, string>>>>;
}

const CASES: readonly (readonly [string, Case])[] = [
  [
    'a file that is not UTF-8 says so',
    {
      code: 'FILE_UNREADABLE',
      details: { file: 'latin1.yaml', reason: 'not-utf8' },
      message: { sv: ['UTF-8'] },
    },
  ],
  [
    'a day of the year that does not exist shows the form MM-DD',
    { code: 'INVALID_FORMAT', details: { format: 'day', found: '02-30' }, message: { sv: ['MM-DD'] } },
  ],
  [
    'an edit’s invalid value names the field',
    {
      code: 'EDIT_INVALID_VALUE',
      details: {
        expected: ['resurser', 'aktiviteter', 'prestationer', 'utfall', 'kortsiktiga', 'langsiktiga'],
        field: 'box.level',
        found: 'utfal',
        problem: 'INVALID_VALUE',
        suggestion: 'utfall',
      },
      message: { sv: ['«box.level»'] },
    },
  ],
  [
    'a workbook’s bad level names the word that is not a level',
    {
      code: 'SHEET_BAD_LEVEL',
      details: { column: 'Nivå', found: 'Aktivitet', suggestion: 'Aktiviteter', expected: ['Aktiviteter'] },
      message: { sv: ['«Aktivitet» är ingen nivå'] },
    },
  ],
  [
    'a workbook’s unknown plan, in English',
    {
      code: 'SHEET_UNKNOWN_REFERENCE',
      details: { column: 'Plan', id: 'x', kind: 'plan', suggestion: 'p', target: 'Planer' },
      exact: { message: { en: 'The plan «x» in the column «Plan» is not in the workbook.' } },
    },
  ],
  [
    'a workbook’s unknown plan, in Swedish, with the plan it probably meant',
    {
      code: 'SHEET_UNKNOWN_REFERENCE',
      details: { column: 'Plan', id: 'besk', kind: 'plan', suggestion: 'besok', target: 'Planer' },
      exact: {
        message: { sv: 'Planen «besk» i kolumnen «Plan» finns inte i arbetsboken.' },
        hint: { sv: 'Menade du «besok»?' },
      },
    },
  ],
  [
    'a cell of bad JSON keeps the JSON parser’s own (English) words out of the message',
    {
      code: 'SHEET_BAD_JSON',
      details: {
        column: 'Extra (JSON)',
        detail: "Expected ',' or '}' after property value in JSON at position 9",
        reason: 'syntax',
      },
      exact: {
        message: {
          sv: 'Cellen i kolumnen «Extra (JSON)» är inte ett JSON-objekt: texten är inte giltig JSON.',
        },
      },
    },
  ],
  [
    'a formula without a result names the formula',
    { code: 'SHEET_FORMULA_WITHOUT_RESULT', details: { formula: 'B9' }, message: { en: ['«B9»'] } },
  ],
  [
    'a value a workbook cannot hold says what it becomes',
    {
      code: 'SHEET_VALUE_NOT_CARRIED',
      details: { becomes: 'null', found: 'Infinity', key: 'x-oändligt' },
      message: { en: ['null'] },
    },
  ],
  [
    'a missing Chromium tells how to install it',
    {
      code: 'MERMAID_CHROMIUM_MISSING',
      details: { path: '/nonexistent/chromium' },
      hint: { en: [/apt-get install chromium/] },
    },
  ],
  [
    'an unknown template hints at the closest known id',
    {
      code: 'TEMPLATE_UNKNOWN',
      details: {
        known: [
          'investeringar-infrastruktur',
          'kunskap-strategier',
          'varor-tjanster-indirekt',
          'varor-tjanster-direkt',
        ],
        suggestion: 'kunskap-strategier',
        template: 'kunskap-strategi',
      },
      hint: { sv: ['kunskap-strategier'] },
    },
  ],
  [
    'a goal reached only early lists the levels',
    {
      code: 'GOAL_AT_EARLY_LEVEL',
      details: { goal: 'U2', levels: ['aktiviteter', 'prestationer'], plans: 1 },
      message: { sv: ['aktiviteter, prestationer'] },
    },
  ],
  [
    'a measurement outside the follow-up window names the window',
    {
      code: 'MEASUREMENT_OUTSIDE_FOLLOWUP',
      details: {
        field: 'measurements[0]',
        firstYear: 2023,
        from: 2024,
        indicator: 'i',
        lastYear: 2027,
        level: 'prestationer',
        period: 2031,
        side: 'after',
        to: 2026,
        window: 1,
      },
      message: {
        sv: ['uppföljningstiden för prestationer (1 år efter periodens slut, till och med 2027)'],
        en: ['the follow-up window for outputs (1 year after the period ends, up to 2027)'],
      },
    },
  ],
  [
    'a cycle names its boxes',
    { code: 'CYCLE', details: { boxes: ['a', 'o', 'u'] }, message: { sv: ['«a»'] } },
  ],
  [
    'a rule that could not run names the rule and the reason',
    {
      code: 'RULE_FAILED',
      details: { rule: 'broken', reason: 'boom' },
      exact: { message: { en: 'The rule «broken» could not run: boom.' } },
    },
  ],
  [
    'a term of another vocabulary version names both versions and the plan’s period',
    {
      code: 'CLASSIFICATION_OTHER_VERSION',
      details: {
        field: 'prioritering',
        foundIn: ['nationell-strategi-2015-2020'],
        plan: 'p',
        planPeriod: '2022–2024',
        term: 'Innovation och företagande',
        vocabulary: ['nationell-strategi-2021-2027'],
      },
      message: {
        sv: ['«nationell-strategi-2015-2020»', '«nationell-strategi-2021-2027»'],
        en: ['2022–2024'],
      },
    },
  ],
  [
    'a decimal comma says how to write the number',
    {
      code: 'DECIMAL_COMMA',
      details: { found: '5,5', key: 'value', number: '5.5' },
      message: { sv: ["Decimalkomma: skriv 5.5 eller '5,5'"], en: ["Decimal comma: write 5.5 or '5,5'"] },
    },
  ],
  [
    'an unquoted colon shows the line and the fix',
    {
      code: 'SYNTAX_ERROR',
      details: {
        cause: 'colon',
        fix: "text: 'Mål: fler företag deltar'",
        format: 'YAML',
        parserCode: 'BLOCK_AS_IMPLICIT_KEY',
        source: '        text: Mål: fler företag deltar',
      },
      exact: {
        message: {
          sv: 'Filen kan inte läsas som YAML: ett kolon följt av mellanslag i en text utan citattecken, på raden «text: Mål: fler företag deltar».',
        },
        hint: { sv: "Sätt texten inom citattecken: text: 'Mål: fler företag deltar'" },
      },
    },
  ],
  [
    'a tab in the indentation says so',
    {
      code: 'SYNTAX_ERROR',
      details: {
        cause: 'tab',
        format: 'YAML',
        parserCode: 'TAB_AS_INDENT',
        source: '→  text: Företag deltar',
      },
      message: { sv: ['ett tabbtecken i indraget'] },
    },
  ],
  [
    'bad indentation says so',
    {
      code: 'SYNTAX_ERROR',
      details: {
        cause: 'indent',
        format: 'YAML',
        parserCode: 'BLOCK_AS_IMPLICIT_KEY',
        source: '        level: prestationer',
      },
      message: { sv: ['indraget stämmer inte'] },
    },
  ],
  [
    'a JSON error is said in Swedish too',
    {
      code: 'SYNTAX_ERROR',
      details: { cause: 'json-token', format: 'JSON', source: '{"formatVersion": 1,}' },
      message: { sv: [/^Filen kan inte läsas som JSON: ett tecken som inte hör hemma där i JSON/] },
    },
  ],
  [
    'a parser out of stack says the structure is nested too deep and names maxDepth',
    {
      code: 'SYNTAX_ERROR',
      details: { cause: 'nesting', format: 'YAML', parserCode: 'RESOURCE_EXHAUSTION', source: '    a: 1' },
      message: {
        sv: ['nästlad i fler nivåer än läsaren kan följa'],
        en: ['nested deeper than the reader can follow'],
      },
      hint: { sv: ['maxDepth'], en: ['maxDepth'] },
    },
  ],
  [
    'a diagram text over the limit hints at collapsing',
    {
      code: 'MERMAID_TEXT_TOO_LARGE',
      details: { length: 64_145, limit: 50_000 },
      hint: { en: [/collapse/] },
    },
  ],
  [
    'a link from a box to itself that the diagram skips says why',
    {
      code: 'MERMAID_LINK_SKIPPED',
      details: { from: 'a', missing: 'a', to: 'a' },
      message: { en: ['cannot contribute to itself'] },
    },
  ],
  [
    'a goal not reached at its intended levels names them and the levels reached',
    {
      code: 'INTENDED_LEVEL_NOT_REACHED',
      details: { goal: 'R1', intended: ['kortsiktiga', 'langsiktiga'], plans: 1, reached: ['aktiviteter'] },
      exact: {
        message: {
          sv: 'Målet «R1» ska följas upp på nivåerna kortsiktiga samhällseffekter, långsiktiga samhällseffekter, men planerna når det bara från aktiviteter.',
        },
      },
    },
  ],
  [
    'an unknown key says it is kept but not read',
    {
      code: 'UNKNOWN_KEY',
      details: { key: 'plan', suggestion: 'plans' },
      exact: { message: { en: 'Unknown key «plan»; it is kept but not read.' } },
    },
  ],
];

function expectPiece(words: string | undefined, piece: string | RegExp): void {
  if (typeof piece === 'string') expect(words).toContain(piece);
  else expect(words).toMatch(piece);
}

const make = (c: Case) => createFinding(c.code, {}, c.details as DetailsOf<Code>);

describe('the words of a finding, from its code and details', () => {
  it.each(CASES)('%s', (_, c) => {
    const f = make(c);
    for (const lang of ['sv', 'en'] as const) {
      for (const piece of c.message?.[lang] ?? []) expectPiece(f.message[lang], piece);
      for (const piece of c.hint?.[lang] ?? []) expectPiece(f.hint?.[lang], piece);
      const message = c.exact?.message?.[lang];
      if (message !== undefined) expect(f.message[lang]).toBe(message);
      const hint = c.exact?.hint?.[lang];
      if (hint !== undefined) expect(f.hint?.[lang]).toBe(hint);
    }
  });

  it.each([
    'schema',
    'no-boxes',
    'duplicate-box',
    'duplicate-indicator',
    'link-unknown-box',
    'link-not-forward',
    'not-data',
  ])('an invalid template (%s) is said of the template', (problem) => {
    const f = createFinding('TEMPLATE_INVALID', {}, { problem, template: 'x', id: 'a', field: 'boxes' });
    expect(f.message.sv).toMatch(/^Mallen «x» /);
  });
});
