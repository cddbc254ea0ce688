import { maxOf } from '../../collections/append.js';
import type { Language } from '../../findings/finding.js';
import { formatFindings } from '../../findings/format.js';
import { writeDocument } from '../../io/write.js';
import { cliWords } from '../../locales/words.js';
import { type Document, FORMAT_VERSION } from '../../model/document.js';
import { LEVEL_INFO, LEVELS } from '../../model/levels.js';
import type { Template } from '../../model/template.js';
import { readAnyDocument, writeWorkbookBytes } from '../../node/files.js';
import { safeBackcast } from '../../templates/backcast.js';
import { safeInstantiate } from '../../templates/instantiate.js';
import { NATIONAL_TEMPLATES } from '../../templates/national.js';
import { createTemplateRegistry, type TemplateRegistry } from '../../templates/registry.js';
import { isTrackId, TRACKS } from '../../templates/tracks.js';
import { type CliIo, EXIT, UsageError } from '../io.js';
import { parseChoice, parseLanguage } from '../options.js';
import { endingOf, writeOutput } from '../output.js';

/** Options shared by the templates subcommands. */
export interface TemplatesOptions {
  readonly lang?: string;
  /** A document whose own `templates:` are listed beside the national ones. */
  readonly from?: string;
}

async function registryFor(options: TemplatesOptions, io: CliIo): Promise<TemplateRegistry> {
  const registry = createTemplateRegistry();
  const from = options.from;
  if (!from) return registry;
  const read = await readAnyDocument(from, { cwd: io.cwd });
  if (!read.ok) throw new UsageError((w) => w.cannotRead('templates', from, formatFindings(read.findings)));
  const refused = registry.registerDocument(read.value);
  if (refused.length) io.stderr(`${formatFindings(refused)}\n`);
  return registry;
}

const name = (t: Template, lang: Language) => (lang === 'en' && t.nameEn ? t.nameEn : t.name);
const track = (t: Template, lang: Language) =>
  t.track && isTrackId(t.track) ? TRACKS[t.track][lang] : (t.track ?? cliWords(lang).ownTrack);

/** `effektkedja templates list`. */
export async function templatesList(options: TemplatesOptions, io: CliIo): Promise<number> {
  const lang = parseLanguage(options.lang);
  const registry = await registryFor(options, io);
  const rows = registry.list().map((t) => [t.id, track(t, lang), name(t, lang)]);
  const width = [0, 1].map((i) =>
    maxOf(
      rows.map((r) => r[i]?.length ?? 0),
      0,
    ),
  );
  io.stdout(
    `${rows.map((r) => `${r[0]?.padEnd(width[0] ?? 0)}  ${r[1]?.padEnd(width[1] ?? 0)}  ${r[2]}`).join('\n')}\n`,
  );
  return EXIT.ok;
}

/** `effektkedja templates show <id>`: the chain level by level, with the mandatory indicators. */
export async function templatesShow(id: string, options: TemplatesOptions, io: CliIo): Promise<number> {
  const lang = parseLanguage(options.lang);
  const registry = await registryFor(options, io);
  const t = registry.get(id);
  if (!t) throw unknownTemplate(id, registry);
  const w = cliWords(lang);
  const lines = [`${name(t, lang)} (${t.id})`, `${w.track}: ${track(t, lang)}`];
  if (t.description) lines.push('', t.description);
  for (const level of LEVELS) {
    const boxes = t.boxes.filter((b) => b.level === level);
    if (!boxes.length) continue;
    lines.push('', `${LEVEL_INFO[level][lang]}:`);
    for (const b of boxes) {
      const text = lang === 'en' && b.textEn ? b.textEn : b.text;
      lines.push(`  - ${text}${b.placeholder ? ` (${w.fillIn})` : ''}`);
      for (const i of b.indicators ?? []) {
        const mandatory = i.mandatory ? `, ${w.mandatory}` : '';
        lines.push(
          `      ${w.indicator}: ${lang === 'en' && i.nameEn ? i.nameEn : i.name} [${i.kind}${i.unit ? `, ${i.unit}` : ''}${mandatory}]`,
        );
      }
    }
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** Options of `effektkedja templates new`. */
export interface TemplatesNewOptions extends TemplatesOptions {
  readonly id?: string;
  readonly name?: string;
  readonly kind?: string;
  readonly region?: string;
  readonly output?: string;
  readonly format?: string;
  /** Plan backwards from this goal of the strategy in `from`. */
  readonly fromGoal?: string;
}

/** `effektkedja templates new <template>`: a new document with one plan from the template, to fill in. */
export async function templatesNew(
  templateId: string,
  options: TemplatesNewOptions,
  io: CliIo,
): Promise<number> {
  const lang = parseLanguage(options.lang);
  const kind = parseChoice('--kind', options.kind, ['insatsplan', 'projekt', 'verksamhet'] as const);
  const registry = await registryFor(options, io);
  const t = registry.get(templateId);
  if (!t) throw unknownTemplate(templateId, registry);
  const planId = options.id ?? 'ny-plan';
  const made = {
    planId,
    name: options.name ?? cliWords(lang).newPlan(name(t, lang)),
    language: lang,
    ...(kind ? { kind } : {}),
  } as const;
  const plan =
    options.fromGoal === undefined
      ? safeInstantiate(t, made)
      : await backcastFrom(options, options.fromGoal, t, made, io);
  if (!plan.ok) {
    io.stderr(`${formatFindings(plan.findings, { language: lang })}\n`);
    return EXIT.usage;
  }
  const document: Document = {
    formatVersion: FORMAT_VERSION,
    ...(options.region ? { region: options.region } : {}),
    plans: [plan.value],
    // A region's own template travels with the plan; a national one is known by id.
    ...(NATIONAL_TEMPLATES.some((n) => n.id === t.id) ? {} : { templates: [t] }),
  };
  const out = options.output;
  const format =
    parseChoice('--format', options.format, ['yaml', 'json', 'xlsx'] as const) ??
    (out && endingOf(out) === 'json' ? 'json' : out && endingOf(out) === 'xlsx' ? 'xlsx' : 'yaml');
  if (format === 'xlsx') {
    // A workbook to fill in by hand in Excel: the same plan, sheet by sheet (docs/spreadsheet.md).
    if (out === undefined || out === '-') throw new UsageError((w) => w.needsFile('xlsx', 'plan.xlsx'));
    const written = await writeWorkbookBytes(document);
    if (written.findings.length) io.stderr(`${formatFindings(written.findings, { language: lang })}\n`);
    await writeOutput(io, out, written.bytes);
    return EXIT.ok;
  }
  const header = format === 'yaml' ? cliWords(lang).newHeader(t.id) : '';
  await writeOutput(io, out, header + writeDocument(document, { format }));
  return EXIT.ok;
}

// Backcasting needs the strategy the goal belongs to: the document given with --from.
async function backcastFrom(
  options: TemplatesNewOptions,
  goal: string,
  t: Template,
  made: Parameters<typeof safeBackcast>[3],
  io: CliIo,
) {
  const from = options.from;
  if (!from) throw new UsageError((w) => w.fromGoalNeedsFrom);
  const read = await readAnyDocument(from, { cwd: io.cwd });
  if (!read.ok) throw new UsageError((w) => w.cannotRead('strategy', from, formatFindings(read.findings)));
  return safeBackcast(read.value, goal, t, made);
}

function unknownTemplate(id: string, registry: TemplateRegistry): UsageError {
  const known = registry.list().map((t) => t.id);
  return new UsageError((w) => w.noTemplate(id, known));
}
