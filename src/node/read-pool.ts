import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Code } from '../findings/codes.js';
import { createFinding } from '../findings/create.js';
import type { Details, Finding, Location, Severity } from '../findings/finding.js';
import { ignoreYamlDirective } from '../io/decimal-comma.js';
import type { Limits } from '../io/limits.js';
import type { ParseResult, TextFormat } from '../io/parse.js';
import type { SourceMap } from '../io/position.js';
import { jsonSourceMap } from '../io/source-map.js';
import { lazyYamlSourceMap } from '../io/yaml-fast.js';
import type { Document } from '../model/document.js';

/**
 * Below this much text a set is read in the calling thread whatever `jobs` says: a worker
 * costs about 0.3–0.5 s of CPU to start (it loads the parser), about what reading 2 MB of
 * YAML plan files costs; a worker pays off from about twice that (docs/performance.md).
 * JSON counts a quarter of its bytes: it is read that much faster.
 */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/** The number of cores to use by default: what the system offers this process. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * How many workers read `files` YAML and JSON files of `bytes` (JSON weighted a quarter)
 * when `jobs` are asked for: 1 (read in this thread) for a small set, else at most one per file.
 * @internal
 */
export function workerCount(
  files: number,
  jobs: number | undefined,
  bytes: number,
  minBytes = WORKER_MIN_BYTES,
): number {
  const asked = jobs === undefined || !Number.isFinite(jobs) ? 1 : Math.floor(jobs);
  if (asked <= 1 || files < 2 || bytes < minBytes) return 1;
  return workerScript() ? Math.min(asked, files) : 1;
}

/** The weight of files for {@link workerCount}: YAML bytes, and a quarter of JSON bytes. @internal */
export async function textWeight(paths: readonly string[], enough = WORKER_MIN_BYTES): Promise<number> {
  let bytes = 0;
  const CHUNK = 256;
  for (let i = 0; i < paths.length; i += CHUNK) {
    const sizes = await Promise.all(
      paths.slice(i, i + CHUNK).map((p) =>
        stat(p).then(
          (s) => (s.isFile() ? (extname(p).toLowerCase() === '.json' ? s.size / 4 : s.size) : 0),
          () => 0,
        ),
      ),
    );
    for (const size of sizes) bytes += size;
    if (bytes >= enough) break;
  }
  return bytes;
}

/** What a worker sends back for one file: plain data only (structured clone). */
export interface WorkerReply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly findings: readonly PlainFinding[];
  readonly hasSource: boolean;
  readonly text?: string;
  readonly format?: TextFormat;
}

/** A finding without its words: they are made again, in the same way, where it arrives. */
export interface PlainFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly location: Location;
  readonly details: Details;
}

/** What the reading thread sends a worker: one file to read. */
export interface WorkerRequest {
  readonly id: number;
  readonly path: string;
  readonly cwd?: string;
  readonly limits?: Partial<Limits>;
  /** The folder's listing gave the file as a regular file: it is not `stat`ed again before it is opened. */
  readonly listed?: boolean;
}

/** A finding as plain data for the trip between threads. */
export function plainFinding(f: Finding): PlainFinding {
  return { code: f.code, severity: f.severity, location: f.location, details: f.details };
}

/** A parse result rebuilt from a worker's reply: findings with their words, the source map from the text. */
export function resultOf(reply: WorkerReply, file: string): ParseResult {
  const findings = reply.findings.map(
    (f) =>
      createFinding(
        f.code as Code,
        f.location,
        f.details as never,
        f.severity as never,
      ) as unknown as Finding,
  );
  const source =
    reply.hasSource && reply.text !== undefined ? sourceOf(reply.text, reply.format, file) : undefined;
  const extra = source ? { source } : {};
  return reply.ok
    ? { ok: true, value: reply.value as Document, findings, ...extra }
    : { ok: false, findings, ...extra };
}

// The source map parseDocument makes of a text, made again from the same text: JSON is
// scanned when a finding needs a position, YAML parsed by the located reader then.
function sourceOf(input: string, format: TextFormat | undefined, file: string): SourceMap {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const json = format === undefined ? /^\s*[[{]/.test(text) : format === 'json';
  return json ? jsonSourceMap(text, file) : lazyYamlSourceMap(ignoreYamlDirective(text), file);
}

let script: URL | null | undefined;

/**
 * The worker's script, next to this module: dist/esm/node/read-worker.js for `import`,
 * dist/read-worker.cjs for `require`, dist/cli/read-worker.js in the CLI bundle.
 * Undefined if it is missing (the TypeScript source run as is): then every file is read
 * in this thread.
 */
function workerScript(): URL | undefined {
  if (script === undefined) {
    script = null;
    for (const name of ['read-worker.js', 'read-worker.cjs']) {
      const url = new URL(`./${name}`, import.meta.url);
      if (!existsSync(fileURLToPath(url))) continue;
      script = url;
      break;
    }
  }
  return script ?? undefined;
}

// Flags a worker takes over from the process when the process has flags a worker refuses.
const WORKER_FLAGS = new Set([
  '--import',
  '--require',
  '-r',
  '--loader',
  '--experimental-loader',
  '--conditions',
  '-C',
  '--enable-source-maps',
  '--no-warnings',
]);

let workerArgv: string[] | undefined;

/**
 * A worker on `script` with the process's own flags, less those a worker refuses: first
 * `--input-type` (`node --input-type=module -e …`); if the worker still refuses some (flags that
 * set up the whole process, such as V8's `--expose-gc` or `--max-old-space-size`), only the
 * loader, condition and warning flags above are kept.
 */
function newWorker(script: URL): Worker {
  const options = { stdout: false, stderr: false } as const;
  if (workerArgv) return new Worker(script, { ...options, execArgv: workerArgv });
  const argv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  try {
    const worker = new Worker(script, { ...options, execArgv: argv });
    workerArgv = argv;
    return worker;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    const kept: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const [name, value] = argv[i]!.split('=', 2);
      if (!WORKER_FLAGS.has(name!)) continue;
      kept.push(argv[i]!);
      const takesValue = !['--enable-source-maps', '--no-warnings'].includes(name!);
      if (takesValue && value === undefined && i + 1 < argv.length) kept.push(argv[++i]!);
    }
    workerArgv = kept;
    return new Worker(script, { ...options, execArgv: kept });
  }
}

/**
 * Reads `paths` on `jobs` worker threads; `done(k, result)` is called as each file is
 * read (in any order). With `here`, this thread reads files too, from the same queue: it
 * takes the next file whenever it has nothing else to do (a worker's answer to take in, a
 * file to send), so the threads share the work however fast each is; `jobs` workers and
 * this thread then read. A worker that dies (out of memory, say) costs only the file it was
 * reading: that file gets a `FILE_UNREADABLE` finding (`reason: 'worker-crashed'`), the
 * files it had not begun go to a new worker.
 * @internal
 */
export async function readInWorkers(
  paths: readonly string[],
  /** The names shown in findings, one per path. */
  names: readonly string[],
  jobs: number,
  options: {
    readonly cwd?: string;
    readonly limits?: Partial<Limits>;
    /** Which files the folder's listing gave as regular files, by index. */
    readonly listed?: readonly boolean[];
  },
  done: (k: number, result: ParseResult) => void,
  scriptOverride?: URL,
  here?: (k: number) => ParseResult,
): Promise<void> {
  const found = scriptOverride ?? workerScript();
  if (!found) throw new Error('the worker script of effektkedja/node is missing');
  const queue: number[] = [];
  for (let k = paths.length - 1; k >= 0; k--) queue.push(k);
  let left = paths.length;
  // Two files in flight per worker: the next is waiting when one is done.
  const AHEAD = 2;
  await new Promise<void>((resolve) => {
    const finish = (k: number, result: ParseResult) => {
      done(k, result);
      left--;
      if (left === 0) resolve();
    };
    const start = () => {
      const inFlight: number[] = [];
      const worker = newWorker(found);
      let failure = '';
      const feed = () => {
        while (inFlight.length < AHEAD && queue.length > 0) {
          const k = queue.pop()!;
          inFlight.push(k);
          const request: WorkerRequest = {
            id: k,
            path: paths[k]!,
            ...(options.cwd ? { cwd: options.cwd } : {}),
            ...(options.limits ? { limits: options.limits } : {}),
            ...(options.listed?.[k] ? { listed: true } : {}),
          };
          worker.postMessage(request);
        }
        if (inFlight.length === 0) void worker.terminate();
      };
      worker.on('message', (reply: WorkerReply) => {
        const at = inFlight.indexOf(reply.id);
        if (at >= 0) inFlight.splice(at, 1);
        finish(reply.id, resultOf(reply, names[reply.id]!));
        feed();
      });
      worker.on('error', (error) => {
        failure = error instanceof Error ? error.message : String(error);
      });
      worker.on('exit', () => {
        if (inFlight.length === 0) return;
        // The first file in flight was being read; the others go back to the queue.
        const [k, ...rest] = inFlight;
        for (let i = rest.length - 1; i >= 0; i--) queue.push(rest[i]!);
        const file = names[k!]!;
        const details = { file, reason: 'worker-crashed', ...(failure ? { detail: failure } : {}) };
        finish(k!, { ok: false, findings: [createFinding('FILE_UNREADABLE', { file }, details)] });
        if (queue.length > 0) start();
      });
      feed();
    };
    if (left === 0) resolve();
    else {
      for (let i = 0; i < Math.min(jobs, paths.length); i++) start();
      if (here) void readHere(queue, here, finish);
    }
  });
}

/**
 * This thread's share of `readInWorkers`: one file from the queue at a time, then a turn of
 * the event loop, in which the workers' answers are taken in and their next files sent.
 */
async function readHere(
  queue: number[],
  read: (k: number) => ParseResult,
  finish: (k: number, result: ParseResult) => void,
): Promise<void> {
  while (queue.length > 0) {
    const k = queue.pop()!;
    finish(k, read(k));
    await new Promise((resolve) => setImmediate(resolve));
  }
}
