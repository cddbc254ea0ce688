import type { Template } from '../model/template.js';
import { fold } from '../text/fold.js';
import { isTrackId, TRACKS } from './tracks.js';

/** A word that points to templates: a template's keyword (weight 2) or its track's cue (weight 1). */
export interface VocabularyEntry {
  /** The word as written in the template or track. */
  readonly word: string;
  readonly normalized: string;
  readonly weight: number;
  /** Ids of the templates the word points to. */
  readonly templates: ReadonlySet<string>;
}

/** The words of a set of templates, longest first, so longer words win where they overlap. */
export type Vocabulary = readonly VocabularyEntry[];

const KEYWORD_WEIGHT = 2;
const CUE_WEIGHT = 1;

/** Lower case, accents removed, runs of white space as one space: "Företagsfrämjare" → "foretagsframjare". */
export function normalizeWords(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** The words of the given templates: their keywords and the cues of their national tracks. */
export function buildVocabulary(templates: readonly Template[]): Vocabulary {
  const byWord = new Map<string, { word: string; weight: number; templates: Set<string> }>();
  const add = (word: string, weight: number, template: string) => {
    const normalized = normalizeWords(word);
    if (!normalized) return;
    const entry = byWord.get(normalized);
    if (entry) {
      entry.templates.add(template);
      entry.weight = Math.max(entry.weight, weight);
    } else byWord.set(normalized, { word, weight, templates: new Set([template]) });
  };
  for (const t of templates) {
    for (const k of t.keywords ?? []) add(k, KEYWORD_WEIGHT, t.id);
    if (t.track && isTrackId(t.track)) for (const c of TRACKS[t.track].cues) add(c, CUE_WEIGHT, t.id);
  }
  return [...byWord.entries()]
    .map(([normalized, e]) => ({ ...e, normalized }))
    .sort((a, b) => b.normalized.length - a.normalized.length || (a.normalized < b.normalized ? -1 : 1));
}

/** True if a template has words to be recognised by: keywords, or a national track. */
export function hasVocabulary(template: Template): boolean {
  return (template.keywords ?? []).length > 0 || (template.track !== undefined && isTrackId(template.track));
}

/**
 * The entries found in a text: at the start of a word ("bredband" in
 * "bredbandsutbyggnad"), or, for words of six letters or more, as the last part
 * of a Swedish compound ("företag" in "turistföretagen"). Where two overlap, the
 * longer wins, so "företagsfrämjare" does not also count as "företag".
 */
export function findWords(text: string, vocabulary: Vocabulary): VocabularyEntry[] {
  const norm = normalizeWords(text);
  const { byHead, short, rank } = headIndex(vocabulary);
  // Every place an entry starts in the text, found through the entries' first two letters.
  const hits: { entry: VocabularyEntry; at: number }[] = [];
  for (let at = 0; at < norm.length; at++) {
    const candidates = byHead.get(norm.charCodeAt(at) * 65536 + norm.charCodeAt(at + 1));
    const tried = short.length === 0 ? candidates : candidates ? [...short, ...candidates] : short;
    if (!tried) continue;
    for (const entry of tried) {
      if (!norm.startsWith(entry.normalized, at)) continue;
      const end = at + entry.normalized.length;
      if (wordStart(norm, at) || compoundHead(norm, entry.normalized, end)) hits.push({ entry, at });
    }
  }
  if (hits.length === 0) return [];
  // Longer entries first (the vocabulary's order), then left to right: the longer wins where two overlap.
  hits.sort((a, b) => rank.get(a.entry)! - rank.get(b.entry)! || a.at - b.at);
  const taken = new Uint8Array(norm.length);
  const found: VocabularyEntry[] = [];
  for (const { entry, at } of hits) {
    const end = at + entry.normalized.length;
    if (taken.subarray(at, end).includes(1)) continue;
    taken.fill(1, at, end);
    if (!found.includes(entry)) found.push(entry);
  }
  return found;
}

interface HeadIndex {
  readonly byHead: ReadonlyMap<number, readonly VocabularyEntry[]>;
  /** Entries of one letter, tried everywhere. */
  readonly short: readonly VocabularyEntry[];
  readonly rank: ReadonlyMap<VocabularyEntry, number>;
}

const headIndexes = new WeakMap<Vocabulary, HeadIndex>();

// The entries by their first two letters, built once per vocabulary.
function headIndex(vocabulary: Vocabulary): HeadIndex {
  let index = headIndexes.get(vocabulary);
  if (index) return index;
  const byHead = new Map<number, VocabularyEntry[]>();
  const short: VocabularyEntry[] = [];
  const rank = new Map<VocabularyEntry, number>();
  vocabulary.forEach((entry, i) => {
    rank.set(entry, i);
    if (entry.normalized.length < 2) {
      short.push(entry);
      return;
    }
    const key = entry.normalized.charCodeAt(0) * 65536 + entry.normalized.charCodeAt(1);
    const list = byHead.get(key);
    if (list) list.push(entry);
    else byHead.set(key, [entry]);
  });
  index = { byHead, short, rank };
  headIndexes.set(vocabulary, index);
  return index;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function wordStart(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text[at - 1]!);
}

// A compound's head comes last, followed at most by an inflection ("-en", "-ens").
function compoundHead(text: string, word: string, end: number): boolean {
  if (word.length < 6) return false;
  let rest = 0;
  while (end + rest < text.length && WORD_CHAR.test(text[end + rest]!)) rest++;
  return rest <= 3;
}

/** Finds a vocabulary's words in a text (see {@link findWords}). */
export type WordFinder = (text: string) => readonly VocabularyEntry[];

/** The most texts a {@link wordFinder} remembers; then it forgets them all and starts again. */
const REMEMBERED_TEXTS = 50_000;

/**
 * {@link findWords} for one vocabulary, remembering each text's answer: plans made
 * from one template repeat its standard texts, so a region's activities share a
 * handful of texts. It remembers at most 50,000 texts, so it may be kept as long as
 * its vocabulary holds (the validator keeps it from document to document).
 */
export function wordFinder(vocabulary: Vocabulary): WordFinder {
  const seen = new Map<string, readonly VocabularyEntry[]>();
  return (text) => {
    let found = seen.get(text);
    if (found === undefined) {
      found = findWords(text, vocabulary);
      if (seen.size >= REMEMBERED_TEXTS) seen.clear();
      seen.set(text, found);
    }
    return found;
  };
}
