import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Document,
  luhn,
  nationalExport,
  parseNumber,
  pseudonymize,
  pseudonymOf,
  tableToCsv,
} from '../../src/index.js';
import { writeTableWorkbook } from '../../src/node/index.js';
import { editable } from '../support/mutate.js';
import { loadExample } from './support.js';

/** The rows of one plan and section, as objects keyed by the column heads. */
function rows(table: ReturnType<typeof nationalExport>, plan: string, section: string) {
  return table.rows
    .map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i]])))
    .filter((r) => r['Plan-id'] === plan && r.Avsnitt === section);
}

describe('nationalExport', () => {
  it('lists a plan in the order of the insatsresa: classification, chain, mandatory indicators, participants', async () => {
    const k = await loadExample('kronoberg.yaml');
    const t = nationalExport(k, { asOf: 2025 });
    const sections = t.rows.filter((r) => r[1] === 'sydostleden').map((r) => r[3]);
    const order = [...new Set(sections)];
    expect(order).toEqual(['Klassificering', 'Effektkedja', 'Deltagare']);
    const classification = rows(t, 'sydostleden', 'Klassificering').map((r) => [r.Fält, r.Värde]);
    expect(classification).toEqual([
      ['Ordlista', 'nationell-strategi-2015-2020'],
      ['Prioritering i den nationella strategin', 'Innovation och företagande'],
      ['Fokusområde i den nationella strategin', 'Företagande och entreprenörskap'],
      ['Typ av projekt', 'Genomförandeprojekt'],
      ['Bransch/kunskapsområde', 'Besöksnäring'],
      ['Syfte', 'Fler nya företag'],
    ]);
    // The chain level by level, each box with the boxes and goals it leads to.
    const chain = rows(t, 'sydostleden', 'Effektkedja');
    expect(chain.map((r) => r.Fält)).toEqual([
      'Utmaningar',
      'Resurser',
      'Resurser',
      'Aktiviteter',
      'Aktiviteter',
      'Prestationer',
      'Prestationer',
      'Utfall',
      'Kortsiktiga samhällseffekter',
      'Långsiktiga samhällseffekter',
    ]);
    expect(chain.find((r) => r.Id === 'radgivare')?.['Leder till']).toBe('affarsprogram; natverk');
    expect(chain.find((r) => r.Id === 'startar')?.['Bidrar till mål']).toBe('diversifiering');
  });

  it('gives a mandatory indicator its baseline, target, latest value and status at the follow-up date', async () => {
    const k = await loadExample('kronoberg.yaml');
    const [row] = rows(nationalExport(k, { asOf: 2025 }), 'destination-smaland', 'Obligatorisk indikator');
    expect(row).toMatchObject({
      Fält: 'Prestationer',
      Värde: 'Antal deltagande företag',
      Id: 'antal-turistforetag',
      Enhet: 'företag',
      Utgångsvärde: 0,
      Utgångsår: 2020,
      Målvärde: 25,
      Målår: 2023,
      // Measured by the participant list: six firms.
      'Senaste värde': 6,
      'Senaste period': '2025',
      Status: 'ej nått',
      Uppföljningsdatum: '2025',
    });
    const en = nationalExport(k, { asOf: 2022, lang: 'en' });
    const head = en.columns;
    const enRow = en.rows.find((r) => r[3] === 'Mandatory indicator')!;
    expect(enRow[head.indexOf('Status')]).toBe('behind');
    expect(enRow[head.indexOf('Follow-up date')]).toBe('2022');
  });

  it("with a template: each of the template's mandatory indicators, found or marked missing", async () => {
    const k = editable(await loadExample('kronoberg.yaml'));
    k.plans![0]!.template = 'varor-tjanster-direkt';
    const t = nationalExport(k, { asOf: 2025 });
    expect(rows(t, 'sydostleden', 'Klassificering').at(-1)).toMatchObject({
      Fält: 'Typ av effektkedja',
      Värde: 'Utveckling av varor och tjänster, direkt (entreprenörer och företag)',
      Id: 'varor-tjanster-direkt',
    });
    const [missing] = rows(t, 'sydostleden', 'Obligatorisk indikator');
    expect(missing).toMatchObject({
      Värde: 'Antal deltagande företag (och org.nr)',
      Status: 'saknas i planen',
    });
  });

  it('a firm in two plans appears in both plans’ rows', async () => {
    const k = await loadExample('kronoberg.yaml');
    const t = nationalExport(k, { asOf: 2025 });
    const plansOf = (number: string) =>
      t.rows.filter((r) => r[3] === 'Deltagare' && r[6] === number).map((r) => r[1]);
    expect(plansOf('557080-2305')).toEqual(['sydostleden', 'destination-smaland']);
    expect(rows(t, 'sydostleden', 'Deltagare')).toHaveLength(4);
    expect(rows(t, 'destination-smaland', 'Deltagare')).toHaveLength(6);
  });

  it('lists a number once per plan, with every indicator list it is on', () => {
    const doc: Document = {
      formatVersion: 1,
      plans: [
        {
          id: 'p',
          name: 'P',
          kind: 'projekt',
          participants: [{ orgnr: '5562531573' }],
          boxes: [
            {
              id: 'b',
              level: 'prestationer',
              text: 'B',
              indicators: [
                {
                  id: 'i',
                  name: 'Antal deltagande företag',
                  kind: 'count',
                  participants: [{ orgnr: '557080-2305' }],
                },
              ],
            },
          ],
        },
      ],
      participantLists: [{ plan: 'p', indicator: 'i', participants: [{ orgnr: '16557080-2305' }] }],
    } as Document;
    const t = nationalExport(doc);
    expect(rows(t, 'p', 'Deltagare').map((r) => [r.Värde, r.Id])).toEqual([
      ['556253-1573', null],
      ['557080-2305', 'i'],
    ]);
  });
});

// A valid personnummer in one of the forms people write: with or without hyphen, century, or +.
const personnummer = fc
  .record({
    yy: fc.integer({ min: 0, max: 99 }),
    mm: fc.integer({ min: 1, max: 12 }),
    dd: fc.integer({ min: 1, max: 28 }),
    samordning: fc.boolean(),
    serial: fc.integer({ min: 0, max: 999 }),
    form: fc.constantFrom('hyphen', 'plain', 'century', 'century-hyphen', 'plus'),
  })
  .map(({ yy, mm, dd, samordning, serial, form }) => {
    const p2 = (n: number) => String(n).padStart(2, '0');
    const nine = `${p2(yy)}${p2(mm)}${p2(samordning ? dd + 60 : dd)}${String(serial).padStart(3, '0')}`;
    let check = 0;
    while (!luhn(`${nine}${check}`)) check++;
    const ten = `${nine}${check}`;
    const dashed = `${ten.slice(0, 6)}-${ten.slice(6)}`;
    const written = {
      hyphen: dashed,
      plain: ten,
      century: `19${ten}`,
      'century-hyphen': `19${dashed}`,
      plus: `${ten.slice(0, 6)}+${ten.slice(6)}`,
    }[form];
    return { ten, written };
  });

function documentWith(list: readonly { written: string }[], where: readonly number[]): Document {
  const entry = (p: { written: string }, n: number) => ({
    orgnr: p.written,
    name: `Firma Person ${n}`,
    kommun: 'Visby',
  });
  const onPlan = list.filter((_, n) => where[n] === 0).map(entry);
  const onIndicator = list.filter((_, n) => where[n] === 1).map(entry);
  const apart = list.filter((_, n) => where[n] === 2).map(entry);
  return {
    formatVersion: 1,
    region: 'Region Test',
    plans: [
      {
        id: 'p',
        name: 'P',
        kind: 'projekt',
        participants: [{ orgnr: '557080-2305', name: 'Ledens Cykeluthyrning AB' }, ...onPlan],
        boxes: [
          {
            id: 'b',
            level: 'prestationer',
            text: 'B',
            indicators: [
              {
                id: 'i',
                name: 'Antal deltagande företag',
                kind: 'count',
                baseline: { value: 0, year: 2020 },
                targets: [{ value: 10, year: 2025 }],
                participants: onIndicator,
              },
            ],
          },
        ],
      },
    ],
    participantLists: [{ plan: 'p', indicator: 'i', participants: apart }],
  } as Document;
}

async function xlsxCells(bytes: Uint8Array): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const out: string[] = [];
  book.worksheets[0]!.eachRow((row) => {
    for (const v of (row.values as unknown[]).slice(1))
      if (v !== null && v !== undefined) out.push(String(v));
  });
  return out;
}

// A cell holds a personnummer in full when its ten digits appear in it, whatever separators are around them.
function leaked(cells: readonly string[], ten: string): boolean {
  return cells.some((c) => c.replace(/[-+\s]/g, '').includes(ten));
}

describe('no personnummer in full reaches the national export', () => {
  const lists = fc
    .array(personnummer, { minLength: 1, maxLength: 6 })
    .chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: list.length, maxLength: list.length }),
      ),
    );

  it('the generated numbers are valid personnummer (so the checks below can fail)', () => {
    fc.assert(
      fc.property(personnummer, ({ written }) => {
        const p = parseNumber(written);
        expect(p.ok && p.kind).toBe('personnummer');
      }),
    );
  });

  it('by default: left out of the CSV and the xlsx, rows and organisations kept', async () => {
    await fc.assert(
      fc.asyncProperty(lists, fc.constantFrom('sv' as const, 'en' as const), async ([list, where], lang) => {
        const table = nationalExport(documentWith(list, where), { lang, asOf: 2025 });
        const csv = tableToCsv(table, lang === 'sv' ? 'excel-sv' : 'rfc4180').split(/[;,\r\n]/);
        const xlsx = await xlsxCells((await writeTableWorkbook(table, { sheet: 'x' })).bytes);
        for (const { ten } of list) {
          expect(leaked(csv, ten)).toBe(false);
          expect(leaked(xlsx, ten)).toBe(false);
        }
        expect(csv.some((c) => c.startsWith('Firma Person'))).toBe(false);
        expect(xlsx).toContain('557080-2305');
        const participants = table.rows.filter((r) => r[3] === (lang === 'sv' ? 'Deltagare' : 'Participant'));
        // One row per distinct number: the organisation and each distinct personnummer.
        expect(participants).toHaveLength(1 + new Set(list.map((p) => p.ten)).size);
      }),
      { numRuns: 25 },
    );
  });

  it('with pseudonymize: the salted hash in their place, as the reports have it', async () => {
    await fc.assert(
      fc.asyncProperty(lists, fc.string({ minLength: 1, maxLength: 20 }), async ([list, where], salt) => {
        const doc = pseudonymize(documentWith(list, where), { salt });
        const table = nationalExport(doc, { asOf: 2025 });
        const csv = tableToCsv(table, 'excel-sv').split(/[;\r\n]/);
        const xlsx = await xlsxCells((await writeTableWorkbook(table, { sheet: 'x' })).bytes);
        for (const { ten, written } of list) {
          expect(leaked(csv, ten)).toBe(false);
          expect(leaked(xlsx, ten)).toBe(false);
          expect(csv).toContain(pseudonymOf(written, salt));
          expect(xlsx).toContain(pseudonymOf(written, salt));
        }
        expect(xlsx.some((c) => c.startsWith('Firma Person'))).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('a number that is not valid (it may be a personnummer with a typo) is left out too', () => {
    const doc = documentWith([{ written: '121212-1213' }], [0]);
    const t = nationalExport(doc);
    const [, bad] = rows(t, 'p', 'Deltagare');
    expect(bad).toMatchObject({ Fält: 'ogiltigt nummer (utelämnat)', Värde: null, Namn: null });
    expect(tableToCsv(t)).not.toContain('1212121213');
    expect(tableToCsv(t)).not.toContain('121212-1213');
  });
});
