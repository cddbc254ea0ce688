// The worker thread of `readInWorkers` (read-pool.ts): takes files from the shared queue of
// its set, reads and parses each, and sends back each result as plain data (`messageOf`).
// When the queue is empty it says so (`SET_DONE`) and waits for the next set, which comes as
// a message; the reading thread ends it when it has waited long enough.
import { parentPort, workerData } from 'node:worker_threads';
import { compactFastReads } from '../io/yaml-fast.js';
import { formatOf } from './file-source.js';
import { displayName, readDocumentTextSync } from './files.js';
import {
  messageOf,
  plainFinding,
  SET_DONE,
  SharedQueue,
  type WorkerJob,
  type WorkerReply,
} from './read-pool.js';

function readSet(port: NonNullable<typeof parentPort>, job: WorkerJob): void {
  const queue = new SharedQueue(job.paths.length, job.queue);
  const options = { ...(job.cwd ? { cwd: job.cwd } : {}), ...(job.limits ? { limits: job.limits } : {}) };
  for (let k = queue.take(job.slot); k >= 0; k = queue.take(job.slot)) {
    const path = job.paths[k]!;
    const { result, text, format, stamp } = readDocumentTextSync(path, options, {
      file: displayName(path, job.cwd),
      listed: job.listed?.[k] === true,
      stamp: true,
    });
    // The reading thread makes a read document's source map from the file's stamp, not its text.
    const located = result.ok && result.source && text !== undefined && stamp !== undefined;
    const reply: WorkerReply = {
      id: k,
      ok: result.ok,
      ...(result.ok ? { value: result.value } : {}),
      findings: result.findings.map(plainFinding),
      ...(located ? { stamp, format: formatOf(text, format) } : {}),
    };
    // A tree unless the text has a `*`: a YAML alias can put one object in two places.
    port.postMessage(messageOf(reply, !result.ok || text === undefined || !text.includes('*')));
  }
  port.postMessage(SET_DONE);
}

const port = parentPort;
if (port) {
  // What this thread reads is copied to the reading thread and dropped here.
  compactFastReads(false);
  readSet(port, workerData as WorkerJob);
  port.on('message', (job: WorkerJob) => readSet(port, job));
}
