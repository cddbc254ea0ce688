import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPseudonym, luhn, maskNumber, parseNumber, pseudonymOf } from '../../src/index.js';
import { hmacSha256Hex } from '../../src/participants/sha256.js';

const checkDigit = (nine: string) => {
  for (let d = 0; d <= 9; d++) if (luhn(nine + d)) return String(d);
  throw new Error('no check digit');
};

describe('parseNumber', () => {
  it('reads organisationsnummer with and without hyphen and the 16 prefix', () => {
    for (const text of ['556253-1573', '5562531573', '16556253-1573', ' 556253-1573 '])
      expect(parseNumber(text)).toEqual({ ok: true, kind: 'organisationsnummer', normal: '556253-1573' });
  });

  it('reads a sole trader’s personnummer, ten or twelve digits, and samordningsnummer', () => {
    expect(parseNumber('121212-1212')).toEqual({ ok: true, kind: 'personnummer', normal: '121212-1212' });
    expect(parseNumber('191212121212')).toMatchObject({ ok: true, kind: 'personnummer' });
    expect(parseNumber('121212+1212')).toMatchObject({ ok: true, kind: 'personnummer' });
    const nine = '850672123'; // day 12 + 60
    expect(parseNumber(nine + checkDigit(nine))).toMatchObject({ ok: true, kind: 'personnummer' });
  });

  it('says why a number is not valid', () => {
    expect(parseNumber('556253-1574')).toEqual({
      ok: false,
      problem: 'checksum',
      kind: 'organisationsnummer',
    });
    expect(parseNumber('55625-31573')).toEqual({ ok: false, problem: 'form' });
    expect(parseNumber('abc')).toEqual({ ok: false, problem: 'form' });
    expect(parseNumber('19556253-1573')).toMatchObject({ ok: false, problem: 'form' });
    const feb30 = '850230123';
    expect(parseNumber(feb30 + checkDigit(feb30))).toMatchObject({ ok: false, problem: 'date' });
    const group4 = '456253157';
    expect(parseNumber(group4 + checkDigit(group4))).toMatchObject({ ok: false, problem: 'group' });
  });

  it('accepts every number with a right check digit and refuses one digit changed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (tail, at, delta) => {
          const nine = `5562${String(tail).padStart(5, '0')}`;
          const ten = nine + checkDigit(nine);
          expect(parseNumber(ten)).toMatchObject({ ok: true, kind: 'organisationsnummer' });
          const changed = ten.slice(0, at) + ((Number(ten[at]) + delta) % 10) + ten.slice(at + 1);
          expect(luhn(changed)).toBe(false);
        },
      ),
    );
  });
});

describe('maskNumber', () => {
  it('keeps an organisationsnummer and hides the last four digits of anything else', () => {
    expect(maskNumber('556253-1573')).toBe('556253-1573');
    expect(maskNumber('121212-1212')).toBe('121212-****');
    expect(maskNumber('19121212-1212')).toBe('121212-****');
    expect(maskNumber('121212-1213')).toBe('121212-****'); // a typo may still be someone's number
  });
});

describe('pseudonyms', () => {
  it('HMAC-SHA-256 agrees with node:crypto (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 100 }), (key, message) => {
        expect(hmacSha256Hex(key, message)).toBe(createHmac('sha256', key).update(message).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });

  it('is the same for the same number in any form under one salt, and differs across salts', () => {
    const a = pseudonymOf('121212-1212', 'salt');
    expect(isPseudonym(a)).toBe(true);
    expect(pseudonymOf('191212121212', 'salt')).toBe(a);
    expect(pseudonymOf('121212-1212', 'other')).not.toBe(a);
  });
});
