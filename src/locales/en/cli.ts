import type { cliCodes } from '../../findings/catalog/cli.js';
import type { CliWords } from '../cli-words.js';
import { type MessageTable, q } from '../message.js';

/** en messages of the cli module. */
export const enCli: MessageTable<keyof typeof cliCodes> = {};

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The CLI's own words in English. */
export const enCliWords: CliWords = {
  summary: (s) =>
    `${n(s.files, 'file', 'files')}, ${n(s.plans, 'plan', 'plans')}: ${n(s.errors, 'error', 'errors')}, ${n(s.warnings, 'warning', 'warnings')}, ${s.infos} info`,
  tooManyWarnings: (found, max) => `Too many warnings: ${found} (at most ${max}).`,
  strategyMissing: "--strategy: the files hold no strategy; give the region's strategy file too.",
  noDiagramsHint: 'a report without diagrams can be written with --no-diagrams.',
  slugRenamed: (region, slug, name) =>
    `the report files of the region ${q(region)} are named ${q(name)}, since ${q(slug)} is taken by another region.`,
  track: 'Track',
  ownTrack: 'own',
  fillIn: 'fill in',
  indicator: 'indicator',
  mandatory: 'mandatory',
  newPlan: (template) => `New plan: ${template}`,
  newHeader: (id) =>
    `# New plan from the template ${id}. Fill in the boxes marked placeholder: true, targets,\n# and link the plan to the strategy's goals (goalLinks). Check with: effektkedja validate <file>\n`,
  progressFiles: 'files read',
  progressPlans: 'plans validated',
};
