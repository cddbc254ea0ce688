// Which YAML texts the fast reader leaves to the full one: `hasSpecial`, the one-pass scan,
// gives the same answer as the rule it replaces, the regular expression SPECIAL, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSpecial, SPECIAL } from '../../src/io/yaml-special.js';

// Every character an alternative of SPECIAL looks at, the line breaks and blanks JavaScript
// knows, and plain letters and digits.
const MARKS = [
  ...'&*!?%#\'"-.|>+}]{[,: \t\n\r01259aZå\\',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\v',
  '\f',
];

describe('the texts the fast YAML reader leaves to the full one', () => {
  it('are found by the one-pass scan exactly as by the regular expression, on any text', () => {
    const text = fc.array(fc.constantFrom(...MARKS), { maxLength: 24 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => hasSpecial(t) === SPECIAL.test(t)),
      { numRuns: 200_000 },
    );
  });

  it('are found the same way in longer texts mixing document lines and any characters', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '- id: a',
        '  text: Fler företag',
        'plans:',
        '---',
        '...',
        '- ',
        '  - x',
        'a: |2',
        'k: >-',
      ),
      fc.string({ maxLength: 12, unit: 'binary' }),
      fc.array(fc.constantFrom(...MARKS), { maxLength: 8 }).map((cs) => cs.join('')),
    );
    const text = fc
      .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'))
      .map(([lines, br]) => lines.join(br));
    fc.assert(
      fc.property(text, (t) => hasSpecial(t) === SPECIAL.test(t)),
      { numRuns: 50_000 },
    );
  });

  it('lets plain plan files through and stops each kind of construct', () => {
    expect(
      hasSpecial('formatVersion: 1\nregion: Kronoberg\nplans:\n  - id: p1\n    text: R&D, 5 * 3, Varför?\n'),
    ).toBe(false);
    for (const t of [
      'a: &x 1',
      'b: *x',
      'c: !!str 1',
      '? a\n: 1',
      '%YAML 1.2\n---\na: 1',
      "a: 'x'#c",
      '- - \n- x',
      '-',
      'a:\n\t- x',
      '--- x',
      '...x',
      'a: \ufeffb',
      'a: |2\n  x',
      '[a, b]: 1',
      '{a: 1} : 2',
      'a: "x\\\n\n  y"',
      'a: "x\\\r\n  \t\r\n  y"',
      'a: 1\rb: 2',
    ])
      expect(hasSpecial(t), JSON.stringify(t)).toBe(true);
    // A backslash ending a line without an empty line after it, and Windows line ends, read the same in both.
    for (const t of [
      '# Källa: G:\\Planer\\\na: 1',
      'a: G:\\Planer\\\nb: 2',
      'a: "Ökad samverkan mellan lärosäten\\\r\n  \\ och näringsliv"\r\nb: 1',
    ])
      expect(hasSpecial(t), JSON.stringify(t)).toBe(false);
  });
});
