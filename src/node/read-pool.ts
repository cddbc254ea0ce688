import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Code } from '../findings/codes.js';
import { createFinding } from '../findings/create.js';
import type { Details, Finding, Location, Severity } from '../findings/finding.js';
import type { Limits } from '../io/limits.js';
import type { ParseResult, TextFormat } from '../io/parse.js';
import type { Document } from '../model/document.js';
import { type FileStamp, fileSourceMap } from './file-source.js';
import { jsonExact } from './json-exact.js';

/**
 * Below this much text a set is read in the calling thread whatever `jobs` says: a worker
 * costs about 0.3–0.5 s of CPU to start (it loads the parser), and every document it reads
 * is copied back to the calling thread. Measured on two cores, one worker and the calling
 * thread were slower than the calling thread alone at 5 MB of YAML plan files and even at
 * 25 MB, and faster at 50 MB (docs/performance.md). JSON counts a quarter of its bytes: it
 * is read that much faster.
 */
export const WORKER_MIN_BYTES = 16 * 1024 * 1024;

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

/**
 * The weight of files for {@link workerCount}: YAML bytes, and a quarter of JSON bytes,
 * counted until `enough`. Synchronous `stat` calls: one trip through libuv's thread pool
 * per file cost more than reading a small set in one thread (docs/performance.md).
 * @internal
 */
export function textWeight(paths: readonly string[], enough = WORKER_MIN_BYTES): number {
  let bytes = 0;
  for (const p of paths) {
    let size = 0;
    try {
      const s = statSync(p);
      if (s.isFile()) size = extname(p).toLowerCase() === '.json' ? s.size / 4 : s.size;
    } catch {
      // A file that cannot be read weighs nothing; reading it gives the finding.
    }
    bytes += size;
    if (bytes >= enough) break;
  }
  return bytes;
}

/** What a worker sends back for one file: plain data only. */
export interface WorkerReply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly findings: readonly PlainFinding[];
  /** What the file held, when the reading thread needs a source map for a read document. */
  readonly stamp?: FileStamp;
  /** The format the file was read in, with `stamp`. */
  readonly format?: TextFormat;
}

/**
 * A reply as it travels: JSON text when that gives back the same reply, else the reply itself,
 * as a structured clone. The thread that takes in every document parses JSON about twice as
 * fast as it deserialises the clone of the same value (docs/performance.md).
 */
export type WorkerMessage = WorkerReply | string;

/**
 * The message for `reply`. `tree`: no object of the value is in two places (JSON would make
 * two copies of it); a worker knows that of a text without aliases.
 * @internal
 */
export function messageOf(reply: WorkerReply, tree: boolean): WorkerMessage {
  return tree && jsonExact(reply) ? JSON.stringify(reply) : reply;
}

/** The reply a {@link WorkerMessage} carries. @internal */
export function replyOf(message: WorkerMessage): WorkerReply {
  return typeof message === 'string' ? (JSON.parse(message) as WorkerReply) : message;
}

/** A finding without its words: they are made again, in the same way, where it arrives. */
export interface PlainFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly location: Location;
  readonly details: Details;
}

/**
 * What a worker reads a set with: the whole list of files, and the shared queue it takes them
 * from. A new worker gets it as its `workerData`, an idle one as a message; no other message
 * goes to a worker while it reads: a message costs the sending thread more than the small read
 * it asks for (docs/performance.md).
 */
export interface WorkerJob {
  readonly paths: readonly string[];
  readonly cwd?: string;
  readonly limits?: Partial<Limits>;
  /** Which files the folder's listing gave as regular files: they are not `stat`ed again before they are opened. */
  readonly listed?: readonly boolean[];
  /** The {@link SharedQueue}'s memory. */
  readonly queue: SharedArrayBuffer;
  /** The worker's own slot in the queue, where it notes the file it is reading. */
  readonly slot: number;
}

/**
 * The files of a set handed out to the reading threads: slot 0 counts the files taken, in
 * order; slot 1 + w holds 1 + the file worker w is reading (0 when none), so the file a
 * crashed worker was reading is known. Every thread takes the next file with one atomic add,
 * without a message.
 * @internal
 */
export class SharedQueue {
  readonly cells: Int32Array;
  constructor(
    readonly length: number,
    memory: SharedArrayBuffer | number,
  ) {
    this.cells = new Int32Array(
      typeof memory === 'number' ? new SharedArrayBuffer(4 * (1 + memory)) : memory,
    );
  }
  get memory(): SharedArrayBuffer {
    return this.cells.buffer as SharedArrayBuffer;
  }
  /** The next file's index, or -1 when every file is taken; `slot` notes it as being read. */
  take(slot?: number): number {
    const k = Atomics.add(this.cells, 0, 1);
    const next = k < this.length ? k : -1;
    if (slot !== undefined) Atomics.store(this.cells, 1 + slot, next + 1);
    return next;
  }
  /** Whether files are left that no thread has taken. */
  get open(): boolean {
    return Atomics.load(this.cells, 0) < this.length;
  }
  /** The file worker `slot` took last, or -1. */
  reading(slot: number): number {
    return Atomics.load(this.cells, 1 + slot) - 1;
  }
  /** Frees a dead worker's slot for the worker started in its place. */
  clear(slot: number): void {
    Atomics.store(this.cells, 1 + slot, 0);
  }
}

/** A finding as plain data for the trip between threads. */
export function plainFinding(f: Finding): PlainFinding {
  return { code: f.code, severity: f.severity, location: f.location, details: f.details };
}

/**
 * A parse result rebuilt from a worker's reply for the file at `path`, named `file`: findings
 * with their words, and the source map of the file (read again when a finding needs a line).
 */
export function resultOf(reply: WorkerReply, file: string, path: string): ParseResult {
  const findings = reply.findings.map(
    (f) =>
      createFinding(
        f.code as Code,
        f.location,
        f.details as never,
        f.severity as never,
      ) as unknown as Finding,
  );
  if (!reply.ok) return { ok: false, findings };
  const value = reply.value as Document;
  return reply.stamp !== undefined && reply.format !== undefined
    ? { ok: true, value, findings, source: fileSourceMap(path, file, reply.format, reply.stamp) }
    : { ok: true, value, findings };
}

let script: URL | null | undefined;

/**
 * The worker's script, next to this module: dist/read-worker.cjs for `require`, and for
 * `import` too (from dist/esm/node/ it is two folders up), dist/cli/read-worker.js in the
 * CLI bundle, dist/esm/node/read-worker.js if the CommonJS one is missing. The CommonJS
 * bundle starts a worker about 0.13 s sooner than the ES modules, which Node resolves one by
 * one (docs/performance.md). Undefined if none is there (the TypeScript source run as is):
 * then every file is read in this thread.
 * @internal
 */
export function workerScript(): URL | undefined {
  if (script === undefined) {
    script = null;
    for (const name of ['./read-worker.cjs', '../../read-worker.cjs', './read-worker.js']) {
      const url = new URL(name, import.meta.url);
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
 * A worker on `script`, started with `job`, with the process's own flags, less those a worker refuses: first
 * `--input-type` (`node --input-type=module -e …`); if the worker still refuses some (flags that
 * set up the whole process, such as V8's `--expose-gc` or `--max-old-space-size`), only the
 * loader, condition and warning flags above are kept.
 */
function newWorker(script: URL, job: WorkerJob): Worker {
  started++;
  const options = { stdout: false, stderr: false, workerData: job } as const;
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
 * What a worker sends when the queue of its set is empty; it then waits for the next set (a
 * {@link WorkerJob} as a message). Messages arrive in order: this comes after every reply.
 * @internal
 */
export const SET_DONE = null;

/**
 * How long a worker of effektkedja's own script waits, idle, for the next set before it ends.
 * A new worker costs about 0.3–0.5 s before its first file, and its parser runs slowly until
 * the JIT has seen it at work: a program that reads folder after folder (a year at a time, or
 * a service) reads the next one on warm threads. An idle worker does not keep the process
 * alive (it is unref'd): the CLI exits as soon as it is done.
 */
const KEEP_WARM_MS = 30_000;
let keepWarmMs = KEEP_WARM_MS;

interface IdleWorker {
  readonly worker: Worker;
  readonly timer: ReturnType<typeof setTimeout>;
  /** Takes the worker off the idle list when it exits on its own. */
  readonly gone: () => void;
}
// An error of an idle worker is followed by its exit, which `gone` handles; without a
// listener, the error event would be thrown in this thread.
const ignore = () => {};
// The idle workers of `workerScript()`, the most recently used last.
const idle: IdleWorker[] = [];
// Workers started so far (for tests and the benchmark).
let started = 0;

/**
 * How the reading threads stand: workers started so far, and workers idle now. `keepWarm` sets
 * how long an idle worker waits for the next set, in milliseconds (0: each ends when its set is
 * read; 'default': 30 s), and ends the idle ones now.
 * @internal
 */
export function readThreads(change?: { readonly keepWarm: number | 'default' }): {
  readonly started: number;
  readonly idle: number;
} {
  if (change) {
    keepWarmMs = change.keepWarm === 'default' ? KEEP_WARM_MS : Math.max(0, change.keepWarm);
    for (const entry of idle.splice(0)) {
      clearTimeout(entry.timer);
      entry.worker.off('exit', entry.gone);
      entry.worker.off('error', ignore);
      void entry.worker.terminate();
    }
  }
  return { started, idle: idle.length };
}

// A worker whose set is read: idle until the next set, or ended.
function park(worker: Worker): void {
  if (keepWarmMs <= 0) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const gone = () => {
    clearTimeout(entry.timer);
    worker.off('exit', gone);
    worker.off('error', ignore);
    const at = idle.indexOf(entry);
    if (at >= 0) idle.splice(at, 1);
  };
  const timer = setTimeout(() => {
    gone();
    void worker.terminate();
  }, keepWarmMs);
  timer.unref();
  const entry: IdleWorker = { worker, timer, gone };
  worker.on('exit', gone);
  worker.on('error', ignore);
  idle.push(entry);
}

// A worker for `job`: an idle one of effektkedja's own script, or a new one.
function acquire(script: URL, job: WorkerJob, own: boolean): { worker: Worker; warm: boolean } {
  const entry = own ? idle.pop() : undefined;
  if (!entry) return { worker: newWorker(script, job), warm: false };
  clearTimeout(entry.timer);
  entry.worker.off('exit', entry.gone);
  entry.worker.off('error', ignore);
  entry.worker.ref();
  entry.worker.postMessage(job);
  return { worker: entry.worker, warm: true };
}

/**
 * Reads `paths` on `jobs` worker threads; `done(k, result)` is called as each file is
 * read (in any order). The files are handed out by a {@link SharedQueue}: each worker takes
 * the next file when it is done with one and sends back its result, with no message in
 * between. With `here`, this thread reads files from the same queue too, between taking in
 * the workers' results, so the threads share the work however fast each is; `jobs` workers
 * and this thread then read. A worker that dies (out of memory, say) costs only the file it
 * was reading: that file gets a `FILE_UNREADABLE` finding (`reason: 'worker-crashed'`); the
 * files no thread has taken yet go to a new worker in its place. A worker of effektkedja's own
 * script that has read its share waits, idle, for the next set (`KEEP_WARM_MS`).
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
  // Only effektkedja's own worker waits for a next set (a test's script may not).
  const own = scriptOverride === undefined;
  if (!found) throw new Error('the worker script of effektkedja/node is missing');
  const workers = Math.min(jobs, paths.length);
  const queue = new SharedQueue(paths.length, workers);
  const received = new Uint8Array(paths.length);
  let left = paths.length;
  let alive = 0;
  let hereDone = !here;
  await new Promise<void>((resolve) => {
    const finish = (k: number, result: ParseResult) => {
      if (received[k]) return;
      received[k] = 1;
      done(k, result);
      left--;
      settle();
    };
    // Done when every file is answered and every worker has read its share (or died): then
    // the workers are idle, and the next set finds them so.
    const settle = () => {
      if (left === 0 && alive === 0 && hereDone) resolve();
    };
    const crashed = (k: number, failure: string) => {
      const file = names[k]!;
      const details = { file, reason: 'worker-crashed', ...(failure ? { detail: failure } : {}) };
      finish(k, { ok: false, findings: [createFinding('FILE_UNREADABLE', { file }, details)] });
    };
    // When no thread is left to read: the files no thread took, and those a dead worker took
    // but never sent back (it died between taking one and noting it), are unreadable.
    const sweep = (failure: string) => {
      if (alive > 0 || !hereDone) return;
      for (let k = 0; k < paths.length; k++) if (!received[k]) crashed(k, failure);
    };
    const start = (slot: number, fresh = false) => {
      const job: WorkerJob = {
        paths,
        ...(options.cwd ? { cwd: options.cwd } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
        ...(options.listed ? { listed: options.listed } : {}),
        queue: queue.memory,
        slot,
      };
      const { worker, warm } = acquire(found, job, own && !fresh);
      alive++;
      follow(worker, {
        reply: (reply) => finish(reply.id, resultOf(reply, names[reply.id]!, paths[reply.id]!)),
        // This worker's part is done: it waits for the next set, or ends.
        done: () => {
          alive--;
          if (own) park(worker);
          else void worker.terminate();
          sweep('');
          settle();
        },
        exit: (failure) => {
          alive--;
          const k = queue.reading(slot);
          queue.clear(slot);
          if (k >= 0 && !received[k]) crashed(k, failure);
          // A worker that took a file is replaced while files are left (each one that dies has
          // used up a file, so this ends); one that died before taking any (its script failed
          // to load) is not, and the files go to the threads still reading. An idle worker that
          // died before the set reached it is replaced by a new one.
          if ((k >= 0 || warm) && queue.open) start(slot, true);
          else sweep(failure);
          settle();
        },
      });
    };
    if (left === 0) resolve();
    else {
      for (let slot = 0; slot < workers; slot++) start(slot);
      if (here)
        void readHere(queue, here, finish).then(() => {
          hereDone = true;
          sweep('');
          settle();
        });
    }
  });
}

/**
 * Follows `worker` through one set: each reply, then `done` when it says {@link SET_DONE} or
 * `exit` (with the error it died of, if any) when it ends first; it is not followed after.
 */
function follow(
  worker: Worker,
  on: {
    readonly reply: (reply: WorkerReply) => void;
    readonly done: () => void;
    readonly exit: (failure: string) => void;
  },
): void {
  let failure = '';
  const onMessage = (message: WorkerMessage | typeof SET_DONE) => {
    if (message === SET_DONE) {
      detach();
      on.done();
    } else on.reply(replyOf(message));
  };
  const onError = (error: unknown) => {
    failure = error instanceof Error ? error.message : String(error);
  };
  // Node hands over every message a worker sent before its exit event.
  const onExit = () => {
    detach();
    on.exit(failure);
  };
  const detach = () => {
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.off('exit', onExit);
  };
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
}

/** How long this thread reads before it takes in the workers' results, in milliseconds. */
const TAKE_IN_MS = 20;

/**
 * This thread's share of `readInWorkers`: files from the queue, one at a time, and a turn of
 * the event loop every {@link TAKE_IN_MS}, in which the workers' results are taken in. A turn
 * after every file made the national folder about 7 % slower (docs/performance.md).
 */
async function readHere(
  queue: SharedQueue,
  read: (k: number) => ParseResult,
  finish: (k: number, result: ParseResult) => void,
): Promise<void> {
  let since = performance.now();
  for (let k = queue.take(); k >= 0; k = queue.take()) {
    finish(k, read(k));
    if (performance.now() - since >= TAKE_IN_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
}
