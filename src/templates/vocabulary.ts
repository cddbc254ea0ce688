import type { Template } from '../model/template.js';
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
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
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
  const taken: boolean[] = new Array(norm.length).fill(false);
  const found: VocabularyEntry[] = [];
  for (const entry of vocabulary) {
    let from = 0;
    for (;;) {
      const at = norm.indexOf(entry.normalized, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + entry.normalized.length;
      if (!wordStart(norm, at) && !compoundHead(norm, entry.normalized, end)) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      if (!found.includes(entry)) found.push(entry);
    }
  }
  return found;
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
