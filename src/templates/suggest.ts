import type { Box } from '../model/box.js';
import type { Level } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { Template } from '../model/template.js';
import { createTemplateRegistry, type TemplateRegistry } from './registry.js';
import { buildVocabulary, findWords, type Vocabulary, type WordFinder } from './vocabulary.js';

/** Why a template was suggested: a box of the plan and the words in it that point to the template. */
export interface SuggestionReason {
  readonly box: string;
  readonly level: Level;
  /** The template keywords or track cues found, as the template writes them. */
  readonly words: readonly string[];
  /** What the box added to the score. */
  readonly points: number;
}

/** A template suggested for a plan, with its score and the reasons for it. */
export interface TemplateSuggestion {
  readonly template: string;
  readonly track?: string;
  readonly score: number;
  readonly reasons: readonly SuggestionReason[];
}

/** Options of `suggestTemplate`. */
export interface SuggestOptions {
  /** The templates to choose from (default: the national ones). */
  readonly registry?: TemplateRegistry;
}

// Activities say most about the type of a project; outputs and outcomes say who
// is changed (a place, an intermediary, a firm); later effects are shared by many
// chains and resources by all of them.
const LEVEL_WEIGHT: Readonly<Record<Level, number>> = {
  resurser: 0,
  aktiviteter: 3,
  prestationer: 2,
  utfall: 2,
  kortsiktiga: 1,
  langsiktiga: 1,
};

/**
 * Suggests templates for a plan by where its effect arises: physical
 * environments (direktspår), support structures and intermediaries
 * (utvecklings- och samverkansspår) or firms directly (insatsspår). Reads the
 * texts of the plan's filled-in boxes and their indicators' names; returns the
 * templates with any match, best first, each with the boxes and words behind it.
 * An empty list means nothing in the plan points to a template.
 */
export function suggestTemplate(plan: Plan, options: SuggestOptions = {}): readonly TemplateSuggestion[] {
  const templates = (options.registry ?? createTemplateRegistry()).list();
  const vocabulary = buildVocabulary(templates);
  const scores = new Map<string, { score: number; reasons: SuggestionReason[] }>();
  for (const box of plan.boxes) {
    const weight = LEVEL_WEIGHT[box.level];
    if (weight === 0 || box.placeholder) continue;
    for (const [template, words] of wordsByTemplate(box, vocabulary)) {
      const points = weight * totalWeight(words);
      const entry = scores.get(template) ?? { score: 0, reasons: [] };
      entry.score += points;
      entry.reasons.push({ box: box.id, level: box.level, words: words.map((w) => w.word), points });
      scores.set(template, entry);
    }
  }
  const order = new Map(templates.map((t, i) => [t.id, i]));
  return [...scores.entries()]
    .map(([id, s]) => suggestion(templates[order.get(id)!]!, s.score, s.reasons))
    .sort((a, b) => b.score - a.score || order.get(a.template)! - order.get(b.template)!);
}

function suggestion(t: Template, score: number, reasons: SuggestionReason[]): TemplateSuggestion {
  return t.track === undefined
    ? { template: t.id, score, reasons }
    : { template: t.id, track: t.track, score, reasons };
}

/** The words of one box (its text and its indicators' names), grouped by the template they point to. */
export function wordsByTemplate(
  box: Pick<Box, 'text' | 'indicators'>,
  vocabulary: Vocabulary | WordFinder,
): Map<string, { word: string; weight: number }[]> {
  const find: WordFinder =
    typeof vocabulary === 'function' ? vocabulary : (text) => findWords(text, vocabulary);
  const texts = [box.text, ...(box.indicators ?? []).map((i) => i.name)];
  const out = new Map<string, { word: string; weight: number }[]>();
  for (const text of texts) {
    for (const entry of find(text)) {
      for (const template of entry.templates) {
        const list = out.get(template) ?? [];
        if (!list.some((w) => w.word === entry.word)) list.push({ word: entry.word, weight: entry.weight });
        out.set(template, list);
      }
    }
  }
  return out;
}

/** The summed weight of words found (keywords count double, track cues once). */
export function totalWeight(words: readonly { weight: number }[]): number {
  return words.reduce((sum, w) => sum + w.weight, 0);
}
