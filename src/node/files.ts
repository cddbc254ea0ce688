import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { append } from '../collections/append.js';
import { createFinding } from '../findings/create.js';
import type { Finding } from '../findings/finding.js';
import { type Limits, resolveLimits } from '../io/limits.js';
import { type DocumentPart, type DocumentSet, mergeDocuments } from '../io/merge.js';
import { type ParseResult, parseDocument, type TextFormat } from '../io/parse.js';
import type { Document } from '../model/document.js';
import { type FileStamp, fileSourceMap, formatOf, stampOf } from './file-source.js';
import { decodeUtf8, readBytes } from './read-bytes.js';
import { readInWorkers, textWeight, workerCount } from './read-pool.js';

/** File endings read as documents. */
export const DOCUMENT_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** Options for reading files. */
export interface ReadOptions {
  readonly limits?: Partial<Limits>;
  /** Base folder for the file names shown in findings (default: the working directory). */
  readonly cwd?: string;
  /**
   * How many threads read and parse the files of a set (`loadDocumentSet`,
   * `loadRegionSets`): 1 (the default) reads them in this thread; n > 1 starts n − 1 worker
   * threads, and this thread reads files too while it takes in theirs. More is capped by the
   * number of YAML and JSON files, and a set of less than 16 MiB of YAML (JSON counts a
   * quarter) is read in this thread anyway, since starting a worker costs more than it saves.
   * The result is the same either way: same documents, same findings, same order.
   */
  readonly jobs?: number;
  /** Called after each file of a set is read, with the number read so far and the total. */
  readonly onFile?: (read: number, total: number) => void;
  /**
   * The text a set must hold before workers read it (default 16 MiB, JSON weighted a quarter).
   * @internal For tests and benchmarks.
   */
  readonly workerMinBytes?: number;
}

/** Reads and parses one document file (YAML or JSON by its ending). Never throws on a bad file. */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<ParseResult> {
  return (await readDocumentText(path, options)).result;
}

/** A document file read and parsed, with the text and format it was parsed from. @internal */
export interface ReadText {
  readonly result: ParseResult;
  /** The text, when the file could be decoded. */
  readonly text?: string;
  readonly format?: TextFormat;
  /** What the file held, when it could be read (for {@link fileSourceMap}). */
  readonly stamp?: FileStamp;
}

/**
 * A document file read and parsed, with the text it was parsed from (when it could be
 * decoded) and its format: what a worker thread hands back, so the reading thread can
 * make the source map again from the text.
 * @internal
 */
export async function readDocumentText(path: string, options: ReadOptions = {}): Promise<ReadText> {
  return readDocumentTextSync(path, options);
}

/** How a file of a set is read: its name in findings, and whether the folder's listing said it is a regular file. */
interface FileOfSet {
  readonly file: string;
  readonly listed: boolean;
  /** Whether to stamp what the file held ({@link ReadText.stamp}). */
  readonly stamp?: boolean;
}

/**
 * {@link readDocumentText}, in this thread and at once. The bytes are read with synchronous
 * calls: a file of a set costs four system calls and no trip through libuv's thread pool,
 * whose round trips (five per file) made a folder of single-plan files wait for I/O longer
 * than it took to parse (docs/performance.md).
 * @internal
 */
export function readDocumentTextSync(
  path: string,
  options: ReadOptions = {},
  of: FileOfSet = { file: displayName(path, options.cwd), listed: false },
): ReadText {
  const { file } = of;
  const ext = extname(path).toLowerCase();
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : undefined;
  // A UTF-8 text of n bytes has at least n/3 characters: a file larger than three times the
  // character limit is refused from its size, before a byte of it is read.
  const limits = resolveLimits(options.limits);
  const max = format === 'json' ? limits.maxChars : limits.maxYamlChars;
  const bytes = readBytes(
    path,
    file,
    { limit: format === 'json' ? 'maxChars' : 'maxYamlChars', max, bytes: 3 * max },
    of.listed,
  );
  if (!(bytes instanceof Uint8Array)) return { result: bytes };
  const text = decodeUtf8(bytes);
  if (text === undefined) return { result: { ok: false, findings: [notUtf8(file, bytes)] } };
  const result = parseDocument(text, {
    file,
    ...(format ? { format } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return { result, text, ...(format ? { format } : {}), ...(of.stamp ? { stamp: stampOf(bytes) } : {}) };
}

/**
 * A file of a set read and parsed, its source map kept without the text
 * ({@link fileSourceMap}): a set's findings are located after every file is read, and only
 * the files with findings need their text then.
 * @internal
 */
export function readSetFileSync(path: string, options: ReadOptions, of: FileOfSet): ParseResult {
  const { result, text, format, stamp } = readDocumentTextSync(path, options, { ...of, stamp: true });
  if (!result.ok || !result.source || text === undefined || stamp === undefined) return result;
  return { ...result, source: fileSourceMap(path, of.file, formatOf(text, format), stamp) };
}

/** A read document; from a workbook also a way to place later findings at sheet, row and cell. */
export type AnyParseResult = ParseResult & {
  readonly locate?: (findings: readonly Finding[]) => readonly Finding[];
};

/** File endings the CLI reads and writes, spreadsheets included. */
export const ANY_EXTENSIONS = [...DOCUMENT_EXTENSIONS, '.xlsx'] as const;

/**
 * Reads one document from YAML, JSON or an xlsx workbook (by its ending).
 * The spreadsheet reader is loaded only when a workbook is read.
 */
export async function readAnyDocument(path: string, options: ReadOptions = {}): Promise<AnyParseResult> {
  if (extname(path).toLowerCase() !== '.xlsx') return readDocumentFile(path, options);
  const file = displayName(path, options.cwd);
  const bytes = readBytes(path, file, {
    limit: 'maxBytes',
    max: WORKBOOK_MAX_BYTES,
    bytes: WORKBOOK_MAX_BYTES,
  });
  if (!(bytes instanceof Uint8Array)) return bytes;
  const { readWorkbook } = await import('./spreadsheet/index.js');
  const r = await readWorkbook(bytes, { file });
  return r.document
    ? { ok: true, value: r.document, findings: r.findings, locate: r.locate }
    : { ok: false, findings: r.findings };
}

/**
 * Writes a document as xlsx workbook bytes; findings name what a sheet cannot carry.
 * The spreadsheet writer is loaded only when a workbook is written.
 */
export async function writeWorkbookBytes(
  document: Document,
): Promise<{ readonly bytes: Uint8Array; readonly findings: readonly Finding[] }> {
  const { writeWorkbook } = await import('./spreadsheet/index.js');
  return writeWorkbook(document);
}

// The workbook reader's own byte limit (docs/security.md).
const WORKBOOK_MAX_BYTES = 64 * 1024 * 1024;

/** One file read as a part of a set, with its findings; no part when it could not be read. */
interface PartRead {
  readonly part?: DocumentPart;
  readonly findings: readonly Finding[];
}

// One file read as a part of a set.
async function readPart(path: string, options: ReadOptions, of: FileOfSet): Promise<PartRead> {
  const result =
    extname(path).toLowerCase() === '.xlsx'
      ? await readAnyDocument(path, options)
      : readSetFileSync(path, options, of);
  return partOf(of.file, result);
}

function partOf(file: string, r: AnyParseResult): PartRead {
  if (!r.ok) return { findings: r.findings };
  const part: DocumentPart = {
    document: r.value,
    file,
    ...(r.source ? { source: r.source } : {}),
    ...(r.locate ? { locate: r.locate } : {}),
  };
  return { part, findings: r.findings };
}

// How long reading a set holds the thread before it lets the event loop run.
const YIELD_MS = 20;

/**
 * The files of a set read as parts, in the order of `files`: in this thread, or the YAML
 * and JSON files on worker threads (`options.jobs`) while workbooks are read here.
 */
async function readParts(
  files: readonly string[],
  regular: ReadonlySet<string>,
  options: ReadOptions,
): Promise<PartRead[]> {
  const total = files.length;
  const names = files.map((f) => displayName(f, options.cwd));
  const of = (i: number): FileOfSet => ({ file: names[i]!, listed: regular.has(files[i]!) });
  let read = 0;
  const tick = () => options.onFile?.(++read, total);
  options.onFile?.(0, total);
  const texts: number[] = [];
  files.forEach((f, i) => {
    if (extname(f).toLowerCase() !== '.xlsx') texts.push(i);
  });
  const asked = options.jobs ?? 1;
  const weight =
    asked > 1 && texts.length > 1
      ? textWeight(
          texts.map((i) => files[i]!),
          options.workerMinBytes,
        )
      : 0;
  const jobs = workerCount(texts.length, asked, weight, options.workerMinBytes);
  const out: PartRead[] = new Array(total);
  if (jobs <= 1) {
    let since = performance.now();
    for (let i = 0; i < total; i++) {
      out[i] = await readPart(files[i]!, options, of(i));
      tick();
      // Files are read synchronously: let timers and I/O of the program run now and then.
      if (performance.now() - since > YIELD_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        since = performance.now();
      }
    }
    return out;
  }
  // This thread reads YAML and JSON files too, between taking in the workers' answers:
  // `jobs` threads in all, `jobs - 1` of them workers.
  const inWorkers = readInWorkers(
    texts.map((i) => files[i]!),
    texts.map((i) => names[i]!),
    jobs - 1,
    {
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
      listed: texts.map((i) => regular.has(files[i]!)),
    },
    (k, result) => {
      out[texts[k]!] = partOf(names[texts[k]!]!, result);
      tick();
    },
    undefined,
    (k) => readSetFileSync(files[texts[k]!]!, options, of(texts[k]!)),
  );
  const here = (async () => {
    for (let i = 0; i < total; i++) {
      if (out[i] !== undefined || extname(files[i]!).toLowerCase() !== '.xlsx') continue;
      out[i] = await readPart(files[i]!, options, of(i));
      tick();
    }
  })();
  await Promise.all([inWorkers, here]);
  return out;
}

/** Expands files and folders (recursively) into the document files they hold (YAML, JSON, xlsx), sorted. */
export async function findDocumentFiles(paths: readonly string[]): Promise<string[]> {
  return (await listDocumentFiles(paths)).files;
}

/** {@link findDocumentFiles}, and which of the files a folder's listing gave as regular files. */
async function listDocumentFiles(
  paths: readonly string[],
): Promise<{ readonly files: string[]; readonly regular: ReadonlySet<string> }> {
  const out: string[] = [];
  const regular = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      for (const e of entries) {
        if (e.isFile() && (ANY_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())) {
          const file = join(e.parentPath ?? path, e.name);
          out.push(file);
          regular.add(file);
        }
      }
    } else {
      out.push(path);
    }
  }
  // A path named on its own is checked again when read, even if a folder also listed it.
  for (const path of paths) regular.delete(path);
  return { files: [...new Set(out)].sort(), regular };
}

/** A region's files read together: the merged set, and the findings of files that could not be read. */
export interface LoadedSet {
  readonly set: DocumentSet;
  /** Findings from reading the files (syntax, schema, unreadable), located in their files. */
  readonly findings: readonly Finding[];
  readonly files: readonly string[];
}

/**
 * Reads files and folders and merges the documents that could be read into one
 * set, so references across files resolve. Files that cannot be read are
 * reported; the others are still merged.
 */
export async function loadDocumentSet(
  paths: readonly string[],
  options: ReadOptions = {},
): Promise<LoadedSet> {
  const { files, regular } = await listDocumentFiles(paths);
  const parts: DocumentPart[] = [];
  const findings: Finding[] = [];
  for (const { part, findings: found } of await readParts(files, regular, options)) {
    append(findings, found);
    if (part) parts.push(part);
  }
  const set = mergeDocuments(parts);
  return {
    set,
    findings: [...findings, ...set.findings],
    files: files.map((f) => displayName(f, options.cwd)),
  };
}

/**
 * Reads files and folders and merges them region by region: documents with the
 * same `region` form one set; documents without `region` join the one region
 * if there is exactly one, else they form a set of their own. This is what
 * `effektkedja validate examples/` does with files of several regions.
 */
export async function loadRegionSets(
  paths: readonly string[],
  options: ReadOptions = {},
): Promise<{
  readonly sets: readonly RegionSet[];
  readonly findings: readonly Finding[];
  readonly files: readonly string[];
}> {
  const { files, regular } = await listDocumentFiles(paths);
  const findings: Finding[] = [];
  const byRegion = new Map<string | undefined, DocumentPart[]>();
  for (const { part, findings: found } of await readParts(files, regular, options)) {
    append(findings, found);
    if (!part) continue;
    const region = part.document.region;
    const list = byRegion.get(region) ?? [];
    list.push(part);
    byRegion.set(region, list);
  }
  const regions = [...byRegion.keys()].filter((r): r is string => r !== undefined).sort();
  const loose = byRegion.get(undefined) ?? [];
  const sets: RegionSet[] = [];
  for (const region of regions) {
    const parts = byRegion.get(region) ?? [];
    if (regions.length === 1) append(parts, loose);
    sets.push({ region, set: mergeDocuments(parts), files: parts.map((p) => p.file ?? '') });
  }
  if (loose.length && regions.length !== 1) {
    sets.push({ set: mergeDocuments(loose), files: loose.map((p) => p.file ?? '') });
  }
  for (const s of sets) append(findings, s.set.findings);
  return { sets, findings, files: files.map((f) => displayName(f, options.cwd)) };
}

/** The documents of one region, merged. */
export interface RegionSet {
  readonly region?: string;
  readonly set: DocumentSet;
  readonly files: readonly string[];
}

/** The file name shown in findings: relative to `cwd` when inside it. @internal */
export function displayName(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}

// A file saved as Latin-1 or Windows-1252 would otherwise turn å, ä and ö into U+FFFD and validate clean.
function notUtf8(file: string, bytes: Uint8Array): Finding {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  const before = lossy.slice(0, Math.max(at, 0));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return createFinding('FILE_UNREADABLE', { file, line, column }, { file, reason: 'not-utf8' });
}
