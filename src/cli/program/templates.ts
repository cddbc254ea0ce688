import { type Command, Option } from 'commander';
import { templatesList, templatesNew, templatesShow } from '../commands/templates.js';
import { example, langOption, type ProgramContext } from './context.js';

/** `effektkedja templates list|show|new`. */
export function defineTemplates(root: Command, context: ProgramContext): void {
  const { help } = context;
  const templates = root
    .command('templates')
    .description(help.templates.description)
    .addHelpText('after', example(help, help.templates.example));
  defineList(templates, context);
  defineShow(templates, context);
  defineNew(templates, context);
}

function defineList(templates: Command, { io, result, help }: ProgramContext): void {
  const h = help.templatesList;
  templates
    .command('list')
    .description(h.description)
    .addOption(langOption(h.options.lang))
    .option('--from <file>', h.options.from)
    .addHelpText('after', example(help, h.example))
    .action(async (opts) => {
      result.code = await templatesList(opts, io);
    });
}

function defineShow(templates: Command, { io, result, help }: ProgramContext): void {
  const h = help.templatesShow;
  templates
    .command('show')
    .description(h.description)
    .argument('<id>', h.arguments.id)
    .addOption(langOption(h.options.lang))
    .option('--from <file>', h.options.from)
    .addHelpText('after', example(help, h.example))
    .action(async (id: string, opts) => {
      result.code = await templatesShow(id, opts, io);
    });
}

function defineNew(templates: Command, { io, result, help }: ProgramContext): void {
  const h = help.templatesNew;
  templates
    .command('new')
    .description(h.description)
    .argument('<template>', h.arguments.template)
    .option('--id <id>', h.options.id, 'ny-plan')
    .option('--name <name>', h.options.name)
    .addOption(new Option('--kind <kind>', h.options.kind).choices(['insatsplan', 'projekt', 'verksamhet']))
    .option('--region <region>', h.options.region)
    .option('-o, --output <file>', h.options.output)
    .addOption(new Option('--format <format>', h.options.format).choices(['yaml', 'json', 'xlsx']))
    .addOption(langOption(h.options.lang))
    .option('--from <file>', h.options.from)
    .option('--from-goal <goal-id>', h.options.fromGoal)
    .addHelpText('after', example(help, h.example))
    .action(async (template: string, opts) => {
      result.code = await templatesNew(template, opts, io);
    });
}
