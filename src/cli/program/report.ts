import type { Command } from 'commander';
import { nationalCommand } from '../commands/national.js';
import { reportCommand } from '../commands/report.js';
import { langOption, type ProgramContext, withJobsAndExample } from './context.js';

/** `effektkedja report <paths…>`, with `--for` (a meeting's report) and `--national` (the export). */
export function defineReport(root: Command, { io, result, help }: ProgramContext): void {
  const h = help.report;
  const command = root
    .command('report')
    .description(h.description)
    .argument('<paths...>', h.arguments.paths)
    .option('-o, --output <file>', h.options.output)
    .option('--csv <folder>', h.options.csv)
    .option('--csv-dialect <dialect>', h.options.csvDialect)
    .addOption(langOption(h.options.lang))
    .option('--as-of <period>', h.options.asOf)
    .option('--no-diagrams', h.options.diagrams)
    .option('--for <body>', h.options.for)
    .option('--pseudonymize', h.options.pseudonymize)
    .option('--national', h.options.national);
  withJobsAndExample(command, help, h.example).action(async (paths: string[], opts) => {
    result.code = opts.national
      ? await nationalCommand(paths, opts, io)
      : await reportCommand(paths, opts, io);
  });
}
