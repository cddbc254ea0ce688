import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { WriteFileError, writeFileAtomic } from '../node/write-file.js';
import { type CliIo, UsageError } from './io.js';

/** The usage error for a path that cannot be written; the file that was there is untouched. */
function cannotWrite(path: string, code: string): UsageError {
  // What the error code means for a file the user asked us to write is in the words' `whyNot`.
  return new UsageError((w) => w.cannotWrite(path, w.whyNot[code], code));
}

/**
 * Writes a command's result to a file, or to stdout when there is no file or it is `-`.
 * The file is written atomically (a temporary file in the same folder, renamed over
 * the target), so a failed write never leaves a cut file behind — not even when the
 * output is the input.
 */
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
    await writeFileAtomic(out, content);
  } catch (error) {
    if (error instanceof WriteFileError) throw cannotWrite(out, error.code);
    throw error;
  }
}

/**
 * Refuses an output file before any work is done: an existing folder or special
 * file (device, pipe, socket) cannot be written over.
 */
export async function checkOutputFile(out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') return;
  const info = await stat(out).catch(() => undefined);
  if (info?.isDirectory()) throw cannotWrite(out, 'EISDIR');
  if (info && !info.isFile()) throw cannotWrite(out, 'ENOTREG');
}

/**
 * Makes a folder for output files (and its parents), or says why it cannot be made.
 * One level at a time: Node's recursive mkdir loops for ever on a path such as
 * /proc/x, where mkdir says ENOENT although the parent exists.
 */
export async function makeOutputFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => error.code ?? 'EIO');
    if (typeof info === 'string') {
      if (info !== 'ENOENT') throw cannotWrite(dir, info);
      missing.push(at);
      const up = dirname(at);
      if (up === at) throw cannotWrite(dir, 'ENOENT');
      at = up;
      continue;
    }
    if (!info.isDirectory()) throw cannotWrite(dir, 'ENOTDIR');
    break;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      await mkdir(missing[i] as string);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (code !== 'EEXIST') throw cannotWrite(dir, code);
    }
  }
}

/** The ending of a file name, lower case, without the dot. */
export function endingOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}
