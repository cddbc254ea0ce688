import type { cliCodes } from '../../findings/catalog/cli.js';
import type { CliWords } from '../cli-words.js';
import { type MessageTable, q } from '../message.js';

/** sv messages of the cli module. */
export const svCli: MessageTable<keyof typeof cliCodes> = {};

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The CLI's own words in Swedish. */
export const svCliWords: CliWords = {
  summary: (s) =>
    `${n(s.files, 'fil', 'filer')}, ${n(s.plans, 'plan', 'planer')}: ${s.errors} fel, ${n(s.warnings, 'varning', 'varningar')}, ${s.infos} info`,
  tooManyWarnings: (found, max) => `För många varningar: ${found} (högst ${max}).`,
  strategyMissing: '--strategy: filerna har ingen strategi; ge regionens strategifil också.',
  noDiagramsHint: 'en rapport utan diagram går att skriva med --no-diagrams.',
  slugRenamed: (region, slug, name) =>
    `rapportfilerna för regionen ${q(region)} får namnet ${q(name)}, eftersom ${q(slug)} redan används av en annan region.`,
  track: 'Spår',
  ownTrack: 'eget',
  fillIn: 'fyll i',
  indicator: 'indikator',
  mandatory: 'obligatorisk',
  newPlan: (template) => `Ny plan: ${template}`,
  newHeader: (id) =>
    `# Ny plan från mallen ${id}. Fyll i rutorna markerade placeholder: true, mål och målvärden,\n# och koppla planen till strategins mål (goalLinks). Kontrollera med: effektkedja validate <fil>\n`,
  progressFiles: 'filer lästa',
  progressPlans: 'planer kontrollerade',
};
