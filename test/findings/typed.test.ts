import { describe, expect, expectTypeOf, it } from 'vitest';
import { CODES, type Code, type DetailsOf, type FindingDetails } from '../../src/findings/codes.js';
import { createCustomFinding, createFinding, hintOf, messageOf } from '../../src/findings/create.js';
import type { Details, Finding } from '../../src/findings/finding.js';
import { en } from '../../src/locales/en.js';
import type { MessageEntry } from '../../src/locales/message.js';
import { sv } from '../../src/locales/sv.js';
import type { Level } from '../../src/model/levels.js';
import type { Rule } from '../../src/validate/rule.js';
import { validate } from '../../src/validate/validate.js';

// Every code of the catalogue has an entry in the typed map. A code added to
// CODES without its `<Area>Details` interface joined into FindingDetails fails here.
type Missing = Exclude<Code, keyof FindingDetails>;

describe('the typed map of findings', () => {
  it('has a details entry for every code in CODES', () => {
    expectTypeOf<Missing>().toEqualTypeOf<never>();
    expectTypeOf<keyof FindingDetails>().toEqualTypeOf<Code>();
    // And at run time, each code has words in both languages.
    for (const code of Object.keys(CODES)) {
      expect(sv[code as Code], code).toBeDefined();
      expect(en[code as Code], code).toBeDefined();
    }
  });

  it('types the details of a code and falls back to Details for an unknown code', () => {
    expectTypeOf<DetailsOf<'LINK_BACKWARDS'>['fromLevel']>().toEqualTypeOf<Level>();
    expectTypeOf<DetailsOf<'DUPLICATE_ID'>['kind']>().toEqualTypeOf<
      'box' | 'plan' | 'goal' | 'indicator' | 'understrategi' | 'template'
    >();
    expectTypeOf<DetailsOf<'MY_OWN_CODE'>>().toEqualTypeOf<Details>();
  });

  it('narrows a finding on its code', () => {
    const f = createFinding(
      'LINK_BACKWARDS',
      { plan: 'p' },
      { from: 'a', to: 'b', fromLevel: 'utfall', toLevel: 'aktiviteter' },
    ) as Finding;
    expect(f.code).toBe('LINK_BACKWARDS');
    if (f.code === 'LINK_BACKWARDS') {
      expectTypeOf(f.details.fromLevel).toEqualTypeOf<Level>();
      expect(f.details.fromLevel).toBe('utfall');
    }
    const g = [f][0] as Finding;
    if (g.code === 'CYCLE') expectTypeOf(g.details.boxes).toEqualTypeOf<readonly string[]>();
    expectTypeOf(createFinding('CYCLE', {}, { boxes: ['a'] })).toEqualTypeOf<Finding<'CYCLE'>>();
  });

  it('does not compile wrong details for a code', () => {
    // Never called: the type check (npm run typecheck) is the test.
    const wrong = () => {
      // @ts-expect-error a LINK_BACKWARDS finding needs its levels
      createFinding('LINK_BACKWARDS', {}, { from: 'a', to: 'b' });
      // @ts-expect-error `fromLevel` is a level, not any text
      createFinding('LINK_BACKWARDS', {}, { from: 'a', to: 'b', fromLevel: 'x', toLevel: 'utfall' });
      // @ts-expect-error DUPLICATE_ID has no field `boxes`
      createFinding('DUPLICATE_ID', {}, { kind: 'box', id: 'a', boxes: ['a'] });
      // @ts-expect-error the kind of DUPLICATE_ID is a closed set
      createFinding('DUPLICATE_ID', {}, { kind: 'thing', id: 'a' });
      // @ts-expect-error not a code of the library
      createFinding('NOT_A_CODE', {}, {});
    };
    expect(typeof wrong).toBe('function');
    // A code whose details have no required field may leave them out.
    expect(createFinding('EDIT_NOTHING_TO_UNDO', {}).details).toEqual({});
  });

  it('types the message tables by the code’s details', () => {
    expectTypeOf(sv.LINK_BACKWARDS).toEqualTypeOf<MessageEntry<DetailsOf<'LINK_BACKWARDS'>>>();
    expectTypeOf<Parameters<(typeof en)['CYCLE']['text']>[0]['boxes']>().toEqualTypeOf<readonly string[]>();
  });

  it('renders words when read, in the language asked for, and keeps them', () => {
    let calls = 0;
    const f = createCustomFinding(
      'X_COUNTED',
      'info',
      {},
      { n: 1 },
      {
        sv: { text: (d) => `sv ${d.n} ${++calls}` },
        en: { text: (d) => `en ${d.n} ${++calls}`, hint: () => 'no sv hint' },
      },
    );
    expect(calls).toBe(0);
    expect(messageOf(f, 'en')).toBe('en 1 1');
    expect(calls).toBe(1);
    expect(f.message.en).toBe('en 1 1');
    expect(messageOf(f, 'sv')).toBe('sv 1 2');
    expect(calls).toBe(2);
    // A hint only when both languages have one, as before.
    expect(hintOf(f, 'en')).toBeUndefined();
    expect(JSON.stringify(f)).toBe(
      '{"code":"X_COUNTED","severity":"info","location":{},"details":{"n":1},"message":{"sv":"sv 1 2","en":"en 1 1"}}',
    );
  });

  it('keeps the JSON of a library finding as plain data, message and hint included', () => {
    const f = createFinding('LINK_UNKNOWN_BOX', { plan: 'p' }, { from: 'a', to: 'b', missing: 'b' });
    const json = JSON.parse(JSON.stringify(f));
    expect(Object.keys(json)).toEqual(['code', 'severity', 'location', 'details', 'message', 'hint']);
    expect(json.message).toEqual({ sv: messageOf(f, 'sv'), en: messageOf(f, 'en') });
    expect(json.hint).toEqual({ sv: hintOf(f, 'sv'), en: hintOf(f, 'en') });
    expect({ ...f }).toEqual(json);
  });

  it('narrows a report on a custom rule’s own codes too', () => {
    const rule: Rule<'X_NOTE'> = {
      name: 'note',
      codes: ['X_NOTE'],
      *check() {
        yield createCustomFinding(
          'X_NOTE',
          'info',
          {},
          { why: 'test' },
          { sv: { text: () => 'Notering.' }, en: { text: () => 'Note.' } },
        );
      },
    };
    const report = validate({ formatVersion: 1, plans: [] } as never, { rules: [rule] });
    const note = report.findings.find((f) => f.code === 'X_NOTE');
    expect(note?.details.why).toBe('test');
    expectTypeOf(report.findings).toEqualTypeOf<readonly Finding<Code | 'X_NOTE'>[]>();
  });
});
