import { formatFindings } from '../../findings/format.js';
import { arshjulBodies, buildMeetingReport } from '../../followup/meeting.js';
import { loadRegionSets } from '../../node/files.js';
import { htmlToPdf } from '../../node/pdf.js';
import { type CliIo, EXIT, UsageError } from '../io.js';
import { parseJobs, parseLanguage, parsePeriodOption } from '../options.js';
import { checkOutputFile, endingOf, writeOutput } from '../output.js';
import { chromiumForPdf } from '../pdf.js';
import { readOptions, startWorkProgress } from '../progress.js';

/** Options of `effektkedja report --for`. */
export interface MeetingCommandOptions {
  readonly for: string;
  readonly asOf?: string;
  readonly lang?: string;
  readonly jobs?: string;
  readonly output?: string;
}

/**
 * `effektkedja report --for <body> --as-of <date>`: the report for a meeting of a body of the
 * årshjul, as Markdown, HTML or an A4 PDF (by the ending of `-o`, as `report`).
 */
export async function meetingCommand(
  paths: readonly string[],
  options: MeetingCommandOptions,
  io: CliIo,
): Promise<number> {
  const lang = parseLanguage(options.lang);
  const asOf = parsePeriodOption('--as-of', options.asOf);
  if (asOf === undefined) throw new UsageError((w) => w.forNeedsAsOf);
  const out = options.output;
  const form = out === undefined || out === '-' ? 'md' : endingOf(out);
  if (form !== 'md' && form !== 'html' && form !== 'pdf')
    throw new UsageError((w) => w.ending('meeting', out));
  // No Chromium: say so before any work is done.
  const chromium = form === 'pdf' ? chromiumForPdf(io) : undefined;
  await checkOutputFile(out);
  const progress = startWorkProgress(io, lang);
  const loaded = await loadRegionSets(paths, readOptions(io, parseJobs(options.jobs), progress)).finally(
    progress.done,
  );
  if (loaded.files.length === 0) throw new UsageError((w) => w.noDocumentsIn(paths));
  if (loaded.findings.length) io.stderr(`${formatFindings(loaded.findings, { language: lang })}\n`);
  if (loaded.sets.length === 0) return EXIT.usage;
  if (loaded.sets.length > 1) throw new UsageError((w) => w.manyRegions('meeting', loaded.sets.length, form));
  const document = loaded.sets[0]!.set.document;
  const bodies = arshjulBodies(document);
  if (!bodies.includes(options.for)) {
    const body = options.for;
    throw new UsageError((w) => (bodies.length ? w.noBody(body, bodies) : w.noArshjul));
  }
  const report = buildMeetingReport(document, { body: options.for, asOf, lang });
  if (form === 'pdf') {
    // The HTML page printed by Chromium on A4, as `report -o x.pdf` is.
    const pdf = await htmlToPdf(report.html, { lang, ...(chromium ? { executablePath: chromium } : {}) });
    if (!pdf.ok) {
      io.stderr(`${formatFindings(pdf.findings, { language: lang })}\n`);
      return EXIT.usage;
    }
    await writeOutput(io, out, pdf.value);
  } else await writeOutput(io, out, form === 'html' ? report.html : report.markdown);
  return loaded.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}
