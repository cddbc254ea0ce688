import { createColors } from 'picocolors';
import type { Language } from '../findings/finding.js';
import type { CliUsageWords } from '../locales/cli-words.js';
import { cliWords } from '../locales/words.js';

/** Where the CLI writes and what it knows of its terminal; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stdout is a terminal (colour and progress are only for people). */
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb. */
export function colorsFor(io: CliIo, isTTY: boolean) {
  const env = io.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return createColors(isTTY && !noColor && env.TERM !== 'dumb');
}

/** Exit codes: 0 clean, 1 findings at error level (or too many warnings), 2 usage errors or unreadable input. */
export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: 130 } as const;

/** The words of a usage error, taken from the CLI's table of a language when it is printed. */
export type UsageWords = (words: CliUsageWords) => string;

/**
 * A user error (bad option, missing file): printed as one plain line, never as a stack trace,
 * in the language of the CLI's own words (`cliLanguage`). `message` holds the English words.
 * A plain string is printed as it is (words already in the language the command was asked for).
 */
export class UsageError extends Error {
  readonly words: UsageWords;
  constructor(
    words: UsageWords | string,
    readonly exitCode: number = EXIT.usage,
  ) {
    const say = typeof words === 'string' ? () => words : words;
    super(say(cliWords('en').usage));
    this.words = say;
    this.name = 'UsageError';
  }

  /** The error's words in a language. */
  say(lang: Language): string {
    return this.words(cliWords(lang).usage);
  }
}
