// Child process of the memory measurement (bench/run.ts): `memory.ts <task> <file>`.
// Reads the texts (joined by U+0000, which neither format holds raw), runs one task over
// all of them keeping every result, and prints two peaks above the process with the texts
// loaded and nothing parsed. Both are sampled INSIDE the calls, not between them:
// - rss: the kernel's high-water mark of the resident set (VmHWM in /proc/self/status),
//   reset to the current resident set just before the task by writing 5 to
//   /proc/self/clear_refs (Linux ≥ 4.0), so what loading the texts cost does not hide it;
// - heap: the largest used V8 heap seen before any garbage collection during the task
//   (v8.GCProfiler, which records the heap at every collection, also those inside one
//   synchronous call), or at its end.
import { readFileSync, writeFileSync } from 'node:fs';
import { GCProfiler } from 'node:v8';
import { load } from 'js-yaml';
import { parse } from 'yaml';
import { parseDocument, validate } from '../src/index.js';
import { YAML_READ_OPTIONS } from '../src/io/yaml-fast.js';
import { readTexts } from './texts.js';

const [task, file] = process.argv.slice(2);
const texts = readTexts(file!);

const status = (): Record<string, number> => {
  try {
    const out: Record<string, number> = {};
    for (const line of readFileSync('/proc/self/status', 'utf8').split('\n')) {
      const m = /^(VmHWM|VmRSS):\s+(\d+)/.exec(line);
      if (m) out[m[1]!] = Number(m[2]) * 1024;
    }
    return out;
  } catch {
    return {};
  }
};

const run: Record<string, (text: string) => unknown> = {
  json: (t) => JSON.parse(t),
  'js-yaml': (t) => load(t),
  yaml: (t) => parse(t, YAML_READ_OPTIONS),
  'ours-json': (t) => {
    const r = parseDocument(t, { format: 'json' });
    if (r.ok) validate(r.value);
    return r;
  },
  'ours-yaml': (t) => {
    const r = parseDocument(t, { format: 'yaml' });
    if (r.ok) validate(r.value);
    return r;
  },
};
const one = run[task!];
if (!one) throw new Error(`unknown task ${task}`);

global.gc?.();
global.gc?.();
let resetOk = true;
try {
  writeFileSync('/proc/self/clear_refs', '5');
} catch {
  resetOk = false;
}
const rssBefore = status().VmRSS ?? Number.NaN;
const heapBefore = process.memoryUsage().heapUsed;
const profiler = new GCProfiler();
profiler.start();
const keep: unknown[] = [];
for (const text of texts) keep.push(one(text));
const heapAfter = process.memoryUsage().heapUsed;
const rssPeak = status().VmHWM ?? Number.NaN;
let heapPeak = heapAfter;
for (const s of profiler.stop()?.statistics ?? []) {
  heapPeak = Math.max(heapPeak, s.beforeGC.heapStatistics.usedHeapSize);
}
console.log(
  JSON.stringify({
    task,
    rssMB: resetOk ? (rssPeak - rssBefore) / 1e6 : null,
    heapMB: (heapPeak - heapBefore) / 1e6,
    kept: keep.length,
  }),
);
