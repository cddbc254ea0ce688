import type { Command } from 'commander';
import { calendarCommand } from '../commands/calendar.js';
import { langOption, type ProgramContext, withJobsAndExample } from './context.js';

/** `effektkedja calendar <paths…>`. */
export function defineCalendar(root: Command, { io, result, help }: ProgramContext): void {
  const h = help.calendar;
  const command = root
    .command('calendar')
    .description(h.description)
    .argument('<paths...>', h.arguments.paths)
    .option('--from <date>', h.options.from)
    .option('--to <date>', h.options.to)
    .addOption(langOption(h.options.lang))
    .option('-o, --output <file>', h.options.output);
  withJobsAndExample(command, help, h.example).action(async (paths: string[], opts) => {
    result.code = await calendarCommand(paths, opts, io);
  });
}
