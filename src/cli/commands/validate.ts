import { append } from '../../collections/append.js';
import type { Finding, Language } from '../../findings/finding.js';
import { formatFindings } from '../../findings/format.js';
import { cliWords } from '../../locales/words.js';
import { loadRegionSets } from '../../node/files.js';
import { summarize, validate } from '../../validate/validate.js';
import { type CliIo, colorsFor, EXIT, UsageError } from '../io.js';
import {
  checkKnown,
  parseChoice,
  parseCount,
  parseJobs,
  parseLanguage,
  parsePeriodOption,
  parseSeverities,
} from '../options.js';
import { readOptions, startWorkProgress } from '../progress.js';

/** Options of `effektkedja validate`. */
export interface ValidateCommandOptions {
  readonly format?: string;
  readonly lang?: string;
  readonly maxWarnings?: string;
  readonly disable?: readonly string[];
  readonly severity?: readonly string[];
  readonly hints?: boolean;
  readonly asOf?: string;
  readonly jobs?: string;
}

/** `effektkedja validate <paths…>`: every region's documents validated together; returns the exit code. */
export async function validateCommand(
  paths: readonly string[],
  options: ValidateCommandOptions,
  io: CliIo,
): Promise<number> {
  const format = parseChoice('--format', options.format, ['text', 'json'] as const) ?? 'text';
  const lang = parseLanguage(options.lang);
  const maxWarnings = parseCount('--max-warnings', options.maxWarnings);
  const severity = parseSeverities(options.severity);
  const asOf = parsePeriodOption('--as-of', options.asOf);
  for (const name of options.disable ?? []) checkKnown('--disable', name);
  const jobs = parseJobs(options.jobs);
  if (paths.length === 0) throw new UsageError((w) => w.needsPaths);

  const progress = startWorkProgress(io, lang);
  const loaded = await loadRegionSets(paths, readOptions(io, jobs, progress)).finally(progress.done);
  if (loaded.files.length === 0) throw new UsageError((w) => w.noFilesIn(paths));
  const findings: Finding[] = [...loaded.findings];
  let plans = 0;
  let total = 0;
  for (const { set } of loaded.sets) total += set.document.plans?.length ?? 0;
  for (const { set } of loaded.sets) {
    progress.plans(plans, total);
    const report = validate(set.document, {
      severity,
      ...(options.disable ? { disable: options.disable } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
      locate: (f) => set.locate(f),
    });
    append(findings, report.findings);
    plans += report.summary.plans;
  }
  progress.done();
  const summary = summarize(findings, plans);
  const unreadable = findings.some((f) => f.code === 'FILE_UNREADABLE');

  if (format === 'json') {
    io.stdout(`${JSON.stringify({ files: loaded.files, summary, findings }, null, 2)}\n`);
  } else {
    io.stdout(textReport(findings, summary, loaded.files.length, lang, options.hints !== false, io));
  }
  if (unreadable) return EXIT.usage;
  if (!summary.ok) return EXIT.findings;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr(`${cliWords(lang).tooManyWarnings(summary.warnings, maxWarnings)}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

function textReport(
  findings: readonly Finding[],
  s: ReturnType<typeof summarize>,
  files: number,
  lang: Language,
  hints: boolean,
  io: CliIo,
): string {
  const c = colorsFor(io, io.stdoutIsTTY);
  const w = cliWords(lang);
  // The severity word that starts a finding's line, in the findings' language.
  const error = new RegExp(`^( {2})(${w.severity.error})\\b`);
  const warning = new RegExp(`^( {2})(${w.severity.warning})\\b`);
  const body = formatFindings(findings, { language: lang, hints })
    .split('\n')
    .map((line) => line.replace(error, `$1${c.red('$2')}`).replace(warning, `$1${c.yellow('$2')}`))
    .join('\n');
  const line = w.summary({ ...s, files });
  const summaryLine = s.ok ? c.green(line) : c.red(line);
  return body ? `${body}\n\n${summaryLine}\n` : `${summaryLine}\n`;
}
