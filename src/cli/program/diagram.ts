import { type Command, Option } from 'commander';
import { diagramCommand } from '../commands/diagram.js';
import { langOption, type ProgramContext, withJobsAndExample } from './context.js';

/** `effektkedja diagram <paths…>`. */
export function defineDiagram(root: Command, { io, result, help }: ProgramContext): void {
  const h = help.diagram;
  const command = root
    .command('diagram')
    .description(h.description)
    .argument('<paths...>', h.arguments.paths)
    .option('-o, --output <file>', h.options.output)
    .option('-p, --plan <id>', h.options.plan)
    .addOption(new Option('--view <view>', h.options.view).choices(['plan', 'portfolio', 'template']))
    .option('-t, --template <id>', h.options.template)
    .addOption(new Option('-d, --direction <dir>', h.options.direction).choices(['LR', 'TB']))
    .addOption(langOption(h.options.lang))
    .option('--strategy', h.options.strategy)
    .option('--no-strategy', h.options.noStrategy)
    .option('--indicators', h.options.indicators)
    .option('--assumptions', h.options.assumptions)
    .option('--findings', h.options.findings)
    .option('--wrap <n>', h.options.wrap)
    .option('--collapse <levels>', h.options.collapse);
  withJobsAndExample(command, help, h.example).action(async (paths: string[], opts) => {
    result.code = await diagramCommand(paths, opts, io);
  });
}
