// Reading a document file's bytes, bounded, and its text: shared by the readers of files
// (files.ts) and the source maps that read a set's file again (file-source.ts).
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import type { ParseResult } from '../io/parse.js';

/**
 * A file's bytes, or the finding that says why it cannot be read. Only regular
 * files are read: a folder, device (`/dev/zero`), pipe or socket is refused
 * before it is opened, and a file larger than `cap.bytes` is refused from its
 * size, so reading is bounded whatever the path names. Synchronous: `stat` (not for a
 * file the folder's listing already gave as a regular file), `open`, `fstat`, a `read`
 * per chunk and `close`, bounded by the cap.
 */
export function readBytes(
  path: string,
  file: string,
  cap: { readonly limit: string; readonly max: number; readonly bytes: number },
  listed = false,
): Uint8Array | ParseResult {
  let fd: number | undefined;
  try {
    if (!listed && !statSync(path).isFile()) return notAFile(file);
    // O_NONBLOCK: should the path be swapped for a pipe after the check, opening it does not hang.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return notAFile(file);
    if (info.size > cap.bytes) {
      return {
        ok: false,
        findings: [
          createFinding('LIMIT_EXCEEDED', { file }, { limit: cap.limit, max: cap.max, found: null }),
        ],
      };
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) break;
      at += read;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } catch (error) {
    return { ok: false, findings: [unreadable(file, error)] };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a file only read cannot lose data.
      }
    }
  }
}

function notAFile(file: string): ParseResult {
  return {
    ok: false,
    findings: [createFinding('FILE_UNREADABLE', { file }, { file, reason: 'not-a-file' })],
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes without a byte-order mark, or undefined if they are not UTF-8 (a Latin-1 file, say). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function unreadable(file: string, error: unknown): Finding {
  const reason =
    error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
  return createFinding('FILE_UNREADABLE', { file }, { file, reason });
}
