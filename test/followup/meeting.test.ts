import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  arshjulBodies,
  buildMeetingReport,
  type Document,
  mergeDocuments,
  parseDocument,
} from '../../src/index.js';
import { cli } from '../cli/harness.js';

// Golden reports for a meeting: Gotland's tillväxtråd around its 1 April meeting and the
// slutrapport due 31 March, Gotland's regionstyrelse around the lägesrapport of 1 January 2025
// that asks for the 2024 values, Kronoberg's around Sydostleden's slutrapport due 30 April 2022.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/followup/meeting.test.ts
const GOLDEN = 'test/followup/golden';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  else if (!existsSync(file))
    throw new Error(`${file} is missing: write it with UPDATE_GOLDEN=1 and read it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function read(file: string): Draft<Document> {
  const parsed = parseDocument(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.value as Draft<Document>;
}

const gotland = () => read('examples/gotland-besoksnaring.yaml');
const kronoberg = () =>
  mergeDocuments([
    { document: read('examples/kronoberg.yaml'), file: 'kronoberg.yaml' },
    { document: read('test/cli/fixtures/kronoberg-arshjul.yaml'), file: 'kronoberg-arshjul.yaml' },
  ]).document;

describe('the report for a meeting', () => {
  // The slutrapport is due 2026-03-31, the tillväxtråd meets 2026-04-01.
  for (const asOf of ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-15']) {
    it(`Gotland, tillväxtrådet, as of ${asOf}`, () => {
      golden(
        `gotland-tillvaxtradet-${asOf}.md`,
        buildMeetingReport(gotland(), { body: 'tillvaxtradet', asOf }).markdown,
      );
    });
  }
  // The lägesrapport to regionstyrelsen on 2025-01-01 asks for the 2024 values (MEASUREMENT_DUE).
  for (const asOf of ['2024-12-31', '2025-01-01', '2025-01-02']) {
    it(`Gotland, regionstyrelsen, as of ${asOf}`, () => {
      const report = buildMeetingReport(gotland(), { body: 'regionstyrelsen', asOf });
      golden(`gotland-regionstyrelsen-${asOf}.md`, report.markdown);
      expect(report.due.filter((f) => f.code === 'MEASUREMENT_DUE').length).toBe(asOf < '2025-01-01' ? 0 : 4);
    });
  }
  for (const asOf of ['2022-04-29', '2022-04-30', '2022-09-15']) {
    it(`Kronoberg, regionstyrelsen and tillväxtrådet, as of ${asOf}`, () => {
      golden(
        `kronoberg-tillvaxtradet-${asOf}.md`,
        buildMeetingReport(kronoberg(), { body: 'tillvaxtradet', asOf }).markdown,
      );
    });
  }

  it('reports on the meeting on or before the date, counts from the day after the one before, and looks to the next', () => {
    const before = buildMeetingReport(gotland(), { body: 'tillvaxtradet', asOf: '2026-03-31' });
    expect([before.meeting?.date, before.previous, before.next?.date]).toEqual([
      '2026-02-15',
      '2025-10-01',
      '2026-04-01',
    ]);
    const on = buildMeetingReport(gotland(), { body: 'tillvaxtradet', asOf: '2026-04-01' });
    expect([on.meeting?.date, on.previous, on.next?.date]).toEqual([
      '2026-04-01',
      '2026-02-15',
      '2026-07-01',
    ]);
    expect(on.due.map((f) => f.code)).toContain('PLAN_REPORT_DUE');
    expect(before.due.map((f) => f.code)).toContain('PLAN_REPORT_DUE');
    const dayBefore = buildMeetingReport(gotland(), { body: 'tillvaxtradet', asOf: '2026-03-30' });
    expect(dayBefore.due.map((f) => f.code)).not.toContain('PLAN_REPORT_DUE');
  });

  it('quotes the plans’ notes, measurements and delivered reports of the time since the previous meeting only', () => {
    const d = gotland();
    const plan = d.plans![0]!;
    plan.larande!.notes!.push({
      at: '2026-03-10',
      kind: 'oforutsett',
      text: 'Fler kryssningsgäster än väntat.',
    });
    plan.reports = [{ event: 'slutrapport', at: '2026-03-20' }];
    plan.boxes[4]!.indicators![0]!.measurements!.push({ period: 2025, value: 27 });
    const md = buildMeetingReport(d, { body: 'tillvaxtradet', asOf: '2026-04-01' }).markdown;
    expect(md).toContain(
      '- **Oförutsett** (Insatsplan Besöksnäring 2023–2025, 2026-03-10): Fler kryssningsgäster än väntat.',
    );
    expect(md).not.toContain('två eller tre företag');
    expect(md).toContain('Insatsplan Besöksnäring 2023–2025: Slutrapport lämnad 2026-03-20');
    expect(md).not.toContain('Slutrapport för planen');
    const en = buildMeetingReport(d, { body: 'tillvaxtradet', asOf: '2026-04-01', lang: 'en' }).markdown;
    expect(en).toContain('## Unforeseen results and lessons');
  });

  it('is an HTML page too: the same sections under Swedish headings, in the look of the follow-up report', () => {
    const d = gotland();
    const plan = d.plans![0]!;
    plan.larande!.notes!.push({
      at: '2026-03-10',
      kind: 'oforutsett',
      text: 'Fler <kryssningsgäster> & "dagsturister".',
    });
    plan.boxes[4]!.indicators![0]!.measurements!.push({ period: 2025, value: 27 });
    const report = buildMeetingReport(d, { body: 'tillvaxtradet', asOf: '2026-04-01' });
    const html = report.html;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain('<title>Underlag till Tillväxtrådet, 2026-04-01</title>');
    expect(html).toContain('<h1>Underlag till Tillväxtrådet, 2026-04-01</h1>');
    expect(html).toContain('<p>Möte: 2026-04-01 (Rapportering till tillväxtrådet).</p>');
    expect(html).toContain('<p>Föregående möte: 2026-02-15; det nya räknas från dagen efter.</p>');
    const headings = [...html.matchAll(/<h([123])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Underlag till Tillväxtrådet, 2026-04-01',
      '2 Vad har hänt sedan förra mötet',
      '2 Status',
      '3 Insatsplan Besöksnäring 2023–2025 <small>(insatsplan-besoksnaring)</small>',
      '2 Vad ska lämnas',
      '3 Saknas',
      '3 Till och med 2026-07-01',
      '2 Oförutsedda resultat och lärdomar',
    ]);
    // The plan's own words, escaped for HTML (not for Markdown), the kind of note in bold.
    expect(html).toContain(
      '<li><strong>Oförutsett</strong> (Insatsplan Besöksnäring 2023–2025, 2026-03-10): Fler &lt;kryssningsgäster&gt; &amp; &quot;dagsturister&quot;.</li>',
    );
    expect(html).not.toContain('\\(');
    // Every due finding is an item, in the report's language; the status table is a table.
    for (const f of report.due) expect(html).toContain(`<li>${f.message.sv.replaceAll('"', '&quot;')}</li>`);
    expect(report.due.length).toBe(8);
    expect(html).toMatch(/<table><thead><tr>.*<th scope="col">Status<\/th>.*<td>ej nått<\/td>/s);
    // The follow-up report's style sheet (A4 when printed); no script at all.
    expect(html).toContain('@page{size:A4 landscape');
    expect(html).toContain("script-src 'none'");
    expect(html).not.toContain('<script');
    const en = buildMeetingReport(d, { body: 'tillvaxtradet', asOf: '2026-04-01', lang: 'en' }).html;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>Unforeseen results and lessons</h2>');
  });

  it('says the same in HTML as in Markdown, before, on and after a due date', () => {
    // Every line of the Markdown shows up, as text, in the HTML.
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, ' ')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&amp;', '&')
        .replace(/\s+/g, ' ');
    for (const asOf of ['2026-03-30', '2026-04-01', '2026-04-15']) {
      const r = buildMeetingReport(gotland(), { body: 'tillvaxtradet', asOf });
      const page = text(r.html);
      for (const line of r.markdown.split('\n')) {
        if (!line.trim() || line.startsWith('|')) continue;
        const plain = line
          .replace(/^#+ |^- /, '')
          .replace(/\*\*/g, '')
          .replace(/\\(.)/g, '$1');
        expect(page).toContain(plain.replace(/\s+/g, ' '));
      }
    }
  });

  it('knows the bodies of an årshjul', () => {
    expect(arshjulBodies(gotland())).toEqual([
      'regionstyrelsen',
      'regionfullmaktige',
      'tillvaxtradet',
      'regeringskansliet',
    ]);
  });

  it('is `report --for` on the command line, which needs --as-of and a body the årshjul has', async () => {
    const r = await cli([
      'report',
      'examples/gotland-besoksnaring.yaml',
      '--for',
      'tillvaxtradet',
      '--as-of',
      '2026-04-01',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(GOLDEN, 'gotland-tillvaxtradet-2026-04-01.md'), 'utf8'));
    const k = await cli([
      'report',
      'examples/kronoberg.yaml',
      'test/cli/fixtures/kronoberg-arshjul.yaml',
      '--for',
      'tillvaxtradet',
      '--as-of',
      '2022-04-30',
    ]);
    expect(k.stdout).toBe(readFileSync(join(GOLDEN, 'kronoberg-tillvaxtradet-2022-04-30.md'), 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-meeting-'));
    const html = await cli([
      'report',
      'examples/gotland-besoksnaring.yaml',
      '--for',
      'tillvaxtradet',
      '--as-of',
      '2026-04-01',
      '-o',
      join(dir, 'underlag.html'),
    ]);
    expect([html.code, html.stdout, html.stderr]).toEqual([0, '', '']);
    expect(readFileSync(join(dir, 'underlag.html'), 'utf8')).toBe(
      buildMeetingReport(gotland(), { body: 'tillvaxtradet', asOf: '2026-04-01' }).html,
    );
    const csv = await cli([
      'report',
      'examples/gotland-besoksnaring.yaml',
      '--for',
      'tillvaxtradet',
      '--as-of',
      '2026-04-01',
      '-o',
      join(dir, 'underlag.csv'),
    ]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('the report for a meeting is .md, .html or .pdf');
    expect(existsSync(join(dir, 'underlag.csv'))).toBe(false);
    const noDate = await cli(['report', 'examples/gotland-besoksnaring.yaml', '--for', 'tillvaxtradet']);
    expect([noDate.code, noDate.stderr]).toEqual([
      2,
      'effektkedja: --for needs --as-of: the date of the meeting, e.g. --as-of 2026-04-01\n',
    ]);
    const typo = await cli([
      'report',
      'examples/gotland-besoksnaring.yaml',
      '--for',
      'tillvaxtrad',
      '--as-of',
      '2026-04-01',
    ]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('regionstyrelsen, regionfullmaktige, tillvaxtradet, regeringskansliet');
  });
});
