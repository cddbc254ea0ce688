// Worker of the benchmark's parallel floor (bench/parallel-floor.ts): js-yaml `load` (or
// JSON.parse) of the texts it was started with, taking each next text from a shared counter
// as the calling thread does, and sending each result back (structured clone), as the folder
// loader's workers do. Plain JavaScript, so the worker starts without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { load } from 'js-yaml';

const { texts, json } = workerData;
const parse = json ? (t) => JSON.parse(t) : (t) => load(t);
parentPort.on('message', (counter) => {
  const next = new Int32Array(counter);
  for (let k = Atomics.add(next, 0, 1); k < texts.length; k = Atomics.add(next, 0, 1)) {
    parentPort.postMessage([k, parse(texts[k])]);
  }
  parentPort.postMessage(-1);
});
parentPort.postMessage(-1);
