import type { Language } from '../findings/finding.js';
import type { EditWords } from '../locales/edit-words.js';
import { enEditWords } from '../locales/en/edit.js';
import { svEditWords } from '../locales/sv/edit.js';
import type { Edit } from './types.js';

/** The words of each language for edits and diffs. */
export const EDIT_WORDS: { readonly [L in Language]: EditWords } = { sv: svEditWords, en: enEditWords };

/** One line saying what an edit does, for a change log ("Lade till rutan «p3» …"). */
export function describeEdit(edit: Edit, language: Language = 'sv'): string {
  const describe = EDIT_WORDS[language].edit[edit.op] as (e: Edit) => string;
  return describe(edit);
}
