import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarWindow } from '../../src/cli/commands/calendar.js';
import { cli } from './harness.js';

const GOTLAND = 'examples/gotland-besoksnaring.yaml';

/** The events of an iCalendar file as an independent parser (ical.js) reads them. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toString(),
        allDay: e.startDate.isDate,
        description: e.description,
      };
    }),
  };
}

describe('effektkedja calendar', () => {
  it('lists what is due in a window, by whom and to whom, in Swedish', async () => {
    const r = await cli(['calendar', GOTLAND, '--from', '2026-03-01', '--to', '2026-04-01']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Årshjul för Region Gotland, 2026-03-01 – 2026-04-01',
        '',
        '2026-03-31  Slutrapport: Insatsplan Besöksnäring 2023–2025',
        '            Slutrapport · till: Regionstyrelsen, Regionfullmäktige · ansvarig: Insatsansvarig strateg · plan: insatsplan-besoksnaring',
        '2026-04-01  Rapportering till tillväxtrådet',
        '            Rapport · till: Tillväxtrådet · ansvarig: Insatsansvarig strateg',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --lang en and says when nothing falls in the window', async () => {
    const r = await cli(['calendar', GOTLAND, '--from', '2026-04-02', '--to', '2026-06-30', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing in the årshjul between 2026-04-02 and 2026-06-30.');
    const one = await cli([
      'calendar',
      GOTLAND,
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-01',
      '--lang',
      'en',
    ]);
    expect(one.stdout).toContain(
      'Status report · to: Regionstyrelsen · responsible: Programansvarig strateg · the measurements of 2025 are due',
    );
  });

  it('writes an iCalendar file that an independent parser reads back, atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arshjul-'));
    const file = join(dir, 'arshjul.ics');
    const r = await cli(['calendar', GOTLAND, '--from', '2026-01-01', '--to', '2026-12-31', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('8 händelser skrivna till');
    expect(readdirSync(dir)).toEqual(['arshjul.ics']);
    const ics = parseIcs(readFileSync(file, 'utf8'));
    expect(ics.name).toBe('Årshjul – Region Gotland');
    expect(ics.events.map((e) => `${e.start} ${e.summary}`)).toEqual([
      '2026-01-01 Lägesrapport till regionstyrelsen',
      '2026-02-15 Årlig syntes av insatsplanernas resultat',
      '2026-02-28 Årlig återrapportering till regeringskansliet',
      '2026-03-31 Slutrapport: Insatsplan Besöksnäring 2023–2025',
      '2026-04-01 Rapportering till tillväxtrådet',
      '2026-07-01 Rapportering till tillväxtrådet',
      '2026-09-30 Utvärdering: Insatsplan Besöksnäring 2023–2025',
      '2026-10-01 Rapportering till tillväxtrådet',
    ]);
    expect(ics.events.every((e) => e.allDay)).toBe(true);
    expect(new Set(ics.events.map((e) => e.uid)).size).toBe(8);
    expect(ics.events[2]!.description).toBe(
      'Återrapportering\ntill: Regeringskansliet\nansvarig: Programansvarig strateg',
    );
    // Written again, the same dates keep their UIDs, so a calendar updates instead of doubling.
    await cli(['calendar', GOTLAND, '--from', '2026-01-01', '--to', '2026-12-31', '-o', file]);
    expect(parseIcs(readFileSync(file, 'utf8')).events.map((e) => e.uid)).toEqual(
      ics.events.map((e) => e.uid),
    );
  });

  it('refuses a bad date, a window backwards, a file that is not .ics, and documents without an årshjul', async () => {
    const bad = await cli(['calendar', GOTLAND, '--from', '2026-02-30']);
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      'effektkedja: --from expects a date such as 2026-04-01, not "2026-02-30"',
    ]);
    const back = await cli(['calendar', GOTLAND, '--from', '2026-05-01', '--to', '2026-04-01']);
    expect(back.code).toBe(2);
    const txt = await cli(['calendar', GOTLAND, '--from', '2026-01-01', '-o', 'arshjul.txt']);
    expect(txt.code).toBe(2);
    const none = await cli(['calendar', 'examples/kronoberg.yaml', '--from', '2026-01-01']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Region Kronoberg har inget årshjul');
  });

  it('takes a year from today as the window when none is given', () => {
    expect(calendarWindow({}, new Date(Date.UTC(2026, 11, 1)))).toEqual({
      from: '2026-12-01',
      to: '2027-11-30',
    });
    expect(calendarWindow({ from: '2024-02-29' })).toEqual({ from: '2024-02-29', to: '2025-02-27' });
  });
});
