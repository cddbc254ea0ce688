import { describe, expect, it } from 'vitest';
import { cliLanguage } from '../../src/cli/language.js';
import type { CliUsageWords } from '../../src/locales/cli-words.js';
import { enCliWords } from '../../src/locales/en/cli.js';
import { svCliWords } from '../../src/locales/sv/cli.js';
import { cli } from './harness.js';

// The CLI's own prose lives in the locale tables: every help text and usage error in both
// languages, picked by --lang, EFFEKTKEDJA_LANG or the locale; English when nothing says otherwise.

// Sample arguments for each usage error that takes some: typed, so a new one needs its sample.
type Args<F> = F extends (...args: infer A) => string ? A : never;
const SAMPLES: {
  readonly [K in keyof CliUsageWords as CliUsageWords[K] extends string
    ? never
    : K extends 'whyNot'
      ? never
      : K]: Args<CliUsageWords[K]>;
} = {
  unknownCode: ['--disable', 'NOPE', 'NO_PE'],
  language: ['de'],
  severityForm: ['FOO'],
  wholeNumber: ['--wrap', 0, '-1'],
  oneOf: ['--view', ['plan', 'portfolio'], 'x'],
  eitherOf: ['--csv-dialect', ['excel-sv', 'rfc4180'], 'x'],
  period: ['--as-of', ['2026', '2026-Q2'], 'x'],
  date: ['--from', '2026-04-01', 'x'],
  toBeforeFrom: ['2026-01-01', '2026-05-01'],
  ending: ['report', 'x.txt'],
  needsFile: ['svg', 'diagram.svg'],
  noFilesIn: [['a', 'b']],
  noDocumentsIn: [['a']],
  manyRegions: ['report', 2, 'md'],
  noBody: ['x', ['tillvaxtradet']],
  collapse: [['resurser'], 'x'],
  noTemplate: ['x', ['a', 'b']],
  cannotRead: ['templates', 'x.yaml', '(fynd)'],
  chromiumNotProgram: ['/x'],
  cannotWrite: ['x.md', undefined, 'EIO'],
  commander: ["error: unknown option '--x'"],
};

/** Every string in a table by its key path; a usage error is said with its sample arguments. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    const args = (SAMPLES as Record<string, readonly unknown[]>)[path.split('.').at(-1) ?? ''];
    expect(args, path).toBeDefined();
    out.set(path, String((value as (...a: unknown[]) => unknown)(...(args ?? []))));
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, `${path}.${k}`)) out.set(p, s);
  return out;
}

// Words that are the same in both languages: command lines, a few loan words and symbols.
const SAME =
  /\.example$|^\.(help\.(jobs|choices)|severity\.info|usage\.(needsFile|toBeforeFrom))$|^\.help\.templatesShow\.example/;

describe('the CLI word tables', () => {
  const en = leaves({ help: enCliWords.help, usage: enCliWords.usage, severity: enCliWords.severity });
  const sv = leaves({ help: svCliWords.help, usage: svCliWords.usage, severity: svCliWords.severity });

  it('have the same keys in both languages, none empty', () => {
    expect([...sv.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(100);
    for (const [key, text] of [...en, ...sv]) expect(text.trim(), key).not.toBe('');
  });

  it('have every help text and usage error translated: Swedish differs from English', () => {
    const untranslated = [...en]
      .filter(([key, text]) => !SAME.test(key) && sv.get(key) === text)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('the language of the CLI’s own words', () => {
  it('is --lang when the arguments have it, in any of its forms', () => {
    const env = { LANG: 'en_US.UTF-8' };
    expect(cliLanguage(['validate', 'x', '--lang', 'sv'], env)).toBe('sv');
    expect(cliLanguage(['validate', '--lang=sv', 'x'], env)).toBe('sv');
    expect(cliLanguage(['validate', '-l', 'sv'], env)).toBe('sv');
    expect(cliLanguage(['validate', '-l', 'en'], { LANG: 'sv_SE.UTF-8' })).toBe('en');
    // After `--` it is a file name, and a value that is no language does not count.
    expect(cliLanguage(['validate', '--', '--lang', 'sv'], env)).toBe('en');
    expect(cliLanguage(['validate', '--lang', 'de'], { EFFEKTKEDJA_LANG: 'sv' })).toBe('sv');
  });

  it('else EFFEKTKEDJA_LANG, else LC_ALL, LC_MESSAGES, LANG (the first set), else English', () => {
    expect(cliLanguage([], { EFFEKTKEDJA_LANG: 'sv', LANG: 'en_US.UTF-8' })).toBe('sv');
    expect(cliLanguage([], { EFFEKTKEDJA_LANG: 'en', LC_ALL: 'sv_SE.UTF-8' })).toBe('en');
    expect(cliLanguage([], { LC_ALL: 'sv_SE.UTF-8', LANG: 'en_US.UTF-8' })).toBe('sv');
    expect(cliLanguage([], { LC_ALL: 'C', LANG: 'sv_SE.UTF-8' })).toBe('en');
    expect(cliLanguage([], { LC_MESSAGES: 'sv_FI', LANG: 'en_GB' })).toBe('sv');
    expect(cliLanguage([], { LANG: 'sv' })).toBe('sv');
    expect(cliLanguage([], { LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLanguage([], {})).toBe('en');
  });
});

describe('help and usage errors in Swedish and English', () => {
  const SV = { LANG: 'sv_SE.UTF-8' };

  it('effektkedja --help: English without a language, Swedish by the locale', async () => {
    const en = await cli(['--help']);
    expect(en.stdout).toMatch(/^Usage: effektkedja \[options\] \[command\]\n/);
    expect(en.stdout).toContain('\nCommands:\n');
    expect(en.stdout).toContain('display help for command');
    expect((await cli(['--help'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toBe(en.stdout);
    const sv = await cli(['--help'], { env: SV });
    expect(sv.code).toBe(0);
    expect(sv.stdout).toMatch(/^Användning: effektkedja \[flaggor\] \[kommando\]\n/);
    expect(sv.stdout).toContain('\nKommandon:\n');
    expect(sv.stdout).toContain('visa hjälpen för kommandot');
    expect(sv.stdout).not.toMatch(/\b(Usage|Options|Commands|display|output the version)\b/);
  });

  it('validate --help in Swedish by --lang sv and by the locale, the same text', async () => {
    const byFlag = await cli(['validate', '--help', '--lang', 'sv']);
    const byLocale = await cli(['validate', '--help'], { env: SV });
    expect(byFlag.stdout).toBe(byLocale.stdout);
    expect(byFlag.stdout).toContain('kontrollera dokument');
    expect(byFlag.stdout).toContain('\nFlaggor:\n');
    expect(byFlag.stdout).toMatch(/\(val: "text", "json", standard:\s+"text"\)/);
    expect(byFlag.stdout).toContain('\nExempel:\n  $ effektkedja validate examples/kronoberg.yaml\n');
    // No English help text is left in it.
    for (const text of Object.values(enCliWords.help.validate.options))
      expect(byFlag.stdout).not.toContain(text.slice(0, 20));
    const en = await cli(['validate', '--help', '--lang', 'en'], { env: SV });
    expect(en.stdout).toMatch(/\(choices: "text", "json", default:\s+"text"\)/);
    expect(en.stdout).toContain('\nExample:\n');
    expect(en.stdout).toBe((await cli(['validate', '--help'])).stdout);
  });

  it('a usage error of the CLI, with the same exit code in both languages', async () => {
    const args = ['validate', 'examples/kronoberg.yaml', '--max-warnings', 'many'];
    const en = await cli(args);
    expect(en).toEqual({
      code: 2,
      stdout: '',
      stderr: 'effektkedja: --max-warnings expects a whole number ≥ 0, not "many"\n',
    });
    const sv = {
      code: 2,
      stdout: '',
      stderr: 'effektkedja: --max-warnings ska vara ett heltal ≥ 0, inte "many"\n',
    };
    expect(await cli([...args, '--lang', 'sv'])).toEqual(sv);
    expect(await cli(args, { env: SV })).toEqual(sv);
    expect(await cli(args, { env: { EFFEKTKEDJA_LANG: 'sv' } })).toEqual(sv);
  });

  it('a usage error commander finds, and the line after it', async () => {
    const en = await cli(['validate', 'x', '--bogus']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("error: unknown option '--bogus'\n(run with --help for usage)\n");
    const sv = await cli(['validate', 'x', '--bogus'], { env: SV });
    expect(sv.code).toBe(2);
    expect(sv.stderr).toBe(
      "fel: okänd flagga '--bogus'\n(kör med --help för att se hur kommandot används)\n",
    );
    const choice = await cli(['validate', 'x', '--format', 'xml', '--lang', 'sv']);
    expect(choice.stderr).toContain(
      "fel: flaggan '-f, --format <format>' kan inte ha värdet 'xml'. Tillåtna värden: text, json.",
    );
  });

  it('an output that cannot be written, said in Swedish with the system’s code', async () => {
    const r = await cli(['convert', 'examples/kronoberg.yaml', '/proc/no/such/x.yaml', '--lang', 'sv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^effektkedja: \/proc\/no\/such\/x\.yaml går inte att skriva: .+ \(E[A-Z]+\); ingenting har ändrats där\n$/,
    );
  });
});
