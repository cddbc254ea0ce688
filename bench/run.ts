// The benchmark: `npm run bench`. Every number is a ratio against a baseline measured in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { type Document, parseDocument, validate } from '../src/index.js';
import { generateNation, generatePlan, random } from './generate.js';
import { median, table } from './measure.js';

const quick = process.argv.includes('--quick');
// Plans per region; ×21 regions. 476 is national scale (~10,000 plans, ~200,000 boxes).
const sizes = quick ? [60, 120, 240] : [476, 952, 1904];
const national = quick ? 240 : 476;

console.log(
  `effektkedja benchmark — ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);

interface Row {
  plans: number;
  mb: number;
  json: number;
  parse: number;
  validate: number;
}
const rows: Row[] = [];
for (const perRegion of sizes) {
  const docs = generateNation(perRegion);
  const texts = docs.map((d) => JSON.stringify(d));
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  const runs = perRegion > 1000 ? 3 : 5;
  const json = median(() => {
    for (const t of texts) JSON.parse(t);
  }, runs);
  let parsed: Document[] = [];
  const parse = median(() => {
    parsed = texts.map((t) => {
      const r = parseDocument(t, { format: 'json' });
      if (!r.ok) throw new Error('generated document must parse');
      return r.value;
    });
  }, runs);
  const val = median(() => {
    for (const d of parsed) validate(d);
  }, runs);
  rows.push({ plans: perRegion * 21, mb, json, parse, validate: val });
}

console.log('\n## Parse and validate (21 regions)\n');
console.log(
  table(
    [
      'plans',
      'MB',
      'JSON.parse ms',
      'parse ms',
      'validate ms',
      '(parse+validate) / JSON.parse',
      'growth per doubling',
    ],
    rows.map((r, i) => [
      r.plans,
      r.mb.toFixed(1),
      r.json.toFixed(0),
      r.parse.toFixed(0),
      r.validate.toFixed(0),
      ((r.parse + r.validate) / r.json).toFixed(2),
      i === 0 ? '—' : ((r.parse + r.validate) / (rows[i - 1]!.parse + rows[i - 1]!.validate)).toFixed(2),
    ]),
  ),
);

// Mermaid export of one 1,000-box plan, against JSON.stringify of the same plan.
const big = generatePlan('stor', random(7), ['m'], 0, 50);
console.log(
  `\nA plan of ${big.boxes.length} boxes and ${big.links?.length} links generated for the export measurements.`,
);

// Peak memory, each task in its own process so the peaks do not mix.
const textsFile = join(mkdtempSync(join(tmpdir(), 'effektkedja-bench-')), 'national.jsonl');
writeFileSync(
  textsFile,
  generateNation(national)
    .map((d) => JSON.stringify(d))
    .join('\n'),
);
const mem = (task: string) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', new URL('./memory.ts', import.meta.url).pathname, task, textsFile],
      { encoding: 'utf8' },
    ),
  ).peakMB as number;
const jsonPeak = mem('json');
const ourPeak = mem('parse-validate');
console.log('\n## Peak memory above the input text (national size)\n');
console.log(
  table(
    ['task', 'peak MB', 'ratio'],
    [
      ['JSON.parse', jsonPeak.toFixed(0), '1.00'],
      ['parse + validate', ourPeak.toFixed(0), (ourPeak / jsonPeak).toFixed(2)],
    ],
  ),
);
