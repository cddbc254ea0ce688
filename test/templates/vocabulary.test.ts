import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONAL_TEMPLATES } from '../../src/index.js';
import {
  buildVocabulary,
  findWords,
  normalizeWords,
  type Vocabulary,
} from '../../src/templates/vocabulary.js';

// The plain definitions the fast versions must agree with.
const reference = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const WORD = /[\p{L}\p{N}]/u;
function referenceFind(text: string, vocabulary: Vocabulary) {
  const norm = reference(text);
  const taken: boolean[] = new Array(norm.length).fill(false);
  const found: Vocabulary[number][] = [];
  for (const entry of vocabulary) {
    for (let at = norm.indexOf(entry.normalized); at >= 0; at = norm.indexOf(entry.normalized, at + 1)) {
      const end = at + entry.normalized.length;
      let rest = 0;
      while (end + rest < norm.length && WORD.test(norm[end + rest]!)) rest++;
      const start = at === 0 || !WORD.test(norm[at - 1]!);
      if (!start && !(entry.normalized.length >= 6 && rest <= 3)) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      if (!found.includes(entry)) found.push(entry);
    }
  }
  return found;
}

const vocabulary = buildVocabulary(NATIONAL_TEMPLATES);
const words = vocabulary.map((e) => e.word);
// Texts made of vocabulary words, Swedish letters, compounds and noise.
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom('turist', 'en', 'ens', 'för', 'och', 'Å', 'É', 'ﬁ', '\u0301', ' ', '-', 'İ'),
      fc.string({ maxLength: 4, unit: 'grapheme' }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('the vocabulary’s fast paths', () => {
  it('normalizeWords equals Unicode decomposition without marks, lower case, single spaces', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (t) => {
        expect(normalizeWords(t)).toBe(reference(t));
      }),
      { numRuns: 2000, seed: 41 },
    );
  });

  it('findWords finds exactly what a scan of every entry finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findWords(t, vocabulary)).toEqual(referenceFind(t, vocabulary));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});
