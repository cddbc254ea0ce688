import type { Language } from '../findings/finding.js';

/**
 * The language of the CLI's own words (help, usage errors): `--lang`/`-l` when it appears in
 * the arguments (`--lang sv`, `--lang=sv`, `-l sv`), else EFFEKTKEDJA_LANG, else the locale
 * (LC_ALL, then LC_MESSAGES, then LANG: the first one set decides) when it starts with `sv`,
 * else English. Read before commander parses, so even a usage error commander reports is said in it.
 * Findings and reports keep their own default (sv); see docs/cli.md.
 */
export function cliLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const given = languageInArgs(argv);
  if (given) return given;
  const own = env.EFFEKTKEDJA_LANG;
  if (own === 'sv' || own === 'en') return own;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

function languageInArgs(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value =
      arg === '--lang' || arg === '-l'
        ? argv[i + 1]
        : arg.startsWith('--lang=')
          ? arg.slice('--lang='.length)
          : undefined;
    if (value === 'sv' || value === 'en') return value;
  }
  return undefined;
}
