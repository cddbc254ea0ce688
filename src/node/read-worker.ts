// The worker thread of `readInWorkers` (read-pool.ts): reads and parses the files it is
// sent, one at a time in the order sent, and answers each with plain data.
import { parentPort } from 'node:worker_threads';
import { displayName, readDocumentTextSync } from './files.js';
import { plainFinding, type WorkerReply, type WorkerRequest } from './read-pool.js';

const port = parentPort;
if (port) {
  // Each file is read and parsed synchronously, so one message is answered before the next arrives.
  port.on('message', (request: WorkerRequest) => {
    const { result, text, format } = readDocumentTextSync(
      request.path,
      {
        ...(request.cwd ? { cwd: request.cwd } : {}),
        ...(request.limits ? { limits: request.limits } : {}),
      },
      { file: displayName(request.path, request.cwd), listed: request.listed === true },
    );
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
  });
}
