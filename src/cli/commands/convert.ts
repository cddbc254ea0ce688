import type { Language } from '../../findings/finding.js';
import { formatFindings } from '../../findings/format.js';
import { conversionLosses } from '../../io/losses.js';
import { writeDocument } from '../../io/write.js';
import { readAnyDocument, writeWorkbookBytes } from '../../node/files.js';
import { type CliIo, EXIT, UsageError } from '../io.js';
import { parseLanguage } from '../options.js';
import { checkOutputFile, endingOf, writeOutput } from '../output.js';
import { pseudonymizeFor } from '../pseudonymize.js';

const FORMATS = ['yaml', 'yml', 'json', 'xlsx'] as const;

/** `effektkedja convert <in> <out>`: between YAML, JSON and xlsx; nothing the user wrote is dropped silently. */
export async function convertCommand(
  input: string,
  output: string,
  options: { readonly lang?: string; readonly to?: string; readonly pseudonymize?: boolean },
  io: CliIo,
): Promise<number> {
  const lang: Language = parseLanguage(options.lang);
  const to = options.to ?? (output === '-' ? 'yaml' : endingOf(output));
  if (!(FORMATS as readonly string[]).includes(to)) {
    throw new UsageError((w) => w.ending('convert', output));
  }
  await checkOutputFile(output);
  const read = await readAnyDocument(input, { cwd: io.cwd });
  if (!read.ok) {
    io.stderr(`${formatFindings(read.findings, { language: lang })}\n`);
    return read.findings.some((f) => f.code === 'FILE_UNREADABLE') ? EXIT.usage : EXIT.findings;
  }
  const document = options.pseudonymize ? pseudonymizeFor(io, read.value) : read.value;
  // What the target cannot hold is said, with the count and the first lines, never dropped silently.
  const target = to === 'json' || to === 'xlsx' ? to : 'yaml';
  const losses = conversionLosses(document, target, read.source, target === 'yaml' && !options.pseudonymize);
  // Said once the file is written: a write that fails says only that.
  const tell = () => {
    if (losses.length) io.stderr(`${formatFindings(losses, { language: lang })}\n`);
  };
  if (to === 'xlsx') {
    if (output === '-') throw new UsageError((w) => w.xlsxNotStdout);
    const written = await writeWorkbookBytes(document);
    if (written.findings.length) io.stderr(`${formatFindings(written.findings, { language: lang })}\n`);
    await writeOutput(io, output, written.bytes);
    tell();
    return EXIT.ok;
  }
  // YAML to YAML keeps the user's comments and key order.
  // (Not when pseudonymizing: the original's text would still hold the numbers.)
  const text = writeDocument(document, {
    format: to === 'json' ? 'json' : 'yaml',
    ...(read.source && to !== 'json' && !options.pseudonymize ? { original: read.source } : {}),
  });
  await writeOutput(io, output, text);
  tell();
  return EXIT.ok;
}
