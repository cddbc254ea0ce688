// Profiling driver for the folder loader: `node --cpu-prof --import tsx bench/profile-folder.ts
// [plansPerRegion] [yaml|json] [jobs] [runs]`. Writes a generated folder of single-plan files
// (bench/generate.ts: per region a strategy file and one file per plan) to a temporary folder,
// then loads it with `loadRegionSets` a few times, in turns with the floor (js-yaml `load` or
// JSON.parse of every file's text, summed, results kept), and prints each run's wall time.
// Run from the TypeScript sources the loader reads in one thread (no worker script next to
// them); with `jobs` > 1 it loads from dist/esm/node (run `npm run build` first).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { stringify } from 'yaml';
import { loadRegionSets as fromSource } from '../src/node/index.js';
import { generateFolder } from './generate.js';

const perRegion = Number(process.argv[2] ?? 120);
const format = process.argv[3] === 'json' ? 'json' : 'yaml';
const jobs = Number(process.argv[4] ?? 1);
const runs = Number(process.argv[5] ?? 4);
const root = fileURLToPath(new URL('..', import.meta.url));
const loadRegionSets =
  jobs > 1
    ? ((await import(join(root, 'dist/esm/node/index.js'))) as typeof import('../src/node/index.js'))
        .loadRegionSets
    : fromSource;

const texts = generateFolder(
  perRegion,
  {},
  format === 'yaml' ? (d) => stringify(d, { lineWidth: 0 }) : undefined,
  format,
);
const dir = mkdtempSync(join(tmpdir(), 'effektkedja-profile-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
for (const [name, text] of texts) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}
const list = [...texts.values()];
const floorOf = format === 'yaml' ? (t: string) => load(t) : (t: string) => JSON.parse(t);
console.log(`${list.length} ${format} files, jobs ${jobs}`);
let kept: unknown;
for (let run = 0; run < runs; run++) {
  kept = undefined;
  let t = performance.now();
  kept = list.map(floorOf);
  const floor = performance.now() - t;
  kept = undefined;
  t = performance.now();
  const r = await loadRegionSets([dir], { jobs });
  kept = r;
  const loader = performance.now() - t;
  const plans = r.sets.reduce((n, s) => n + (s.set.document.plans?.length ?? 0), 0);
  console.log(
    `run ${run}: floor ${floor.toFixed(0)} ms, loadRegionSets ${loader.toFixed(0)} ms ` +
      `(${(loader / floor).toFixed(2)}×), ${plans} plans, ${r.findings.length} findings`,
  );
}
void kept;
