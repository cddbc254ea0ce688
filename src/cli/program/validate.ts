import { type Command, Option } from 'commander';
import { validateCommand } from '../commands/validate.js';
import { collect, langOption, type ProgramContext, withJobsAndExample } from './context.js';

/** `effektkedja validate <paths…>`. */
export function defineValidate(root: Command, { io, result, help }: ProgramContext): void {
  const h = help.validate;
  const command = root
    .command('validate')
    .description(h.description)
    .argument('<paths...>', h.arguments.paths)
    .addOption(
      new Option('-f, --format <format>', h.options.format).choices(['text', 'json']).default('text'),
    )
    .addOption(langOption(h.options.lang))
    .option('--max-warnings <n>', h.options.maxWarnings)
    .option('--disable <code-or-rule>', h.options.disable, collect)
    .option('--severity <CODE=level>', h.options.severity, collect)
    .option('--no-hints', h.options.hints)
    .option('--as-of <period>', h.options.asOf);
  withJobsAndExample(command, help, h.example).action(async (paths: string[], opts) => {
    result.code = await validateCommand(paths, opts, io);
  });
}
