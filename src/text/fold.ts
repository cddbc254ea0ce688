const SWEDISH: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o', é: 'e' };

/**
 * Text as it is compared when case and diacritics must not matter: lower case,
 * marks removed ("Företagsfrämjare" → "foretagsframjare"). The Swedish letters go
 * by table; full Unicode decomposition only for the rare text that still needs it.
 */
export function fold(text: string): string {
  const out = text.toLowerCase().replace(/[åäöé]/g, (c) => SWEDISH[c]!);
  return /[^\x00-\x7f]/.test(out) ? out.normalize('NFD').replace(/\p{M}/gu, '') : out;
}
