import type { Command } from 'commander';
import { schemaCommand } from '../commands/schema.js';
import { example, type ProgramContext } from './context.js';

/** `effektkedja schema [--report]`. */
export function defineSchema(root: Command, { io, result, help }: ProgramContext): void {
  const h = help.schema;
  root
    .command('schema')
    .description(h.description)
    .option('--report', h.options.report)
    .addHelpText('after', example(help, h.example))
    .action((opts) => {
      result.code = schemaCommand(opts, io);
    });
}
