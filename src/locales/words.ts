import type { Language } from '../findings/finding.js';
import type { CalendarWords } from './calendar-words.js';
import type { CliWords } from './cli-words.js';
import { enCalendarWords } from './en/calendar.js';
import { enCliWords } from './en/cli.js';
import { enMermaidWords } from './en/mermaid.js';
import type { MermaidWords } from './mermaid-words.js';
import { svCalendarWords } from './sv/calendar.js';
import { svCliWords } from './sv/cli.js';
import { svMermaidWords } from './sv/mermaid.js';

// The contracts (`*-words.ts`) hold only types, so a language's table can import its contract and
// this file can pick a table without a circle.

/** The CLI's words in a language. */
export function cliWords(lang: Language): CliWords {
  return lang === 'en' ? enCliWords : svCliWords;
}

/** The calendar words in a language. */
export function calendarWords(lang: Language): CalendarWords {
  return lang === 'en' ? enCalendarWords : svCalendarWords;
}

/** The diagram words of a language. */
export function mermaidWords(lang: Language): MermaidWords {
  return lang === 'en' ? enMermaidWords : svMermaidWords;
}
