import { randomBytes } from 'node:crypto';
import { lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Why a file could not be written: a Node error code (`EISDIR`, `EACCES`, `ENOSPC`, `EFBIG` …) or `ENOTREG`. */
export class WriteFileError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot write ${path} (${code})`);
    this.name = 'WriteFileError';
  }
}

/**
 * Writes a file atomically: the bytes go to a new temporary file in the same
 * folder, are flushed to disk, and the temporary file is then renamed over the
 * target. A reader sees the old file or the new one, never a part; a full disk,
 * a file-size limit or a crash leaves the old file (which may be the input)
 * untouched. A symbolic link is followed and its target replaced; an existing
 * file keeps its permissions. Folders and special files (devices, pipes,
 * sockets) are refused with `EISDIR` or `ENOTREG` before anything is written.
 * Throws a {@link WriteFileError}.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  let target = path;
  let mode: number | undefined;
  try {
    const link = await lstat(path);
    if (link.isSymbolicLink()) target = await realpath(path).catch(() => path);
    const info = link.isSymbolicLink() ? await stat(target) : link;
    if (info.isDirectory()) throw new WriteFileError(path, 'EISDIR');
    if (!info.isFile()) throw new WriteFileError(path, 'ENOTREG');
    mode = info.mode & 0o7777;
  } catch (error) {
    if (error instanceof WriteFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new WriteFileError(path, code ?? String(error));
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temp, 'wx', mode ?? 0o666);
    if (mode !== undefined) await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw new WriteFileError(path, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
