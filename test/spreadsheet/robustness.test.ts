import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/node/spreadsheet/index.js';
import { makeBook } from './support.js';

const example = new Uint8Array(readFileSync('examples/spreadsheet/kronoberg.xlsx'));

describe('readWorkbook on damaged and hostile workbooks', () => {
  it('never throws on a workbook with bytes changed or cut off', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (changes, cut) => {
          const bytes = example.slice(0, cut === undefined ? example.length : cut % example.length);
          for (const [at, value] of changes) if (bytes.length > 0) bytes[at % bytes.length] = value;
          const r = await readWorkbook(bytes, { file: 'x.xlsx' });
          expect(Array.isArray(r.findings)).toBe(true);
          if (!r.document) expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 40, seed: 99 },
    );
  });

  it('keeps __proto__ in an Extra (JSON) cell as data and refuses it', async () => {
    const bytes = await makeBook({
      Planer: [
        ['Id', 'Namn', 'Slag', 'Extra (JSON)'],
        ['p', 'Plan', 'projekt', '{"__proto__": {"polluted": true}}'],
      ],
    });
    const r = await readWorkbook(bytes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.document).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toContain('FORBIDDEN_KEY');
  });

  it('reads a sheet with a data validation over 26 million cells without expanding it', async () => {
    const bytes = await makeBook({ Rutor: [['Plan', 'Id', 'Nivå', 'Text']] }, (book) => {
      // exceljs keeps validations by address; a range key is written out as one sqref.
      const sheet = book.getWorksheet('Rutor') as unknown as {
        dataValidations: { model: Record<string, unknown> };
      };
      const model = sheet.dataValidations.model;
      model['A2:Z1048576'] = { type: 'list', allowBlank: true, formulae: ['"a,b"'] };
    });
    // Expanding the range would take minutes and gigabytes; the test's time bound catches a hang.
    const r = await readWorkbook(bytes);
    expect(r.findings).toEqual([]);
  }, 30_000);
});
