/**
 * Time taken by a task, in milliseconds. By default the process's CPU time (user +
 * system, all threads, the garbage collector's included): the machine this runs on
 * is shared, and CPU time counts the work done while wall time also counts the
 * waiting for a core. `--wall` measures wall time instead.
 */
export const clock: () => number = process.argv.includes('--wall')
  ? () => performance.now()
  : () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };

/** What `clock` measures, for the report. */
export const clockName = process.argv.includes('--wall') ? 'wall time' : 'CPU time';

type Collect = (options: { type: 'minor' | 'major' }) => void;
const collect = (globalThis as { gc?: Collect }).gc;

/**
 * Whether each timed run ends by moving what it keeps out of the young generation (two
 * minor collections, timed with the run): on by default when the process runs with
 * `--expose-gc`, off with `--no-settle`. Without it a task's survivors are copied by the
 * collections of whichever task allocates next, so a task is charged for keeping another's
 * results: at 1,008 plans `JSON.parse` kept its 21 documents inside a young generation that
 * never filled during the call (kept cost the same as dropped, 28 ms), and `validate`, run
 * next, paid for copying the documents `parse` had just made (docs/performance.md).
 * A minor collection does not shrink the young generation, as a forced full one does.
 */
export const settles = collect !== undefined && !process.argv.includes('--no-settle');

/** Runs a task and, when {@link settles}, promotes what it keeps, so the run pays for its own survivors. */
export function settled(task: () => void): void {
  task();
  if (settles) {
    collect!({ type: 'minor' });
    collect!({ type: 'minor' });
  }
}

/**
 * Median time of `runs` runs of `task`, in milliseconds, after one warm-up run.
 * No full collection is forced between runs on purpose (only the minor ones of
 * {@link settles}): a forced full collection also shrinks the young generation, which then makes the next run look slower than
 * any real use would be (measured: it hid a 2.5× gain in validate).
 */
export function median(task: () => void, runs = 5): number {
  settled(task);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = clock();
    settled(task);
    times.push(clock() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Runs a task until its time settles: the optimizing compiler works on background
 * threads whose CPU time counts, so a task measured after one warm-up run can cost
 * several times its steady state when it is small (measured: validate of 1,008 plans
 * took 195, 124, 99, 55, 43 ms in its first five runs). At most five runs; stops
 * when a run is within 15 % of the one before.
 */
function warmUp(task: () => void): void {
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t = clock();
    settled(task);
    const took = clock() - t;
    if (Math.abs(took - last) <= 0.15 * last) return;
    last = took;
  }
}

/**
 * Medians of several tasks measured in turns (a, b, c, a, b, c, …), so that a
 * change of load on a shared machine falls on all of them alike and their ratios
 * hold. Each task is first warmed up until its time settles ({@link warmUp}).
 */
export function medians<K extends string>(tasks: Record<K, () => void>, runs = 5): Record<K, number> {
  return summed(
    inTurns(tasks, runs),
    (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!,
  );
}

/** Each task's times, warmed up ({@link warmUp}) and then run `runs` times in turns. */
function inTurns<K extends string>(tasks: Record<K, () => void>, runs: number): Map<K, number[]> {
  const names = Object.keys(tasks) as K[];
  const times = new Map<K, number[]>(names.map((k) => [k, []]));
  for (const k of names) warmUp(tasks[k]);
  for (let i = 0; i < runs; i++) {
    for (const k of names) {
      const t = clock();
      settled(tasks[k]);
      times.get(k)!.push(clock() - t);
    }
  }
  return times;
}

function summed<K extends string>(
  times: Map<K, number[]>,
  of: (list: number[]) => number,
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const [k, list] of times) out[k] = of(list);
  return out;
}

/** Formats a table of rows as aligned Markdown. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(head),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** Wall time in milliseconds, for tasks on several threads (a folder read on workers). */
export const wall = (): number => performance.now();

/**
 * As {@link medians}, for tasks that may be asynchronous, timed with `time`
 * (wall time by default: a folder read on worker threads spends its CPU elsewhere).
 */
export async function mediansAsync<K extends string>(
  tasks: Record<K, () => unknown>,
  runs = 3,
  time: () => number = wall,
): Promise<Record<K, number>> {
  const names = Object.keys(tasks) as K[];
  const times = new Map<K, number[]>(names.map((k) => [k, []]));
  for (const k of names) await tasks[k]();
  for (let i = 0; i < runs; i++) {
    for (const k of names) {
      const t = time();
      await tasks[k]();
      times.get(k)!.push(time() - t);
    }
  }
  const out = {} as Record<K, number>;
  for (const k of names) {
    const list = times.get(k)!.sort((a, b) => a - b);
    out[k] = list[Math.floor(list.length / 2)]!;
  }
  return out;
}
