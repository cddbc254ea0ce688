import { basename, dirname, extname, join } from 'node:path';
import { withClaims } from '../../contribution/tables.js';
import type { Language } from '../../findings/finding.js';
import { formatFindings } from '../../findings/format.js';
import { buildReport, type FollowupReport } from '../../followup/report.js';
import { splitSynthesisTable } from '../../followup/splits.js';
import { coverageTable, rollupTable, statusTable, synthesisTable } from '../../followup/tables.js';
import { cliWords } from '../../locales/words.js';
import { DRAW_SCRIPT } from '../../mermaid/draw-script.js';
import { toMermaid } from '../../mermaid/export.js';
import { ZOOM_SCRIPT, zoomWords } from '../../mermaid/zoom-script.js';
import type { Document } from '../../model/document.js';
import type { Plan } from '../../model/plan.js';
import { Period } from '../../model/time.js';
import { loadRegionSets } from '../../node/files.js';
import { loadMermaidScript, loadPanzoomScript } from '../../node/mermaid-render.js';
import { htmlToPdf } from '../../node/pdf.js';
import { participantListTable, sharedParticipantsTable } from '../../participants/tables.js';
import { NATIONAL_TEMPLATES } from '../../templates/national.js';
import { CSV_DIALECTS, type CsvDialect, tableToCsv } from '../../text/table.js';
import { type CliIo, EXIT, UsageError } from '../io.js';
import { parseJobs, parseLanguage } from '../options.js';
import { checkOutputFile, endingOf, makeOutputFolder, writeOutput } from '../output.js';
import { chromiumForPdf } from '../pdf.js';
import { readOptions, startWorkProgress } from '../progress.js';
import { pseudonymizeFor } from '../pseudonymize.js';
import { meetingCommand } from './meeting.js';

/** Options of `effektkedja report`. */
export interface ReportCommandOptions {
  readonly output?: string;
  readonly csv?: string;
  /** `excel-sv` (semicolons, decimal comma, byte-order mark) or `rfc4180`; by default excel-sv for Swedish. */
  readonly csvDialect?: string;
  readonly lang?: string;
  readonly jobs?: string;
  readonly asOf?: string;
  readonly diagrams?: boolean;
  /** `--for <body>`: the report for a meeting of that body of the årshjul instead. */
  readonly for?: string;
  readonly pseudonymize?: boolean;
}

// Renders every `pre.mermaid` block of the report once the page has loaded, offline, as the diagram
// pages do, each with pan and zoom and a full-size view on click.
const render = (lang: Language) =>
  `;${DRAW_SCRIPT};${ZOOM_SCRIPT};effektkedjaDrawAll(${JSON.stringify(zoomWords(lang))});`;

/** The file name of mermaid's bundle written once beside reports that share it (one per region). */
export const SHARED_MERMAID = 'mermaid.min.js';

/** `effektkedja report <paths…>`: the follow-up report of each region, as Markdown, HTML or an A4 PDF, and CSV tables. */
export async function reportCommand(
  paths: readonly string[],
  options: ReportCommandOptions,
  io: CliIo,
): Promise<number> {
  if (options.for !== undefined) return meetingCommand(paths, { ...options, for: options.for }, io);
  const lang: Language = parseLanguage(options.lang);
  const out = options.output;
  const form = out === undefined || out === '-' ? 'md' : endingOf(out);
  if (form !== 'md' && form !== 'html' && form !== 'pdf') {
    throw new UsageError((w) => w.ending('report', out));
  }
  const asOf = parseAsOf(options.asOf);
  // No Chromium: say so before any work is done.
  const chromium = form === 'pdf' ? chromiumForPdf(io) : undefined;
  await checkOutputFile(out);
  if (options.csv !== undefined) await makeOutputFolder(options.csv);
  const dialect = parseDialect(options.csvDialect, lang);
  const progress = startWorkProgress(io, lang);
  const loaded = await loadRegionSets(paths, readOptions(io, parseJobs(options.jobs), progress)).finally(
    progress.done,
  );
  if (loaded.files.length === 0) throw new UsageError((w) => w.noDocumentsIn(paths));
  if (loaded.findings.length) io.stderr(`${formatFindings(loaded.findings, { language: lang })}\n`);
  // Files that could not be read at all make it a usage problem (as in validate); other errors in
  // them make the exit code 1 even though the report of the rest is written.
  const unreadable = loaded.findings.some((f) => f.code === 'FILE_UNREADABLE');
  // No document could be read at all: there is nothing to report.
  if (loaded.sets.length === 0) return EXIT.usage;
  const many = loaded.sets.length > 1;
  if (many && (out === undefined || out === '-')) {
    const count = loaded.sets.length;
    throw new UsageError((w) => w.manyRegions('report', count, form));
  }
  const scripts =
    form !== 'md' && options.diagrams !== false ? await diagramScripts(io, lang, form, many, out) : {};
  if (typeof scripts === 'number') return scripts;

  let errors = loaded.findings.some((f) => f.severity === 'error');
  const slugs = regionSlugs(loaded.sets.map((s) => s.region));
  for (const [region, from] of slugs.renamed) {
    io.stderr(`effektkedja: ${cliWords(lang).slugRenamed(region, from, slugs.of.get(region) ?? '')}\n`);
  }
  for (const { region, set } of loaded.sets) {
    const name = slugs.of.get(region) ?? 'region';
    const document = options.pseudonymize ? pseudonymizeFor(io, set.document) : set.document;
    const report = buildReport(document, {
      lang,
      templates: NATIONAL_TEMPLATES,
      validation: { locate: (f) => set.locate(f) },
      asOf,
      ...(options.diagrams !== false ? { diagrams: planDiagram(document, lang) } : {}),
      ...scripts,
    });
    errors ||= !report.validation.summary.ok;
    const target = many && out ? withRegion(out, name) : out;
    if (!(await writeReportFile(io, report, form, target, lang, chromium))) return EXIT.usage;
    if (options.csv) {
      const dir = many ? join(options.csv, name) : options.csv;
      await writeCsvTables(io, dir, report, document, lang, dialect);
    }
  }
  if (unreadable) return EXIT.usage;
  return errors ? EXIT.findings : EXIT.ok;
}

/**
 * The script an HTML or PDF report draws its diagrams with: mermaid and panzoom inlined, or, for
 * several HTML reports side by side, panzoom inlined and mermaid (~3 MB) written once beside them
 * as a file they share. The usage exit code, after saying why, when a bundle cannot be read.
 */
async function diagramScripts(
  io: CliIo,
  lang: Language,
  form: 'html' | 'pdf',
  many: boolean,
  out: string | undefined,
): Promise<{ script: string; scriptFiles?: string[] } | number> {
  const mermaid = loadMermaidScript();
  const panzoom = loadPanzoomScript();
  for (const bundle of [mermaid, panzoom]) {
    if (bundle.ok) continue;
    io.stderr(`${formatFindings(bundle.findings, { language: lang })}\n`);
    io.stderr(`effektkedja: ${cliWords(lang).noDiagramsHint}\n`);
    return EXIT.usage;
  }
  if (!mermaid.ok || !panzoom.ok) return EXIT.usage;
  if (form === 'html' && many && out) {
    const shared = join(dirname(out), SHARED_MERMAID);
    await checkOutputFile(shared);
    await writeOutput(io, shared, mermaid.value);
    return { script: `${panzoom.value};${render(lang)}`, scriptFiles: [SHARED_MERMAID] };
  }
  return { script: `${mermaid.value};${panzoom.value};${render(lang)}` };
}

/** Writes the report in its form (Markdown, HTML or PDF); false, after saying why, when Chromium could not print it. */
async function writeReportFile(
  io: CliIo,
  report: FollowupReport,
  form: 'md' | 'html' | 'pdf',
  target: string | undefined,
  lang: Language,
  chromium: string | undefined,
): Promise<boolean> {
  if (form === 'pdf') {
    // The HTML report printed by Chromium: A4, each plan on a new page (the report's print style).
    const pdf = await htmlToPdf(report.html, { lang, ...(chromium ? { executablePath: chromium } : {}) });
    if (!pdf.ok) {
      io.stderr(`${formatFindings(pdf.findings, { language: lang })}\n`);
      return false;
    }
    await writeOutput(io, target, pdf.value);
  } else await writeOutput(io, target, form === 'html' ? report.html : report.markdown);
  return true;
}

/** Each plan's diagram in the report, as `diagram --plan <id> --strategy` draws it: with the goals the plan serves. */
function planDiagram(document: Document, lang: Language): (plan: Plan) => string {
  return (plan) =>
    toMermaid(document, {
      plan: plan.id,
      lang,
      templates: NATIONAL_TEMPLATES,
      strategy: document.strategy !== undefined,
    });
}

/** The CSV tables of one region's report, each a file in `dir`. */
async function writeCsvTables(
  io: CliIo,
  dir: string,
  report: FollowupReport,
  document: Document,
  lang: Language,
  dialect: CsvDialect,
): Promise<void> {
  await makeOutputFolder(dir);
  const participants = participantListTable(document, lang);
  const tables = {
    // As the report shows it: with each indicator's data class and claim.
    'status.csv': withClaims(statusTable(report.status.plans, lang), report.status.plans, lang, document),
    'syntes.csv': synthesisTable(report.synthesis.rows, lang),
    'rollups.csv': rollupTable(report.synthesis.rollups, lang),
    'tackning.csv': coverageTable(report.coverage, lang),
    // Only a region whose latest measurements are split gets the split synthesis.
    ...(report.splitSynthesis.length
      ? { 'uppdelning.csv': splitSynthesisTable(report.splitSynthesis, lang, document) }
      : {}),
    // Only a region with participant lists gets their tables.
    ...(participants.rows.length
      ? {
          'deltagare.csv': participants,
          'deltagare-flera-planer.csv': sharedParticipantsTable(report.synthesis.participants, lang),
        }
      : {}),
  };
  for (const [name, table] of Object.entries(tables))
    await writeOutput(io, join(dir, name), tableToCsv(table, dialect));
}

/** `--csv-dialect`: what the CSV files are for; Swedish reports go to Swedish Excel by default. */
export function parseDialect(value: string | undefined, lang: Language): CsvDialect {
  if (value === undefined) return lang === 'sv' ? 'excel-sv' : 'rfc4180';
  if ((CSV_DIALECTS as readonly string[]).includes(value)) return value as CsvDialect;
  throw new UsageError((w) => w.eitherOf('--csv-dialect', CSV_DIALECTS, value));
}

/**
 * `--as-of`: a year, quarter, half, month or date that exists (2025, 2025-Q2, 2025-06-30; not
 * 2025-13-45). Without it, today (UTC): a report is judged at the day it is made, so a target
 * whose year has passed unmeasured shows as missed.
 */
export function parseAsOf(value: string | undefined): Period {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const parsed = Period.safeParse(/^\d{4}$/.test(value) ? Number(value) : value);
  if (!parsed.success) {
    throw new UsageError((w) => w.period('--as-of', ['2025', '2025-Q2', '2025-06', '2025-06-30'], value));
  }
  return parsed.data;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'region'
  );
}

/**
 * The file-name part of each region. Names that fold to the same slug (`Region Å`,
 * `Region A`, `Region: A!`) get `-2`, `-3` … in the order the regions are listed,
 * so no report is written over another; `renamed` lists those regions with the
 * slug they would have had.
 */
export function regionSlugs(regions: readonly (string | undefined)[]): {
  readonly of: ReadonlyMap<string | undefined, string>;
  readonly renamed: readonly (readonly [string, string])[];
} {
  const of = new Map<string | undefined, string>();
  const renamed: [string, string][] = [];
  const taken = new Set<string>();
  for (const region of regions) {
    if (of.has(region)) continue;
    const base = slug(region ?? 'utan-region');
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    of.set(region, name);
    if (name !== base) renamed.push([region ?? 'utan-region', base]);
  }
  return { of, renamed };
}

export function withRegion(out: string, name: string): string {
  const ext = extname(out);
  return join(out.slice(0, out.length - basename(out).length), `${basename(out, ext)}-${name}${ext}`);
}
