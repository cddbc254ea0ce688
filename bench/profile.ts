// Profiling driver: `node --cpu-prof --import tsx bench/profile.ts [plansPerRegion] [parse|validate|both] [runs]`.
// Runs parse + validate of the national document set a few times so a CPU profile shows where time goes.
import { type Document, parseDocument, validate } from '../src/index.js';
import { generateNation } from './generate.js';

const perRegion = Number(process.argv[2] ?? 476);
const what = process.argv[3] ?? 'both';
const texts = generateNation(perRegion).map((d) => JSON.stringify(d));
let parsed: Document[] = [];
for (let run = 0; run < Number(process.argv[4] ?? 5); run++) {
  const t = performance.now();
  if (what !== 'validate' || run === 0) {
    parsed = texts.map((text) => {
      const r = parseDocument(text, { format: 'json' });
      if (!r.ok) throw new Error('generated document must parse');
      return r.value;
    });
  }
  const p = performance.now();
  if (what !== 'parse') for (const d of parsed) validate(d);
  console.log(
    `run ${run}: parse ${(p - t).toFixed(0)} ms, validate ${(performance.now() - p).toFixed(0)} ms`,
  );
}
