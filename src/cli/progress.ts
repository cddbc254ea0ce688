import type { CliIo } from './io.js';

/** A progress bar on stderr, shown only on a terminal and only when a batch takes more than a moment. */
export interface Progress {
  tick(label?: string): void;
  done(): void;
}

const DELAY_MS = 400;
const WIDTH = 24;

/** Starts a progress bar for `total` steps; silent unless stderr is a TTY. */
export function startProgress(io: CliIo, total: number, noun: string): Progress {
  if (!io.stderrIsTTY || total < 2) return { tick() {}, done() {} };
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
      const filled = Math.round((count / total) * WIDTH);
      io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${count}/${total} ${noun}`);
    },
    done() {
      if (shown) io.stderr(`\r${' '.repeat(WIDTH + 20 + noun.length)}\r`);
    },
  };
}
