// The user's text stays in this browser: localStorage is the only place it goes.
const TEXT_KEY = 'effektkedja.playground.text';
const LANG_KEY = 'effektkedja.playground.lang';

function store(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Private windows and file:// pages may refuse storage; the page works without it.
    return undefined;
  }
}

/** The text saved last time, if any. */
export function loadText(): string | undefined {
  return store()?.getItem(TEXT_KEY) ?? undefined;
}

/** Saves the text (quietly skipped when storage is full or refused). */
export function saveText(text: string): void {
  try {
    store()?.setItem(TEXT_KEY, text);
  } catch {
    // Quota exceeded: the text is still in the editor.
  }
}

/** Forgets the saved text. */
export function forgetText(): void {
  store()?.removeItem(TEXT_KEY);
}

/** The saved language, if any. */
export function loadLanguage(): 'sv' | 'en' | undefined {
  const lang = store()?.getItem(LANG_KEY);
  return lang === 'sv' || lang === 'en' ? lang : undefined;
}

/** Saves the language. */
export function saveLanguage(lang: 'sv' | 'en'): void {
  try {
    store()?.setItem(LANG_KEY, lang);
  } catch {
    // Not worth telling the user.
  }
}

const AS_OF_KEY = 'effektkedja.playground.asOf';

/** The follow-up date the user chose last time (YYYY-MM-DD), if any. */
export function loadAsOf(): string | undefined {
  const date = store()?.getItem(AS_OF_KEY);
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/** Saves the chosen follow-up date; undefined forgets it, so the page follows today again. */
export function saveAsOf(date: string | undefined): void {
  try {
    if (date === undefined) store()?.removeItem(AS_OF_KEY);
    else store()?.setItem(AS_OF_KEY, date);
  } catch {
    // Not worth telling the user.
  }
}
