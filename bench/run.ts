// The benchmark: `npm run bench` (`--quick` for smaller sizes, `--wall` for wall time).
// Every bar is a ratio against a baseline measured in the same run on the same data,
// so the numbers compare across machines; the machine is printed first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { diff } from '../src/edit/index.js';
import { synthesize } from '../src/followup/index.js';
import {
  BUILT_IN_RULES,
  buildContext,
  type Document,
  parseDocument,
  type Rule,
  validate,
} from '../src/index.js';
import { toMermaid } from '../src/mermaid/index.js';
import { adversarial, generateNation, generatePlan, random } from './generate.js';
import { clockName, median, medians, table } from './measure.js';

const quick = process.argv.includes('--quick');
// Plans per region; ×21 regions. 476 is national scale (~10,000 plans, ~200,000 boxes).
const sizes = quick ? [60, 120, 240] : [476, 952, 1904];
const national = quick ? 240 : 476;
const BAR = { ratio: 3, growth: 2.2, memory: 4, mermaidMs: 50 };

const ms = (t: number) => t.toFixed(0);
const x = (r: number) => r.toFixed(2);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

console.log(
  `effektkedja benchmark — ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at start; times are ${clockName}, median of several runs`,
);

/** Reads every text with our parser; the generated documents must be valid. */
function parseAll(texts: readonly string[]): Document[] {
  return texts.map((t) => {
    const r = parseDocument(t, { format: 'json' });
    if (!r.ok) throw new Error('generated document must parse');
    return r.value;
  });
}

// --- Parse and validate at three sizes -------------------------------------------------

interface Row {
  plans: number;
  mb: number;
  /** JSON.parse, results kept (as our parse must keep them): the floor. */
  json: number;
  /** JSON.parse, results dropped at once: cheaper, since the collector never copies them. */
  jsonDropped: number;
  parse: number;
  validate: number;
}
const rows: Row[] = [];
let nationalDocs: Document[] = [];
let nationalTexts: string[] = [];
for (const perRegion of sizes) {
  const texts = generateNation(perRegion).map((d) => JSON.stringify(d));
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  const runs = perRegion > 1000 ? 3 : 5;
  // Kept until the next run has parsed, as `parsed` is: the two floors differ only
  // in what the garbage collector must copy.
  const kept: { value: unknown[] } = { value: [] };
  let parsed: Document[] = parseAll(texts);
  const t = medians(
    {
      jsonDropped: () => {
        for (const text of texts) JSON.parse(text);
      },
      json: () => {
        kept.value = [];
        kept.value = texts.map((text) => JSON.parse(text));
      },
      parse: () => {
        parsed = [];
        parsed = parseAll(texts);
      },
      validate: () => {
        for (const d of parsed) validate(d);
      },
    },
    runs,
  );
  kept.value = [];
  const { json, jsonDropped, parse } = t;
  const val = t.validate;
  rows.push({ plans: perRegion * 21, mb, json, jsonDropped, parse, validate: val });
  if (perRegion === national) {
    nationalDocs = parsed;
    nationalTexts = texts;
  }
}

const total = (r: Row) => r.parse + r.validate;
console.log('\n## Parse and validate (21 regions)\n');
console.log(
  table(
    [
      'plans',
      'MB',
      'JSON.parse ms',
      'JSON.parse, dropped ms',
      'parse ms',
      'validate ms',
      '(parse+validate) / JSON.parse',
      '… / JSON.parse dropped',
      'growth per doubling',
    ],
    rows.map((r, i) => [
      r.plans,
      r.mb.toFixed(1),
      ms(r.json),
      ms(r.jsonDropped),
      ms(r.parse),
      ms(r.validate),
      x(total(r) / r.json),
      x(total(r) / r.jsonDropped),
      i === 0 ? '—' : x(total(r) / total(rows[i - 1]!)),
    ]),
  ),
);
const nationalRow = rows[sizes.indexOf(national)]!;
const worstGrowth = Math.max(...rows.slice(1).map((r, i) => total(r) / total(rows[i]!)));
// At 4× national the runtime itself grows super-linearly (JSON.parse too, from garbage collection of
// ~150 MB of live objects): a step whose growth stays within JSON.parse's own in that step is the
// runtime's, not ours, and the bar is judged on the rest. Both numbers are printed.
const growthSteps = rows
  .slice(1)
  .map((r, i) => ({ ours: total(r) / total(rows[i]!), floor: r.json / rows[i]!.json }));
const growthOk = growthSteps.every((g) => g.ours <= BAR.growth || g.ours <= g.floor);
const floorAtWorst = growthSteps.find((g) => g.ours === worstGrowth)?.floor ?? Number.NaN;

// --- What each built-in rule costs at national size ----------------------------------

// Each rule's check timed alone on indexes built once: shows which rule to look at
// when the parse + validate bar is missed. Findings are drained, as validate does.
const contexts = nationalDocs.map((d) => buildContext(d));
const drain = (rule: Rule) => {
  for (const c of contexts) for (const _ of rule.check(c));
};
const contextOnly = median(() => {
  for (const d of nationalDocs) buildContext(d);
}, 5);
const ruleTimes = medians(
  Object.fromEntries(BUILT_IN_RULES.map((rule) => [rule.name, () => drain(rule)])),
  5,
);
const ruleRows = Object.entries(ruleTimes).sort((a, b) => b[1] - a[1]);
contexts.length = 0;
console.log('\n## Validate at national size, by rule\n');
console.log(
  table(
    ['part', 'ms', 'share of JSON.parse'],
    [
      ['indexes (buildContext)', ms(contextOnly), x(contextOnly / nationalRow.json)],
      ...ruleRows.map(([name, t]) => [name, t.toFixed(1), x(t / nationalRow.json)]),
    ],
  ),
);

// --- Mermaid export of one 1,000-box plan ----------------------------------------------

const big = generatePlan('stor', random(7), ['m'], 0, 50);
const stringify = median(() => JSON.stringify(big), 21);
const mermaid = median(() => toMermaid(big), 21);
console.log(`\n## Mermaid export of one plan (${big.boxes.length} boxes, ${big.links?.length} links)\n`);
console.log(
  table(
    ['task', 'ms', 'ratio to JSON.stringify'],
    [
      ['JSON.stringify of the plan', stringify.toFixed(1), '1.00'],
      ['toMermaid', mermaid.toFixed(1), x(mermaid / stringify)],
    ],
  ),
);

// --- Portfolio synthesis and diff at national size -------------------------------------

// The second national set: every tenth plan gets a changed box text and a new measurement.
const edited = nationalTexts.map((t) => {
  const d = JSON.parse(t) as Document;
  (d.plans ?? []).forEach((p, i) => {
    if (i % 10 !== 0) return;
    p.boxes[0]!.text = `${p.boxes[0]!.text} (ändrad)`;
    const withIndicator = p.boxes.find((b) => b.indicators?.length);
    withIndicator?.indicators?.[0]?.measurements?.push({ period: 2026, value: 7 });
  });
  return d;
});
// Measured in turns with their own JSON.parse baseline, not against the one of the parse table
// minutes before: on a shared machine a lone median of three moved this ratio from 0.4 to 1.2
// with no change in the code (docs/performance.md, "Synthesis: a regression that was not").
const keptNational: { value: unknown[] } = { value: [] };
const followup = medians(
  {
    json: () => {
      keptNational.value = [];
      keptNational.value = nationalTexts.map((text) => JSON.parse(text));
    },
    synthesis: () => {
      synthesize(nationalDocs);
    },
    diff: () => {
      for (let i = 0; i < nationalDocs.length; i++) diff(nationalDocs[i]!, edited[i]!);
    },
  },
  5,
);
keptNational.value = [];
const jsonNational = followup.json;
const synthesis = followup.synthesis;
const diffTime = followup.diff;
console.log('\n## National document set: synthesis and diff\n');
console.log(
  table(
    ['task', 'ms', 'ratio to JSON.parse of the set'],
    [
      ['JSON.parse of the national set', ms(jsonNational), '1.00'],
      ['synthesize (portfolio synthesis)', ms(synthesis), x(synthesis / jsonNational)],
      ['diff of two national sets (21 document pairs)', ms(diffTime), x(diffTime / jsonNational)],
    ],
  ),
);
nationalDocs = [];
nationalTexts = [];

// --- Adversarial shapes --------------------------------------------------------------

/** Parse + validate of one document, or the error it raised (a stack overflow, say). */
function attempt(text: string): number | string {
  try {
    return median(() => {
      const r = parseDocument(text, { format: 'json' });
      if (!r.ok) throw new Error(`refused: ${r.findings[0]?.code}`);
      validate(r.value);
    }, 3);
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

const shapes: [string, 'bigPlan' | 'chain' | 'sharedGoal', number][] = [
  ['one plan, boxes', 'bigPlan', quick ? 25_000 : 100_000],
  ['a loop of boxes on one level', 'chain', quick ? 2_500 : 5_000],
  ['plans serving one goal', 'sharedGoal', quick ? 2_500 : 10_000],
];
const adversarialRows: (string | number)[][] = [];
let adversarialOk = true;
for (const [name, shape, n] of shapes) {
  const texts = [n, 2 * n].map((k) => JSON.stringify(adversarial(shape, k)));
  const [a, b] = texts.map(attempt);
  const [ja, jb] = texts.map((t) => median(() => JSON.parse(t), 3)) as [number, number];
  const ran = typeof a === 'number' && typeof b === 'number';
  const growth = ran ? b / a : Number.NaN;
  // A blow-up in our code shows as growth beyond both the bar and JSON.parse's own
  // growth on the same texts (which, for one huge document, is itself above 2×:
  // the collector's work grows with the live heap).
  if (!ran || (growth > BAR.growth && growth > 1.1 * (jb / ja))) adversarialOk = false;
  const cell = (t: number | string | undefined, json: number) =>
    typeof t === 'number' ? `${ms(t)} (${x(t / json)}×)` : String(t);
  adversarialRows.push([
    `${name} (${n.toLocaleString('en')})`,
    cell(a, ja),
    cell(b, jb),
    ran ? x(growth) : '—',
    x(jb / ja),
  ]);
}
console.log(
  '\n## Adversarial shapes: parse + validate of one document, and of one twice the size\n\n' +
    'ms (ratio to JSON.parse of the same text)\n',
);
console.log(
  table(
    ['shape', 'parse + validate', 'at twice the size', 'growth per doubling', 'JSON.parse growth'],
    adversarialRows,
  ),
);

// --- Peak memory, each task in its own process so the peaks do not mix ------------------

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
      ['parse + validate', ourPeak.toFixed(0), x(ourPeak / jsonPeak)],
    ],
  ),
);

// --- The bars ------------------------------------------------------------------------

const nationalRatio = total(nationalRow) / nationalRow.json;
console.log('\n## Bars\n');
console.log(
  table(
    ['bar', 'measured', 'verdict'],
    [
      [
        `parse + validate, national ≤ ${BAR.ratio}× JSON.parse`,
        `${x(nationalRatio)}×`,
        verdict(nationalRatio <= BAR.ratio),
      ],
      [
        `growth per doubling ≤ ${BAR.growth}×`,
        `${x(worstGrowth)}× (worst; JSON.parse ${x(floorAtWorst)}× in that step)`,
        verdict(growthOk),
      ],
      [
        `peak memory ≤ ${BAR.memory}× JSON.parse`,
        `${x(ourPeak / jsonPeak)}×`,
        verdict(ourPeak / jsonPeak <= BAR.memory),
      ],
      [
        `Mermaid export of a 1,000-box plan ≤ ${BAR.mermaidMs} ms`,
        `${mermaid.toFixed(1)} ms`,
        verdict(mermaid <= BAR.mermaidMs),
      ],
      [
        'adversarial shapes: no crash, no blow-up (growth ≤ 2.2×, or ≤ JSON.parse’s own)',
        adversarialOk ? 'all ran' : 'see table',
        verdict(adversarialOk),
      ],
    ],
  ),
);
