import { describe, expect, it } from 'vitest';
import { calendarCodes } from '../../src/findings/catalog/calendar.js';
import { parseDocument, validate } from '../../src/index.js';
import { codeList, codeSections, quotedMessages } from './markdown.js';

// The årshjul codes are documented in docs/followup.md with examples that run as of a date
// (`<!-- as-of: … -->`); the messages quoted there are the library's.
const isCalendarCode = (token: string) => Object.hasOwn(calendarCodes, token);
const sections = codeSections('followup.md', isCalendarCode).filter((s) => isCalendarCode(s.code));

describe('the årshjul codes in docs/followup.md', () => {
  it('documents every årshjul code with a failing and a passing example', () => {
    expect(sections.map((s) => s.code).sort()).toEqual(Object.keys(calendarCodes).sort());
    for (const s of sections) {
      expect(s.blocks.filter((b) => b.markers.has('fails')).length, s.code).toBeGreaterThan(0);
      expect(s.blocks.filter((b) => b.markers.has('passes')).length, s.code).toBeGreaterThan(0);
    }
  });

  for (const section of sections) {
    it(`${section.code}: the examples fail and pass, and the quoted messages are the library's`, () => {
      const messages: { sv: string; en: string }[] = [];
      for (const b of section.blocks) {
        const parsed = parseDocument(b.text);
        expect(parsed.findings).toEqual([]);
        if (!parsed.ok) continue;
        const asOf = b.markers.get('as-of');
        const found = validate(parsed.value, asOf ? { asOf } : {}).findings.filter(
          (f) => f.code === section.code,
        );
        if (b.markers.has('fails')) {
          expect(codeList(b.markers.get('fails'))).toEqual([section.code]);
          expect(found.length, `line ${b.line}`).toBeGreaterThan(0);
          for (const f of found) messages.push({ sv: f.message.sv, en: f.message.en });
        }
        if (b.markers.has('passes')) expect(found, `line ${b.line}`).toEqual([]);
      }
      const quoted = quotedMessages(section);
      expect(quoted.sv.length).toBeGreaterThan(0);
      for (const sv of quoted.sv) expect(messages.map((m) => m.sv)).toContain(sv);
      for (const en of quoted.en) expect(messages.map((m) => m.en)).toContain(en);
    });
  }
});
