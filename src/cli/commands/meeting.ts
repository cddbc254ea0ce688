import { formatFindings } from '../../findings/format.js';
import { arshjulBodies, buildMeetingReport } from '../../followup/meeting.js';
import { loadRegionSets } from '../../node/files.js';
import { type CliIo, EXIT, UsageError } from '../io.js';
import { parseJobs, parseLanguage, parsePeriodOption } from '../options.js';
import { checkOutputFile, endingOf, writeOutput } from '../output.js';
import { readOptions, startWorkProgress } from '../progress.js';

/** Options of `effektkedja report --for`. */
export interface MeetingCommandOptions {
  readonly for: string;
  readonly asOf?: string;
  readonly lang?: string;
  readonly jobs?: string;
  readonly output?: string;
}

/** `effektkedja report --for <body> --as-of <date>`: the report for a meeting of a body of the årshjul, as Markdown. */
export async function meetingCommand(
  paths: readonly string[],
  options: MeetingCommandOptions,
  io: CliIo,
): Promise<number> {
  const lang = parseLanguage(options.lang);
  const asOf = parsePeriodOption('--as-of', options.asOf);
  if (asOf === undefined)
    throw new UsageError('--for needs --as-of: the date of the meeting, e.g. --as-of 2026-04-01');
  const out = options.output;
  if (out !== undefined && out !== '-' && endingOf(out) !== 'md')
    throw new UsageError(`the report for a meeting is Markdown (.md), not "${out}"`);
  await checkOutputFile(out);
  const progress = startWorkProgress(io, lang);
  const loaded = await loadRegionSets(paths, readOptions(io, parseJobs(options.jobs), progress)).finally(
    progress.done,
  );
  if (loaded.files.length === 0) throw new UsageError(`no documents in ${paths.join(', ')}`);
  if (loaded.findings.length) io.stderr(`${formatFindings(loaded.findings, { language: lang })}\n`);
  if (loaded.sets.length === 0) return EXIT.usage;
  if (loaded.sets.length > 1)
    throw new UsageError('--for reports on one region: give the files of one region');
  const document = loaded.sets[0]!.set.document;
  const bodies = arshjulBodies(document);
  if (!bodies.includes(options.for)) {
    throw new UsageError(
      bodies.length
        ? `--for: the årshjul has no body "${options.for}"; it has ${bodies.join(', ')}`
        : '--for: the documents have no årshjul (see docs/format.md)',
    );
  }
  const report = buildMeetingReport(document, { body: options.for, asOf, lang });
  await writeOutput(io, out, report.markdown);
  return loaded.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}
