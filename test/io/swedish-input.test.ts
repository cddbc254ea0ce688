import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/io/parse.js';
import { parseNumber } from '../../src/text/number.js';
import { validate } from '../../src/validate/validate.js';
import { findingData } from '../support/findings.js';

// One plan with one count indicator; `baseline` is the YAML of its baseline.
const plan = (baseline: string, level = 'prestationer') => `formatVersion: 1
plans:
  - id: p
    name: Plan
    kind: projekt
    boxes:
      - id: a
        level: ${level}
        text: Företag deltar
        indicators:
          - id: antal
            name: Antal deltagande företag
            kind: count
${baseline}
`;
const baselineOf = (text: string) => {
  const r = parseDocument(text);
  return r.ok ? r.value.plans![0]!.boxes[0]!.indicators![0]!.baseline : r.findings.map((f) => f.code);
};

describe('Swedish numbers', () => {
  it('refuses a decimal comma that YAML splits inside { }, at the number, saying how to write it', () => {
    const r = parseDocument(plan('            baseline: { value: 5,5, year: 2025 }'), { file: 'p.yaml' });
    expect(r.ok).toBe(false);
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect([f.code, f.severity, f.location.line, f.location.column]).toEqual([
      'DECIMAL_COMMA',
      'error',
      14,
      32,
    ]);
    expect(f.details).toEqual({ key: 'value', found: '5,5', number: '5.5' });
    expect(findingData(f)).toEqual({
      code: 'DECIMAL_COMMA',
      details: { found: '5,5', key: 'value', number: '5.5' },
      location: { column: 32, file: 'p.yaml', line: 14 },
      severity: 'error',
    });
  });

  it('leaves lists alone: [5,5] is two numbers', () => {
    const r = parseDocument('formatVersion: 1\nx-lista: [5,5]\n');
    expect(r.ok && r.value['x-lista']).toEqual([5, 5]);
  });

  it('reads 5,5 · 1 500 · 12 % · a quoted year in block style as the xlsx reader reads the same cell', () => {
    const cases: [string, number][] = [
      ['value: 5,5', 5.5],
      ["value: '5,5'", 5.5],
      ['value: 1 500', 1500],
      ['value: 1\u00a0500,25', 1500.25],
      ['value: 12 %', 12],
      ['value: −3', -3],
    ];
    for (const [line, n] of cases) {
      const b = baselineOf(plan(`            baseline:\n              ${line}\n              year: "2025"`));
      expect(b, line).toEqual({ value: n, year: 2025 });
      expect(parseNumber(line.slice('value: '.length).replace(/'/g, '')), line).toBe(n);
    }
  });

  it('never misreads ambiguous or non-numeric text in a number field: it stays text and is reported', () => {
    for (const v of ['1.500,5', '1,500,000', 'ca 5', '5 st', '1:30']) {
      const text = plan(`            baseline:\n              value: ${v}\n              year: 2025`);
      const r = parseDocument(text);
      expect(r.ok && r.value.plans![0]!.boxes[0]!.indicators![0]!.baseline!.value, v).toBe(v);
      const report = validate(r.ok ? r.value : { formatVersion: 1 });
      expect(
        report.findings.map((f) => f.code),
        v,
      ).toContain('VALUE_KIND_MISMATCH');
    }
  });

  it('keeps text indicators as text, even when they look like numbers', () => {
    const text = plan('            baseline: { value: "5,5", year: 2025 }').replace(
      'kind: count',
      'kind: text',
    );
    expect(baselineOf(text)).toEqual({ value: '5,5', year: 2025 });
  });

  it('reads any number written with a decimal comma and space-grouped thousands as that number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
          const text = `${grouped},${String(cents).padStart(2, '0')}`;
          expect(parseNumber(text)).toBeCloseTo(whole + cents / 100, 6);
        },
      ),
    );
  });
});

describe('YAML 1.2 core whatever the file says', () => {
  it('ignores a %YAML 1.1 directive: no sexagesimals, no 0b numbers, no dates, no merge keys', () => {
    const text = `%YAML 1.1\n---\nformatVersion: 1\nregion: Region Gotland\nx-tid: 1:30\nx-bin: 0b11111101000\nx-datum: 2025-03-31\nx-bas: &bas { a: 1 }\nx-ny: { <<: *bas }\n`;
    const r = parseDocument(text);
    expect(r.ok).toBe(true);
    const v = r.ok ? (r.value as Record<string, unknown>) : {};
    expect(v['x-tid']).toBe('1:30');
    expect(v['x-bin']).toBe('0b11111101000');
    expect(v['x-datum']).toBe('2025-03-31');
    expect(v['x-ny']).toEqual({ '<<': { a: 1 } });
  });

  it('keeps lines and columns where they were when it ignores the directive', () => {
    const r = parseDocument('%YAML 1.1\n---\nformatVersion: 1\nplan: []\n');
    expect(r.findings.map((f) => [f.code, f.location.line, f.location.column])).toEqual([
      ['UNKNOWN_KEY', 4, 1],
    ]);
  });
});

describe('Swedish level names', () => {
  it('reads långsiktiga, Långsiktiga samhällseffekter and langsiktiga alike', () => {
    for (const level of [
      'långsiktiga',
      'Långsiktiga samhällseffekter',
      'langsiktiga',
      'Kortsiktiga',
      'UTFALL',
    ]) {
      const r = parseDocument(plan('', level));
      expect(r.findings, level).toEqual([]);
    }
  });
});

describe('syntax errors in plain Swedish', () => {
  const base = plan('            baseline: { value: 1, year: 2025 }');
  const one = (text: string) => {
    const r = parseDocument(text, { file: 'p.yaml' });
    expect(r.ok).toBe(false);
    expect(r.findings).toHaveLength(1);
    return r.findings[0]!;
  };

  it('names an unquoted colon in a text, shows the line and the fix', () => {
    const f = one(base.replace('text: Företag deltar', 'text: Mål: fler företag deltar'));
    expect([f.code, f.details.cause, f.location.line, f.location.column]).toEqual([
      'SYNTAX_ERROR',
      'colon',
      9,
      15,
    ]);
    expect(findingData(f)).toEqual({
      code: 'SYNTAX_ERROR',
      details: {
        cause: 'colon',
        fix: "text: 'Mål: fler företag deltar'",
        format: 'YAML',
        parserCode: 'BLOCK_AS_IMPLICIT_KEY',
        source: '        text: Mål: fler företag deltar',
      },
      location: { column: 15, file: 'p.yaml', line: 9 },
      severity: 'error',
    });
  });

  it('gives one finding for one tab, on the tab', () => {
    const f = one(base.replace('        text: Företag', '\t  text: Företag'));
    expect([f.details.cause, f.location.line, f.location.column]).toEqual(['tab', 9, 1]);
    expect(findingData(f)).toEqual({
      code: 'SYNTAX_ERROR',
      details: {
        cause: 'tab',
        format: 'YAML',
        parserCode: 'TAB_AS_INDENT',
        source: '→  text: Företag deltar',
      },
      location: { column: 1, file: 'p.yaml', line: 9 },
      severity: 'error',
    });
  });

  it('points an unclosed quote to where it opens', () => {
    const f = one(base.replace('text: Företag deltar', "text: 'Företag deltar"));
    expect([f.details.cause, f.location.line, f.location.column]).toEqual(['quote', 9, 15]);
  });

  it('points an unclosed bracket to where it opens', () => {
    const f = one(base.replace('{ value: 1, year: 2025 }', '[1, 2'));
    expect([f.details.cause, f.location.line]).toEqual(['bracket', 14]);
  });

  it('names bad indentation', () => {
    const f = one(base.replace('        text: Företag', '         text: Företag'));
    expect(f.details.cause).toBe('indent');
    expect(findingData(f)).toEqual({
      code: 'SYNTAX_ERROR',
      details: {
        cause: 'indent',
        format: 'YAML',
        parserCode: 'BLOCK_AS_IMPLICIT_KEY',
        source: '        level: prestationer',
      },
      location: { column: 16, file: 'p.yaml', line: 8 },
      severity: 'error',
    });
  });

  it('names JSON errors in Swedish too', () => {
    const f = one('{"formatVersion": 1,}');
    expect([f.details.format, f.details.cause]).toEqual(['JSON', 'json-token']);
    expect(findingData(f)).toEqual({
      code: 'SYNTAX_ERROR',
      details: { cause: 'json-token', format: 'JSON', source: '{"formatVersion": 1,}' },
      location: { column: 21, file: 'p.yaml', line: 1 },
      severity: 'error',
    });
  });
});
