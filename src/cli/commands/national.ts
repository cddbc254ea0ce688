import type { Language } from '../../findings/finding.js';
import { formatFindings } from '../../findings/format.js';
import { nationalExport, nationalWords } from '../../followup/national-export.js';
import { loadRegionSets } from '../../node/files.js';
import { writeTableWorkbook } from '../../node/spreadsheet/write.js';
import { NATIONAL_TEMPLATES } from '../../templates/national.js';
import { tableToCsv } from '../../text/table.js';
import { type CliIo, EXIT, UsageError } from '../io.js';
import { parseLanguage } from '../options.js';
import { checkOutputFile, endingOf, writeOutput } from '../output.js';
import { pseudonymizeFor } from '../pseudonymize.js';
import { parseAsOf, parseDialect, regionSlugs, withRegion } from './report.js';

/** Options of `effektkedja report --national`. */
export interface NationalCommandOptions {
  readonly output?: string;
  readonly csvDialect?: string;
  readonly lang?: string;
  readonly asOf?: string;
  readonly pseudonymize?: boolean;
  /** Options of the report that the export has no use for: refused, never ignored. */
  readonly csv?: string;
  readonly for?: string;
}

/**
 * `effektkedja report --national <paths…>`: the export for the national follow-up of
 * each region's portfolio, as CSV (stdout or .csv) or .xlsx; see docs/followup.md.
 */
export async function nationalCommand(
  paths: readonly string[],
  options: NationalCommandOptions,
  io: CliIo,
): Promise<number> {
  const lang: Language = parseLanguage(options.lang);
  const w = nationalWords(lang);
  if (options.csv !== undefined) throw new UsageError(w.usage.notWith('--csv'));
  if (options.for !== undefined) throw new UsageError(w.usage.notWith('--for'));
  const out = options.output;
  const form = out === undefined || out === '-' ? 'csv' : endingOf(out);
  if (form !== 'csv' && form !== 'xlsx') throw new UsageError(w.usage.ending(out ?? ''));
  const asOf = parseAsOf(options.asOf);
  const dialect = parseDialect(options.csvDialect, lang);
  await checkOutputFile(out);
  const loaded = await loadRegionSets(paths, { cwd: io.cwd });
  if (loaded.findings.length) io.stderr(`${formatFindings(loaded.findings, { language: lang })}\n`);
  if (loaded.sets.length === 0) return EXIT.usage;
  if (loaded.sets.length > 1 && (out === undefined || out === '-'))
    throw new UsageError(w.usage.manyRegions(loaded.sets.length));
  const slugs = regionSlugs(loaded.sets.map((s) => s.region));
  let errors = loaded.findings.some((f) => f.severity === 'error');
  for (const { region, set } of loaded.sets) {
    // The same pseudonymisation as every report: personnummer are hashed before any row is built.
    const document = options.pseudonymize ? pseudonymizeFor(io, set.document) : set.document;
    const table = nationalExport(document, { lang, asOf, templates: NATIONAL_TEMPLATES });
    const target = loaded.sets.length > 1 && out ? withRegion(out, slugs.of.get(region) ?? 'region') : out;
    if (form === 'xlsx') {
      const written = await writeTableWorkbook(table, { sheet: w.sheet });
      if (written.findings.length) {
        io.stderr(`${formatFindings(written.findings, { language: lang })}\n`);
        errors ||= written.findings.some((f) => f.severity === 'error');
      }
      await writeOutput(io, target, written.bytes);
    } else await writeOutput(io, target, tableToCsv(table, dialect));
  }
  if (loaded.findings.some((f) => f.code === 'FILE_UNREADABLE')) return EXIT.usage;
  return errors ? EXIT.findings : EXIT.ok;
}
