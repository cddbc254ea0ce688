import { type Command, type Help, Option } from 'commander';
import type { CliHelpWords } from '../../locales/cli-words.js';
import type { CliIo } from '../io.js';

/** What each command's definition needs: where it writes, where its exit code goes, its help words. */
export interface ProgramContext {
  readonly io: CliIo;
  /** Each action stores its exit code here. */
  readonly result: { code: number };
  readonly help: CliHelpWords;
}

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A command's example block, under the heading of the help's language. */
export function example(help: CliHelpWords, lines: string): string {
  return `\n${help.example}\n${lines
    .trim()
    .split('\n')
    .map((l) => `  $ ${l.trim()}`)
    .join('\n')}\n`;
}

/** `-l, --lang sv|en` (default sv): the language of the command's findings, report or text. */
export function langOption(description: string): Option {
  return new Option('-l, --lang <lang>', description).choices(['sv', 'en']).default('sv');
}

/** `-j, --jobs <n>` on every command that reads folders, and the example under the help. */
export function withJobsAndExample(command: Command, help: CliHelpWords, lines: string): Command {
  return command.addHelpText('after', example(help, lines)).option('-j, --jobs <n>', help.jobs);
}

/** How commander words the help: its headings and the `(choices: …, default: …)` after an option. */
export function helpConfiguration(help: CliHelpWords): Partial<Help> {
  const extra = (choices: readonly string[] | undefined, defaults: readonly string[]) => {
    const info: string[] = [];
    if (choices) info.push(`${help.choices}: ${choices.map((c) => JSON.stringify(c)).join(', ')}`);
    for (const d of defaults) info.push(`${help.default}: ${d}`);
    return info;
  };
  const join = (description: string, info: readonly string[]) =>
    info.length
      ? description
        ? `${description} (${info.join(', ')})`
        : `(${info.join(', ')})`
      : description;
  const terms = (text: string) =>
    text
      .split(' ')
      .map((word) => (help.terms as Readonly<Record<string, string>>)[word] ?? word)
      .join(' ');
  return {
    styleUsage: terms,
    styleSubcommandTerm: terms,
    styleTitle: (title) => (help.titles as Readonly<Record<string, string>>)[title] ?? title,
    // As commander's own, with its words from the table.
    optionDescription(option) {
      const showDefault =
        option.defaultValue !== undefined &&
        (option.required ||
          option.optional ||
          (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      const info = extra(
        option.argChoices,
        showDefault ? [option.defaultValueDescription || JSON.stringify(option.defaultValue)] : [],
      );
      if (option.presetArg !== undefined && option.optional)
        info.push(`preset: ${JSON.stringify(option.presetArg)}`);
      if (option.envVar !== undefined) info.push(`env: ${option.envVar}`);
      return join(option.description, info);
    },
    argumentDescription(argument) {
      const info = extra(
        argument.argChoices,
        argument.defaultValue !== undefined
          ? [argument.defaultValueDescription || JSON.stringify(argument.defaultValue)]
          : [],
      );
      return join(argument.description, info);
    },
  };
}
