import { type Command, Option } from 'commander';
import { convertCommand } from '../commands/convert.js';
import { example, langOption, type ProgramContext } from './context.js';

/** `effektkedja convert <in> <out>`. */
export function defineConvert(root: Command, { io, result, help }: ProgramContext): void {
  const h = help.convert;
  root
    .command('convert')
    .description(h.description)
    .argument('<in>', h.arguments.in)
    .argument('<out>', h.arguments.out)
    .addOption(new Option('--to <format>', h.options.to).choices(['yaml', 'json', 'xlsx']))
    .addOption(langOption(h.options.lang))
    .option('--pseudonymize', h.options.pseudonymize)
    .addHelpText('after', example(help, h.example))
    .action(async (input: string, output: string, opts) => {
      result.code = await convertCommand(input, output, opts, io);
    });
}
