// The source map of a file of a set, kept without the file's text: a national folder's texts
// (50 MB of YAML) would otherwise stay in memory until the set is dropped, for the few files
// whose findings need a line. The text is read again when a finding first asks for one.
import * as crypto from 'node:crypto';
import { ignoreYamlDirective } from '../io/decimal-comma.js';
import type { TextFormat } from '../io/parse.js';
import type { SourceMap } from '../io/position.js';
import { jsonSourceMap } from '../io/source-map.js';
import { lazyYamlSourceMap } from '../io/yaml-fast.js';
import { decodeUtf8, readBytes } from './read-bytes.js';

/**
 * What a file held when it was read: its size and a digest of its bytes. Read again, the file
 * must give the same stamp before a line is taken from it.
 */
export type FileStamp = string;

// `crypto.hash` (Node 20.12) costs about 3.6 µs for a 5 KB plan file, `createHash` about 5.4 µs.
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'base64') => string })
  .hash;

/** The stamp of a file's bytes. */
export function stampOf(bytes: Uint8Array): FileStamp {
  const digest = oneShot
    ? oneShot('sha1', bytes, 'base64')
    : crypto.createHash('sha1').update(bytes).digest('base64');
  return `${bytes.length}:${digest}`;
}

/** The format a text is read in: the file's ending's, else JSON if the text starts with `{` or `[`. */
export function formatOf(text: string, format: TextFormat | undefined): TextFormat {
  return format ?? (/^\s*[[{]/.test(text) ? 'json' : 'yaml');
}

/** The source map `parseDocument` makes of a text (decoded, so without a byte-order mark), made again. */
export function sourceOf(text: string, format: TextFormat, file: string): SourceMap {
  return format === 'json' ? jsonSourceMap(text, file) : lazyYamlSourceMap(ignoreYamlDirective(text), file);
}

/**
 * The source map of the file at `path` (named `file` in findings), read as `format` when it
 * had `stamp`. The text is read again the first time a finding needs a line, and kept from then
 * on. A file that no longer holds those bytes (changed, moved, gone) gives no lines: its
 * findings name the file, and no line of a text they were not found in.
 */
export function fileSourceMap(path: string, file: string, format: TextFormat, stamp: FileStamp): SourceMap {
  // undefined: not read again yet; null: the file no longer holds the text.
  let map: SourceMap | null | undefined;
  const read = (): SourceMap | null => {
    if (map === undefined) {
      const text = readSame(path, stamp);
      map = text === undefined ? null : sourceOf(text, format, file);
    }
    return map;
  };
  return {
    format,
    file,
    locateAll: (requests) =>
      requests.length === 0 ? [] : (read()?.locateAll(requests) ?? requests.map(() => undefined)),
    get yaml() {
      return read()?.yaml;
    },
  };
}

// The text of the file at `path` if it still holds the bytes of `stamp`, else undefined.
function readSame(path: string, stamp: FileStamp): string | undefined {
  const size = Number(stamp.slice(0, stamp.indexOf(':')));
  const bytes = readBytes(path, path, { limit: 'maxBytes', max: size, bytes: size });
  return bytes instanceof Uint8Array && stampOf(bytes) === stamp ? decodeUtf8(bytes) : undefined;
}
