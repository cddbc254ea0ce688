import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
// slutrapport due 31 March, Kronoberg's around Sydostleden's slutrapport due 30 April 2022.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/followup/meeting.test.ts
const GOLDEN = 'test/followup/golden';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  else if (!existsSync(file))
    throw new Error(`${file} is missing: write it with UPDATE_GOLDEN=1 and read it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function read(file: string): Document {
  const parsed = parseDocument(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.value;
}

const gotland = () => read('examples/gotland-besoksnaring.yaml');
const kronoberg = () =>
  mergeDocuments([
    { document: read('examples/kronoberg.yaml'), file: 'kronoberg.yaml' },
    { document: read('test/cli/fixtures/kronoberg-arshjul.yaml'), file: 'kronoberg-arshjul.yaml' },
  ]).document;

describe('the report for a meeting', () => {
  for (const asOf of ['2026-03-30', '2026-04-01', '2026-04-15']) {
    it(`Gotland, tillväxtrådet, as of ${asOf}`, () => {
      golden(
        `gotland-tillvaxtradet-${asOf}.md`,
        buildMeetingReport(gotland(), { body: 'tillvaxtradet', asOf }).markdown,
      );
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
