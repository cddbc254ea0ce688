// Child process of the growth rows (bench/run.ts): `growth.ts <json|yaml> <file>`.
// One size in a process of its own, so that it runs in a heap holding nothing but its own texts
// and documents; the parent runs every size in turns with the others, several rounds, so that a
// change of the machine's speed falls on all sizes alike. Each task runs once to warm up, then
// three times timed, in turns with the other; the child reports the mean of the three. Not the
// median: a full collection of the old generation comes every run or two at these sizes and
// costs in proportion to the heap, and with one timed run it fell inside it at one size and
// outside at the next, which made one doubling 2.6× and the next 1.9× (docs/performance.md,
// "Sizes in turns"); the mean spreads it over the runs. The parent takes medians over the rounds.
// Prints one line of JSON: the floor (JSON.parse or js-yaml `load` of every text) and ours
// (parse + validate of every text), each keeping its results as the other does, and the
// fastest of each one's timed runs.
import { load } from 'js-yaml';
import { validate } from '../src/index.js';
import { clock, settled } from './measure.js';
import { parseAll, readTexts } from './texts.js';

const [format, file] = process.argv.slice(2);
if (format !== 'json' && format !== 'yaml') throw new Error(`growth.ts: json or yaml, not ${format}`);
const texts = readTexts(file!);
const read = format === 'json' ? (t: string) => JSON.parse(t) : (t: string) => load(t);

// One slot for both, emptied before each run: each task's results live until the next has made
// its own, so each pays alike for the collector's work on the other's.
const kept: { value: unknown[] } = { value: [] };
const tasks = {
  floor: () => {
    kept.value = [];
    kept.value = texts.map(read);
  },
  ours: () => {
    kept.value = [];
    kept.value = parseAll(texts, format).map((d) => {
      validate(d);
      return d;
    });
  },
};
settled(tasks.floor);
settled(tasks.ours);
const RUNS = 3;
// The mean decides; the fastest run of each is reported beside it, which the collector's full
// collections (that land in one run or another) touch least.
const times = {
  floor: 0,
  ours: 0,
  floorFastest: Number.POSITIVE_INFINITY,
  oursFastest: Number.POSITIVE_INFINITY,
};
for (let run = 0; run < RUNS; run++) {
  for (const name of ['floor', 'ours'] as const) {
    const t = clock();
    settled(tasks[name]);
    const took = clock() - t;
    times[name] += took / RUNS;
    times[`${name}Fastest`] = Math.min(times[`${name}Fastest`], took);
  }
}
console.log(JSON.stringify(times));
