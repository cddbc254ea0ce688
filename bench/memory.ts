// Child process for the memory measurement: reads the texts from a file, then
// runs one task and prints the peak of the JS heap above the texts alone.
import { readFileSync } from 'node:fs';
import { parseDocument, validate } from '../src/index.js';

const [task, file] = process.argv.slice(2);
const texts = readFileSync(file!, 'utf8').split('\n').filter(Boolean);
const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};
global.gc?.();
const before = heap();
let peak = before;
const keep: unknown[] = [];
for (const text of texts) {
  if (task === 'json') keep.push(JSON.parse(text));
  else {
    const r = parseDocument(text, { format: 'json' });
    if (r.ok) validate(r.value);
    keep.push(r);
  }
  peak = Math.max(peak, heap());
}
console.log(JSON.stringify({ task, peakMB: (peak - before) / 1e6, kept: keep.length }));
