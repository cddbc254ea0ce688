// The worker thread of `readInWorkers` (read-pool.ts): reads and parses the files it is
// sent, one at a time in the order sent, and answers each with plain data.
import { parentPort } from 'node:worker_threads';
import { readDocumentText } from './files.js';
import { plainFinding, type WorkerReply, type WorkerRequest } from './read-pool.js';

const port = parentPort;
if (port) {
  const queue: WorkerRequest[] = [];
  let busy = false;
  const next = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    for (let request = queue.shift(); request; request = queue.shift()) {
      const { result, text, format } = await readDocumentText(request.path, {
        ...(request.cwd ? { cwd: request.cwd } : {}),
        ...(request.limits ? { limits: request.limits } : {}),
      });
      const reply: WorkerReply = {
        id: request.id,
        ok: result.ok,
        ...(result.ok ? { value: result.value } : {}),
        findings: result.findings.map(plainFinding),
        hasSource: result.source !== undefined,
        // The text only when the reading thread needs it for the source map of a read document.
        ...(result.ok && result.source && text !== undefined ? { text } : {}),
        ...(format ? { format } : {}),
      };
      port.postMessage(reply);
    }
    busy = false;
  };
  port.on('message', (request: WorkerRequest) => {
    queue.push(request);
    void next();
  });
}
