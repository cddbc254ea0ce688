import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { checkDocument, type Document, parseDocument, validate } from '../../src/index.js';
import { readWorkbook, workbookWriteFindings, writeWorkbook } from '../../src/node/spreadsheet/index.js';
import { userText, validDocument } from '../support/arbitraries.js';
import { findingData } from '../support/findings.js';
import { editable } from '../support/mutate.js';
import { brief } from './support.js';

function example(name: string): Draft<Document> {
  const parsed = parseDocument(readFileSync(`examples/${name}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value as Draft<Document>;
}

async function roundTrip(document: Document) {
  const written = await writeWorkbook(document, { spareRows: 0 });
  const read = await readWorkbook(written.bytes, { file: 'plan.xlsx' });
  return { written, read };
}

describe('document → workbook → document', () => {
  // The Gotland example declares a strategy ladder: its tiers are rows of type Led on Strategier.
  it.each(['kronoberg.yaml', 'gotland-besoksnaring.yaml', '../test/fixtures/ladder/gotland-v1.yaml'])(
    'gives back %s exactly, in plain cells',
    async (name) => {
      const document = example(name);
      const { written, read } = await roundTrip(document);
      expect(written.findings).toEqual([]);
      expect(read.findings).toEqual([]);
      expect(read.document).toEqual(document);
      // Keys come back in the schema's order, so YAML written from the workbook reads like the original.
      expect(JSON.stringify(read.document)).toBe(JSON.stringify(document));
    },
  );

  it('gives back any valid generated document, whatever its texts', async () => {
    await fc.assert(
      fc.asyncProperty(validDocument, async (document) => {
        const { read } = await roundTrip(document);
        expect(read.findings).toEqual([]);
        expect(read.document).toEqual(document);
      }),
      { numRuns: 30, seed: 20260707 },
    );
  });

  // Extension keys, empty texts and empty lists anywhere: what cells cannot hold travels as JSON.
  const optionalTexts = ['description', 'unit', 'note', 'assumption', 'owner', 'summary', 'source', 'x-note'];
  const edit = fc.record({
    at: fc.nat(),
    key: fc.constantFrom(
      ...optionalTexts,
      'x-diarienummer',
      'x-data',
      'utmaningar',
      'serves',
      'links',
      'targets',
    ),
    text: fc.oneof(userText, fc.constant('')),
    json: fc.jsonValue({ maxDepth: 2 }),
  });

  function objectsOf(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
    if (Array.isArray(value)) for (const v of value) objectsOf(v, out);
    else if (value !== null && typeof value === 'object') {
      out.push(value as Record<string, unknown>);
      for (const v of Object.values(value)) objectsOf(v, out);
    }
    return out;
  }

  it('keeps x- keys, empty texts and empty lists on every object', async () => {
    await fc.assert(
      fc.asyncProperty(validDocument, fc.array(edit, { minLength: 1, maxLength: 8 }), async (base, edits) => {
        const document = editable(base);
        const objects = objectsOf(document);
        for (const e of edits) {
          const target = objects[e.at % objects.length]!;
          if (e.key.startsWith('x-')) target[e.key] = e.json;
          else if (optionalTexts.includes(e.key)) target[e.key] = e.text;
          else target[e.key] = [];
        }
        const checked = checkDocument(document);
        fc.pre(checked.ok && !JSON.stringify(document).includes('-0'));
        const expected = checked.ok ? checked.value : document;
        const { read } = await roundTrip(expected);
        expect(read.findings.filter((f) => f.code !== 'UNKNOWN_KEY')).toEqual(
          checked.findings.filter((f) => f.code !== 'UNKNOWN_KEY'),
        );
        expect(read.document).toEqual(expected);
      }),
      { numRuns: 25, seed: 424242 },
    );
  });

  it('keeps ids used twice, texts with control characters, dates and text values', async () => {
    const document: Document = {
      formatVersion: 1,
      region: '',
      'x-kommentar': { a: [1, 'två'] },
      strategy: { 'x-version': 3 },
      plans: [
        {
          id: 'p',
          name: 'a\r\nb',
          kind: 'insatsplan',
          period: { from: '2024-06-30', to: 2026 },
          classification: { bransch: ['Besöksnäring', 'Livsmedel'], hallbarhet: { syfte: 2 } },
          utmaningar: ['Få nya företag', 'Långa avstånd'],
          boxes: [
            { id: 'b', level: 'utfall', text: 'x\u0001y', placeholder: true },
            {
              id: 'b',
              level: 'utfall',
              text: '_x0041_',
              indicators: [
                {
                  id: 'i',
                  name: 'Omdöme',
                  kind: 'text',
                  baseline: { value: '12', year: 2024 },
                  measurements: [{ period: '2024-Q1', value: 'bra' }],
                },
              ],
            },
          ],
          changelog: [{ at: '2024-05-01T10:00:00Z', what: 'Ny ruta' }],
        },
        {
          id: 'p',
          name: 'Samma id',
          kind: 'projekt',
          boxes: [{ id: 'c', level: 'resurser', text: 'Medel' }],
        },
        {
          id: '_x0041_',
          name: 'Id som en cell inte kan bära',
          kind: 'projekt',
          boxes: [{ id: 'd', level: 'resurser', text: '' }],
        },
      ],
      templates: [{ id: 'egen', name: 'Egen mall', boxes: [{ id: 't', level: 'resurser', text: 'Medel' }] }],
    };
    const { written, read } = await roundTrip(document);
    expect(brief(written.findings)).toContain('SHEET_CARRIED_AS_JSON Om');
    expect(read.document).toEqual(document);
    expect(brief(read.findings)).toContain('SHEET_DUPLICATE_ID Planer A3');
  });

  it('reports values a workbook cannot hold, and cells too long for Excel', () => {
    const document = {
      ...example('kronoberg.yaml'),
      'x-oändligt': Number.POSITIVE_INFINITY,
    } as Draft<Document>;
    document.plans![0]!.boxes[0]!.description = 'å'.repeat(40_000);
    const findings = workbookWriteFindings(document);
    expect(brief(findings)).toEqual(
      expect.arrayContaining([
        'SHEET_VALUE_NOT_CARRIED',
        'SHEET_CELL_TOO_LONG Rutor E2',
        'SHEET_CARRIED_AS_JSON Om',
      ]),
    );
    const lost = findings.find((f) => f.code === 'SHEET_VALUE_NOT_CARRIED')!;
    expect(lost.location.path).toEqual(['x-oändligt']);
    expect(findingData(lost)).toEqual({
      code: 'SHEET_VALUE_NOT_CARRIED',
      details: { becomes: 'null', found: 'Infinity', key: 'x-oändligt' },
      location: { path: ['x-oändligt'] },
      severity: 'warning',
    });
  });

  it('writes drop-down lists of levels, kinds and yes/no, and real Excel dates', async () => {
    const document = example('kronoberg.yaml');
    document.plans![0]!.period = { from: '2019-03-01', to: 2021 };
    const { bytes } = await writeWorkbook(document, { spareRows: 5 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    const rutor = book.getWorksheet('Rutor')!;
    expect(rutor.getCell('C2').value).toBe('Resurser');
    expect(rutor.getCell('C2').dataValidation.formulae?.[0]).toContain('Långsiktiga samhällseffekter');
    expect(rutor.getCell('C18').dataValidation.type).toBe('list');
    expect(book.getWorksheet('Indikatorer')!.getCell('G2').dataValidation.formulae?.[0]).toContain('procent');
    const from = book.getWorksheet('Planer')!.getCell('E2');
    expect(from.value).toEqual(new Date('2019-03-01T00:00:00Z'));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Om',
      'Planer',
      'Rutor',
      'Länkar',
      'Målkopplingar',
      'Indikatorer',
      'Värden',
      'Uppdelning',
      'Deltagare',
      'Strategier',
      'Mål',
      'Ändringslogg',
      'Lärande',
      'Rapporter',
      'Mallar',
      'Årshjul',
      'Mottagare',
    ]);
  });

  it('reads back a document that validates like the original', async () => {
    const document = example('gotland-besoksnaring.yaml');
    const { read } = await roundTrip(document);
    expect(validate(read.document!).findings).toEqual(validate(document).findings);
  });
});
