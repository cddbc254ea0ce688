import type { Language } from '../findings/finding.js';
import { cliWords } from '../locales/words.js';
import type { ReadOptions } from '../node/files.js';
import type { CliIo } from './io.js';

/** A progress bar on stderr, shown only on a terminal and only when a batch takes more than a moment. */
export interface Progress {
  tick(label?: string): void;
  done(): void;
}

const DELAY_MS = 400;
const WIDTH = 24;
// A validation of this many plans or more blocks for a moment: its line is drawn before it starts.
const PLANS_AT_ONCE = 200;

/** Whether a command shows progress: only to a person at a terminal, never into a pipe or file. */
export function showsProgress(io: CliIo): boolean {
  return io.stderrIsTTY;
}

/** One line of progress: a bar, the count and what is counted (`[######…] 12/84 filer lästa`). */
export function renderProgress(count: number, total: number, noun: string): string {
  const filled = total > 0 ? Math.min(WIDTH, Math.round((count / total) * WIDTH)) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} ${noun}`;
}

/** Starts a progress bar for `total` steps; silent unless stderr is a TTY. */
export function startProgress(io: CliIo, total: number, noun: string): Progress {
  if (!showsProgress(io) || total < 2) return { tick() {}, done() {} };
  const started = Date.now();
  let count = 0;
  let shown = false;
  let lastDraw = 0;
  return {
    tick() {
      count++;
      const now = Date.now();
      if (now - started < DELAY_MS || now - lastDraw < 80) return;
      lastDraw = now;
      shown = true;
      io.stderr(`\r${renderProgress(count, total, noun)}`);
    },
    done() {
      if (shown) io.stderr(`\r${' '.repeat(WIDTH + 20 + noun.length)}\r`);
    },
  };
}

/**
 * Progress of a command that reads a folder and validates its plans: files read (from the
 * first moment, redrawn by a timer while workers read), then plans validated (drawn before
 * each region's validation, which holds the thread). Silent unless stderr is a TTY.
 */
export interface WorkProgress {
  /** Pass as `onFile` to the reading functions. */
  readonly files: (read: number, total: number) => void;
  /** `done` of `total` plans validated; drawn at once when a long validation follows. */
  plans(done: number, total: number): void;
  /** Clears the line. */
  done(): void;
}

/** Starts the progress of reading files and validating plans, in the command's language. */
export function startWorkProgress(io: CliIo, lang: Language): WorkProgress {
  if (!showsProgress(io)) return { files() {}, plans() {}, done() {} };
  const words = cliWords(lang);
  const started = Date.now();
  let line = '';
  let drawn = '';
  let width = 0;
  const draw = (force: boolean) => {
    if (line === drawn || (!force && Date.now() - started < DELAY_MS)) return;
    drawn = line;
    width = Math.max(width, line.length);
    io.stderr(`\r${line.padEnd(width)}`);
  };
  // Redraws the latest line while the thread waits for workers, so the bar shows within the first second.
  const timer = setInterval(() => draw(false), 200);
  timer.unref();
  return {
    files(read, total) {
      line = renderProgress(read, total, words.progressFiles);
      draw(false);
    },
    plans(done, total) {
      line = renderProgress(done, total, words.progressPlans);
      draw(done < total && total >= PLANS_AT_ONCE);
    },
    done() {
      clearInterval(timer);
      if (width > 0) io.stderr(`\r${' '.repeat(width)}\r`);
    },
  };
}

/** What a command passes to `loadRegionSets`: where it runs, how many threads read, progress. */
export function readOptions(io: CliIo, jobs: number, progress: WorkProgress): ReadOptions {
  // The tests set the size from which workers read (src/node/read-pool.ts) low, to run them on small folders.
  const min = Number(io.env.EFFEKTKEDJA_WORKER_MIN_BYTES);
  return {
    cwd: io.cwd,
    jobs,
    onFile: progress.files,
    ...(Number.isFinite(min) && min >= 0 && io.env.EFFEKTKEDJA_WORKER_MIN_BYTES
      ? { workerMinBytes: min }
      : {}),
  };
}
