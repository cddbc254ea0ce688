import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { type CliIo, UsageError } from './io.js';

/** Writes a command's result to a file, or to stdout when there is no file or it is `-`. */
export async function writeOutput(
  io: CliIo,
  out: string | undefined,
  content: string | Uint8Array,
): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    return;
  }
  try {
    await writeFile(out, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot write ${out} (${code})`);
  }
}

/** The ending of a file name, lower case, without the dot. */
export function endingOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}
