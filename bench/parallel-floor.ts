// The folder rows' parallel floor: what js-yaml `load` (or JSON.parse) itself does on the
// same number of threads as the loader, so a run shows what a second thread gives on the
// machine at hand. Workers are started before the timed runs (their start is left out, where
// the loader's is inside its time); each run hands out the texts from one shared counter to
// the workers and the calling thread alike, and the calling thread keeps every result.
import { Worker } from 'node:worker_threads';
import { load } from 'js-yaml';

/** A pool of `threads - 1` workers over `texts`; `run` parses them all once on `threads` threads. */
export async function parallelFloor(
  texts: readonly string[],
  threads: number,
  json: boolean,
): Promise<{ run: () => Promise<unknown[]>; close: () => Promise<void> }> {
  const parse = json ? (t: string) => JSON.parse(t) as unknown : (t: string) => load(t);
  const workers = Array.from(
    { length: threads - 1 },
    () => new Worker(new URL('./floor-worker.mjs', import.meta.url), { workerData: { texts, json } }),
  );
  // Each worker says once that it has started.
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const run = async (): Promise<unknown[]> => {
    const results: unknown[] = new Array(texts.length);
    const counter = new SharedArrayBuffer(4);
    const next = new Int32Array(counter);
    let done = 0;
    const finished = new Promise<void>((resolve) => {
      for (const w of workers) {
        const take = (m: number | [number, unknown]) => {
          if (m !== -1) {
            const [k, value] = m as [number, unknown];
            results[k] = value;
            return;
          }
          w.off('message', take);
          if (++done === workers.length) resolve();
        };
        w.on('message', take);
        w.postMessage(counter);
      }
    });
    // The calling thread parses too, and takes in the workers' results between texts every
    // 20 ms, as the loader does.
    let since = performance.now();
    for (let k = Atomics.add(next, 0, 1); k < texts.length; k = Atomics.add(next, 0, 1)) {
      results[k] = parse(texts[k]!);
      if (performance.now() - since > 20) {
        await new Promise((resolve) => setImmediate(resolve));
        since = performance.now();
      }
    }
    await finished;
    return results;
  };
  return { run, close: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}
