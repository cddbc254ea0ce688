import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArshjulKind, checkDocument, type Document } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/spreadsheet/index.js';
import { userText } from '../support/arbitraries.js';

async function roundTrip(document: Document) {
  const written = await writeWorkbook(document, { spareRows: 0 });
  const read = await readWorkbook(written.bytes, { file: 'plan.xlsx' });
  return { written, read };
}

const day = fc
  .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ m, d }) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const date = fc.record({ y: fc.integer({ min: 2000, max: 2040 }), md: day }).map(({ y, md }) => `${y}-${md}`);
const kind = fc.constantFrom(...ArshjulKind.options);

const arshjulDocument: fc.Arbitrary<Document> = fc
  .record({
    name: userText,
    events: fc.array(
      fc.record(
        {
          name: userText,
          kind,
          responsible: userText,
          days: fc.array(day, { minLength: 1, maxLength: 3 }),
          dates: fc.array(date, { minLength: 1, maxLength: 2 }),
          perPlan: fc.record(
            {
              at: fc.constantFrom('start', 'end') as fc.Arbitrary<'end'>,
              months: fc.integer({ min: -12, max: 24 }),
            },
            { requiredKeys: ['at'] },
          ),
          measurements: fc.boolean(),
          description: userText,
        },
        { requiredKeys: ['name', 'kind'] },
      ),
      { minLength: 1, maxLength: 4 },
    ),
    uppfoljning: fc.option(userText, { nil: undefined }),
    notes: fc.array(
      fc.record({
        at: fc.oneof(date, fc.integer({ min: 2000, max: 2040 })),
        kind: fc.constantFrom('oforutsett', 'lardom') as fc.Arbitrary<'lardom'>,
        text: userText,
      }),
      { maxLength: 3 },
    ),
    reports: fc.array(fc.record({ at: date, note: userText }), { maxLength: 2 }),
  })
  .map(({ name, events, uppfoljning, notes, reports }) => {
    const larande = {
      ...(uppfoljning !== undefined ? { uppfoljning } : {}),
      ...(notes.length ? { notes } : {}),
    };
    return {
      formatVersion: 1 as const,
      plans: [
        {
          id: 'p1',
          name: 'Plan',
          kind: 'insatsplan' as const,
          period: { from: 2023, to: 2025 },
          boxes: [],
          ...(Object.keys(larande).length ? { larande } : {}),
          ...(reports.length ? { reports: reports.map((r) => ({ event: 'e0', ...r })) } : {}),
        },
      ],
      arshjul: {
        recipients: [{ id: 'rs', name }],
        events: events.map((e, i) => ({ id: `e${i}`, recipients: ['rs'], ...e })),
      },
    };
  });

describe('the årshjul and the lärande section in a workbook', () => {
  it('gives back any årshjul, lärande section and delivered reports', async () => {
    await fc.assert(
      fc.asyncProperty(arshjulDocument, async (document) => {
        expect(checkDocument(document).findings).toEqual([]);
        const { read } = await roundTrip(document);
        expect(read.findings).toEqual([]);
        expect(read.document).toEqual(document);
      }),
      { numRuns: 25 },
    );
  });

  it('writes the duties, recipients, notes and reports on their own sheets, in plain cells', async () => {
    const document: Document = {
      formatVersion: 1,
      plans: [
        {
          id: 'p1',
          name: 'Plan',
          kind: 'insatsplan',
          boxes: [],
          larande: {
            aterkoppling: 'Till tillväxtrådet',
            notes: [{ at: '2024-03-15', kind: 'lardom', text: 'Tillsammans' }],
          },
          reports: [{ event: 'slut', at: '2026-03-20' }],
        },
      ],
      arshjul: {
        recipients: [{ id: 'tillvaxtradet', name: 'Tillväxtrådet' }],
        events: [
          {
            id: 'tr',
            name: 'Tillväxtrådet',
            kind: 'rapport',
            recipients: ['tillvaxtradet'],
            days: ['04-01', '10-01'],
          },
          { id: 'slut', name: 'Slutrapport', kind: 'slutrapport', perPlan: { at: 'end', months: 3 } },
        ],
      },
    };
    const { written, read } = await roundTrip(document);
    expect(written.findings).toEqual([]);
    expect(read.document).toEqual(document);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(written.bytes) as unknown as ArrayBuffer);
    const wheel = book.getWorksheet('Årshjul')!;
    expect(wheel.getRow(2).getCell(1).value).toBe('tr');
    expect(wheel.getRow(2).getCell(6).value).toBe('04-01, 10-01');
    expect(wheel.getRow(3).getCell(8).value).toBe('slut');
    expect(book.getWorksheet('Mottagare')!.getRow(2).getCell(2).value).toBe('Tillväxtrådet');
    expect(book.getWorksheet('Lärande')!.getRow(2).getCell(4).value).toBe('Tillsammans');
    expect(book.getWorksheet('Rapporter')!.getRow(2).getCell(2).value).toBe('slut');
  });
});
