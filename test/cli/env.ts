/**
 * The environment the CLI is spawned with in tests: the machine's, without anything that picks
 * the language of the CLI's own words (LANG=sv_SE on a developer's machine must not turn the
 * goldens' English help and usage errors into Swedish), plus what a test adds.
 */
export function cliEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'EFFEKTKEDJA_LANG']) delete env[name];
  return { ...env, ...extra };
}
