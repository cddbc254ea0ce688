import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildReport,
  type Document,
  nationalExport,
  participantListTable,
  participantSummary,
  pseudonymize,
  sharedParticipantsTable,
  synthesize,
  tableToCsv,
  toMermaid,
  writeDocument,
} from '../../src/index.js';
import { readAnyDocument, readWorkbook, writeWorkbookBytes } from '../../src/node/index.js';
import { cli } from '../cli/harness.js';
import { loadExample } from '../followup/support.js';

// The examples' two sole traders, and every form their numbers could be written in.
const PERSONNUMMER = ['121212-1212', '850612-1238'];
const forms = (pnr: string) => {
  const ten = pnr.replace('-', '');
  return [pnr, ten, `19${ten}`, `19${pnr}`, ten.slice(6), pnr.replace('-', '+')];
};
const leaks = (text: string) => {
  const out: string[] = [];
  for (const p of PERSONNUMMER) for (const f of forms(p)) if (text.includes(f)) out.push(f);
  return out;
};
// The full ten digits, in any of the forms: what the default must never print.
const fullLeaks = (text: string) => {
  const out: string[] = [];
  for (const p of PERSONNUMMER) for (const f of forms(p).slice(0, 4)) if (text.includes(f)) out.push(f);
  return out;
};
// The sole traders' firm names, often the owner's own name.
const NAMES = ['Cykelguidning i Uppvidinge', 'Stenkyrka Ridturer'];

async function examples(): Promise<[Document, Document]> {
  return [await loadExample('kronoberg.yaml'), await loadExample('gotland-besoksnaring.yaml')];
}

function everything(doc: Document, extra: Document[] = []): string[] {
  const texts: string[] = [];
  for (const lang of ['sv', 'en'] as const) {
    const report = buildReport(doc, { lang, diagrams: (plan) => toMermaid(doc, { plan: plan.id, lang }) });
    texts.push(report.markdown, report.html, JSON.stringify(report.validation.findings));
    texts.push(tableToCsv(participantListTable(doc, lang)));
    texts.push(tableToCsv(sharedParticipantsTable(participantSummary([doc, ...extra]), lang)));
    texts.push(JSON.stringify(synthesize([doc, ...extra]).participants));
    texts.push(toMermaid(doc, { lang }));
    texts.push(tableToCsv(nationalExport(doc, { lang, asOf: 2025 })));
  }
  return texts;
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('personnummer never leave in full', () => {
  it('the examples do hold the two personnummer (so the checks below can fail)', async () => {
    const [k, g] = await examples();
    expect(leaks(writeDocument(k, { format: 'yaml' }) + writeDocument(g, { format: 'yaml' }))).toEqual(
      expect.arrayContaining(['121212-1212', '850612-1238']),
    );
  });

  it('by default reports, tables, findings and diagrams show them masked, without the firm name', async () => {
    const [k, g] = await examples();
    for (const doc of [k, g]) {
      const texts = everything(doc, doc === k ? [g] : [k]);
      for (const t of texts) {
        expect(fullLeaks(t)).toEqual([]);
        for (const n of NAMES) expect(t).not.toContain(n);
      }
    }
    const csv = tableToCsv(participantListTable(k));
    expect(csv).toContain('121212-****');
    expect(csv).toContain('557080-2305'); // an organisationsnummer is shown
  });

  it('with pseudonymize nothing of them is left anywhere, downloads included', async () => {
    const [k, g] = await examples();
    const salt = 'test-salt';
    const pk = pseudonymize(k, { salt });
    const pg = pseudonymize(g, { salt });
    const texts = [...everything(pk, [pg]), ...everything(pg, [pk])];
    for (const doc of [pk, pg]) {
      texts.push(writeDocument(doc, { format: 'yaml' }), writeDocument(doc, { format: 'json' }));
      // A workbook is zipped: read it back and look at all it holds.
      const { bytes } = await writeWorkbookBytes(doc);
      const back = await readWorkbook(bytes);
      expect(back.document?.plans?.length).toBe(doc.plans?.length);
      texts.push(JSON.stringify(back.document));
    }
    for (const t of texts) {
      expect(leaks(t)).toEqual([]);
      for (const n of NAMES) expect(t).not.toContain(n);
    }
    // The report still counts them: one pseudonym per sole trader.
    expect(buildReport(pk).markdown).toContain('varav en enskild firma');
    expect(tableToCsv(participantListTable(pk))).toMatch(/pn:[0-9a-f]{16}/);
    // buildReport's own option does the same.
    const own = buildReport(k, { pseudonymize: { salt } });
    expect(leaks(own.markdown + own.html)).toEqual([]);
  });

  it('the CLI: report --pseudonymize with --csv and convert --pseudonymize write none of them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'effektkedja-pnr-'));
    dirs.push(dir);
    const env = { EFFEKTKEDJA_SALT: 'cli-salt' };
    const r = await cli(
      [
        'report',
        'examples/kronoberg.yaml',
        'examples/gotland-besoksnaring.yaml',
        '--pseudonymize',
        '-o',
        join(dir, 'r.md'),
        '--csv',
        join(dir, 'csv'),
      ],
      { env },
    );
    expect(r.code).toBe(0);
    const national = await cli(
      ['report', 'examples/kronoberg.yaml', '--national', '--pseudonymize', '-o', join(dir, 'nationell.csv')],
      { env },
    );
    expect(national.code).toBe(0);
    for (const to of ['k.yaml', 'k.json', 'k.xlsx'])
      expect(
        (await cli(['convert', 'examples/kronoberg.yaml', join(dir, to), '--pseudonymize'], { env })).code,
      ).toBe(0);
    const files: string[] = [];
    const walk = async (d: string) => {
      for (const e of await readdir(d, { withFileTypes: true })) {
        if (e.isDirectory()) await walk(join(d, e.name));
        else files.push(join(d, e.name));
      }
    };
    await walk(dir);
    expect(files.some((f) => f.endsWith('deltagare.csv'))).toBe(true);
    expect(files.some((f) => f.endsWith('nationell.csv'))).toBe(true);
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const text = f.endsWith('.xlsx')
        ? JSON.stringify(((await readAnyDocument(f)) as { value?: unknown }).value ?? 'unreadable')
        : (await readFile(f)).toString('latin1');
      expect(leaks(text), f).toEqual([]);
    }
    // Without --pseudonymize the report masks them.
    const plain = await cli(['report', 'examples/kronoberg.yaml']);
    expect(fullLeaks(plain.stdout)).toEqual([]);
    expect(plain.stdout).toContain('unika företag');
  });
});

describe('unique participants', () => {
  it('Kronoberg counts the firm in two plans once and lists it', async () => {
    const [k] = await examples();
    const s = participantSummary(k);
    expect(s).toMatchObject({ unique: 9, organisations: 8, soleTraders: 1, sumOfPlans: 10, invalid: 0 });
    expect(s.shared).toEqual([
      {
        number: '557080-2305',
        kind: 'organisationsnummer',
        name: 'Ledens Cykeluthyrning AB',
        plans: ['Region Kronoberg: sydostleden', 'Region Kronoberg: destination-smaland'],
      },
    ]);
    const md = buildReport(k).markdown;
    expect(md).toContain('9 unika företag och organisationer');
    expect(md).toMatch(/\| 557080-2305 \| organisation \| Ledens Cykeluthyrning AB \| 2 \|/);
  });

  it('across regions a firm counts once too', async () => {
    const [k, g] = await examples();
    const s = synthesize([k, g]).participants;
    expect(s).toMatchObject({ unique: 19, sumOfPlans: 21 });
    expect(s.shared[0]).toMatchObject({
      number: '557080-2305',
      plans: expect.arrayContaining(['Region Gotland: insatsplan-besoksnaring']),
    });
    expect(s.shared[0]!.plans).toHaveLength(3);
  });

  it('pseudonymize keeps organisationsnummer and is stable under one salt', async () => {
    const [k] = await examples();
    const a = participantSummary(pseudonymize(k, { salt: 's' }));
    const b = participantSummary(pseudonymize(k, { salt: 's' }));
    expect(a).toEqual(b);
    expect(a.unique).toBe(9);
    expect(() => pseudonymize(k, { salt: '' })).toThrow(TypeError);
  });
});
