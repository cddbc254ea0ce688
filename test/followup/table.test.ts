import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DataCell, tableToCsv, tableToMarkdown } from '../../src/followup/index.js';
import { escapeHtml } from '../../src/text/html.js';
import { escapeMarkdown } from '../../src/text/markdown.js';
import { csvCell } from '../../src/text/table.js';
import { userText } from '../support/arbitraries.js';

/** A strict RFC 4180 reader, to read back what tableToCsv wrote. */
function readCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else if (i >= text.length) throw new Error('unterminated quote');
        else field += text[i++];
      }
    } else if (text[i] === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') throw new Error(`bare ${text[i]}`);
      field += text[i++];
    }
  }
  if (field || row.length) throw new Error('missing final CRLF');
  return rows;
}

const cell: fc.Arbitrary<DataCell> = fc.oneof(
  userText,
  fc.constantFrom('=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\tx', '\rx', 'a,b', 'x;=1+1;y', 'say "hi"', 'x\r\ny'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);

const expected = (c: DataCell) =>
  c === null ? '' : typeof c === 'number' ? String(c) : /^[=+\-@\t\r]/.test(c) ? `'${c}` : c;

describe('tableToCsv', () => {
  it('reads back as the same cells under RFC 4180, with formulas defused', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const text = tableToCsv({ columns: ['a', 'b', '=c'], rows });
        expect(readCsv(text)).toEqual([['a', 'b', "'=c"], ...rows.map((r) => r.map(expected))]);
      }),
      { numRuns: 300, seed: 81 },
    );
  });

  it('never lets a text cell start with a formula character', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const out = csvCell(text);
        const unquoted = out.startsWith('"') ? out.slice(1) : out;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
      }),
      { numRuns: 300, seed: 82 },
    );
  });

  it('reads back as the same cells in the Swedish Excel dialect: BOM, semicolons, decimal comma', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const text = tableToCsv({ columns: ['Indikator', 'Värde', '=c'], rows }, 'excel-sv');
        expect(text.startsWith('\uFEFF')).toBe(true);
        const svNumber = (c: DataCell) => (typeof c === 'number' ? String(c).replace('.', ',') : expected(c));
        expect(readCsv(text.slice(1), ';')).toEqual([
          ['Indikator', 'Värde', "'=c"],
          ...rows.map((r) => r.map(svNumber)),
        ]);
      }),
      { numRuns: 300, seed: 83 },
    );
  });

  it('quotes a text holding the other separator, so neither reader cuts out a formula', () => {
    for (const dialect of ['rfc4180', 'excel-sv'] as const) {
      const text = tableToCsv({ columns: ['a'], rows: [['x;=1+1;y'], ['x,=1+1,y'], [5.5]] }, dialect);
      const body = text.replace('\uFEFF', '');
      expect(body, dialect).toContain('"x;=1+1;y"');
      expect(body, dialect).toContain('"x,=1+1,y"');
      expect(body, dialect).toContain(dialect === 'excel-sv' ? '\r\n5,5\r\n' : '\r\n5.5\r\n');
    }
  });

  it('keeps negative numbers as numbers', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-5')).toBe("'-5");
  });
});

describe('Markdown escaping', () => {
  it('keeps every table row to its columns, whatever the cell text', () => {
    fc.assert(
      fc.property(fc.array(userText, { minLength: 2, maxLength: 2 }), (cells) => {
        const md = tableToMarkdown({ columns: ['x', 'y'], rows: [cells] });
        const lines = md.split('\n');
        expect(lines).toHaveLength(3);
        // Unescaped pipes delimit cells: three per row of two cells.
        for (const line of lines) expect(line.match(/(?<!\\)\|/g)).toHaveLength(3);
      }),
      { numRuns: 300, seed: 83 },
    );
  });

  it('escapes markup and HTML', () => {
    expect(escapeMarkdown('<script>*x*</script>\n[a](b)')).toBe(
      '\\<script\\>\\*x\\*\\</script\\> \\[a\\]\\(b\\)',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
