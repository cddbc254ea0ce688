/**
 * The follow-up date (uppföljningsdatum): the date the findings and the follow-up table are
 * judged at, as `effektkedja validate --as-of` and `report --as-of` judge them. It defaults to
 * today, is always shown, can be changed, and a chosen date is remembered in this browser.
 */

import type { Language } from 'effektkedja';
import { today } from './library.js';
import { loadAsOf, saveAsOf } from './storage.js';

/** A real calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

interface AsOfWords {
  readonly label: string;
  readonly today: string;
  readonly help: string;
  /** The follow-up table's heading with its date, as reports print it. */
  readonly heading: (title: string, date: string, isToday: boolean) => string;
}

const WORDS: Readonly<Record<Language, AsOfWords>> = {
  sv: {
    label: 'Uppföljningsdatum',
    today: 'I dag',
    help: 'Fynden och läget bedöms per detta datum, också årshjulets rapporter och mätvärden som ska vara inne.',
    heading: (title, date, isToday) => `${title} per ${date}${isToday ? ' (i dag)' : ''}`,
  },
  en: {
    label: 'Follow-up date',
    today: 'Today',
    help: 'Findings and status are judged as of this date, including the årshjul’s reports and measurements that are due.',
    heading: (title, date, isToday) => `${title} as of ${date}${isToday ? ' (today)' : ''}`,
  },
};

/** The page's follow-up date control. */
export interface AsOfControl {
  /** The date in force (YYYY-MM-DD). */
  readonly value: () => string;
  /** Puts the control's words in a language. */
  readonly setLanguage: (lang: Language) => void;
  /** The follow-up table's heading (its title in a language) with the date in force. */
  readonly heading: (lang: Language, title: string) => string;
}

/**
 * Wires the date field, its label and the today button. `changed` runs after the user picks a
 * date (or today); a cleared or impossible date falls back to today.
 */
export function asOfControl(
  elements: {
    readonly input: HTMLInputElement;
    readonly label: HTMLElement;
    readonly today: HTMLButtonElement;
    readonly help: HTMLElement;
  },
  changed: () => void,
): AsOfControl {
  const { input } = elements;
  let chosen = loadAsOf();
  const value = (): string => chosen ?? today();
  input.value = value();
  const pick = (date: string | undefined): void => {
    chosen = date !== undefined && date !== today() ? date : undefined;
    saveAsOf(chosen);
    input.value = value();
    changed();
  };
  input.addEventListener('change', () => pick(isDate(input.value) ? input.value : undefined));
  elements.today.addEventListener('click', () => pick(undefined));
  return {
    value,
    setLanguage(lang) {
      const w = WORDS[lang];
      elements.label.textContent = w.label;
      elements.today.textContent = w.today;
      elements.help.textContent = w.help;
    },
    heading: (lang, title) => WORDS[lang].heading(title, value(), value() === today()),
  };
}
