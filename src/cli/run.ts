import { Command, CommanderError } from 'commander';
import { EffektkedjaError } from '../findings/error.js';
import type { Language } from '../findings/finding.js';
import { cliWords } from '../locales/words.js';
import { type CliIo, EXIT, UsageError } from './io.js';
import { cliLanguage } from './language.js';
import { defineCalendar } from './program/calendar.js';
import { helpConfiguration, type ProgramContext } from './program/context.js';
import { defineConvert } from './program/convert.js';
import { defineDiagram } from './program/diagram.js';
import { defineReport } from './program/report.js';
import { defineSchema } from './program/schema.js';
import { defineTemplates } from './program/templates.js';
import { defineValidate } from './program/validate.js';
import { VERSION } from './version.js';

/** Builds the command tree, its help in the CLI's language. Each action stores its exit code in `result`. */
function program(io: CliIo, result: { code: number }, lang: Language): Command {
  const words = cliWords(lang);
  const help = words.help;
  // Set on the root before the commands are made: each command inherits them.
  const root = new Command('effektkedja')
    .description(help.root.description)
    .version(VERSION, '-v, --version', help.version)
    .helpOption('-h, --help', help.helpOption)
    .helpCommand('help [command]', help.helpCommand)
    .configureHelp(helpConfiguration(help))
    .showHelpAfterError(help.afterError)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(words.usage.commander(text)),
    })
    .exitOverride();
  const context: ProgramContext = { io, result, help };
  defineValidate(root, context);
  defineReport(root, context);
  defineCalendar(root, context);
  defineConvert(root, context);
  defineDiagram(root, context);
  defineTemplates(root, context);
  defineSchema(root, context);
  return root;
}

/**
 * Runs the CLI on arguments (without `node` and the script name) and returns
 * the exit code. User errors become one plain line on stderr; only a bug in
 * the library itself shows a stack trace, and then with a plea to report it.
 * Help and usage errors are in the language `cliLanguage` picks from the
 * arguments and the environment.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const result = { code: EXIT.ok as number };
  const lang = cliLanguage(argv, io.env);
  const root = program(io, result, lang);
  if (argv.length === 0) {
    root.outputHelp();
    return EXIT.usage;
  }
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (error) {
    return failed(error, lang, io);
  }
}

function failed(error: unknown, lang: Language, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version are not errors; everything else commander reports is a usage error.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`effektkedja: ${error.say(lang)}\n`);
    return error.exitCode;
  }
  if (error instanceof EffektkedjaError) {
    io.stderr(`effektkedja: ${error.message}\n`);
    return EXIT.findings;
  }
  io.stderr(
    `effektkedja: ${cliWords(lang).usage.internalError}\n${
      error instanceof Error ? (error.stack ?? error.message) : String(error)
    }\n`,
  );
  return 70;
}
