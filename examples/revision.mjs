// Årlig revidering: revise Destination Småland's plan from 2022 to 2023 with a few
// edits, print what changed (in Swedish), undo one change and write the result.
// Run after `npm run build`:  node examples/revision.mjs /tmp/kronoberg-2023.yaml
import { readFileSync, writeFileSync } from 'node:fs';
import {
  createHistory,
  diff,
  formatDiff,
  formatFindings,
  isEmptyDiff,
  parseDocument,
  validate,
  writeDocument,
} from 'effektkedja';

const out = process.argv[2];
if (!out) throw new Error('usage: node examples/revision.mjs <output.yaml>');
const here = new URL('.', import.meta.url);
const parsed = parseDocument(readFileSync(new URL('kronoberg.yaml', here), 'utf8'), {
  file: 'kronoberg.yaml',
});
if (!parsed.ok) throw new Error(formatFindings(parsed.findings));
const before = parsed.value;

// Every edit is logged in the plan's change log with when, who and why.
const history = createHistory(before, {
  changelog: true,
  by: 'Strateg, Region Kronoberg',
  now: () => '2023-01-20',
});
const plan = 'destination-smaland';
const edits = [
  [{ op: 'recordMeasurement', plan, indicator: 'antal-kampanjer', measurement: { period: 2022, value: 7 } }],
  [
    {
      op: 'setTarget',
      plan,
      indicator: 'antal-turistforetag',
      target: { value: 30, year: 2023 },
      reason: 'Fler företag än väntat anmälde intresse under 2022',
    },
  ],
  [
    {
      op: 'addBox',
      plan,
      box: {
        id: 'digitala-kanaler',
        level: 'aktiviteter',
        text: 'Kampanjer i digitala kanaler för cykelturister',
      },
    },
    { why: 'Ny satsning efter dialog med kommunerna' },
  ],
  [{ op: 'connect', plan, from: 'verksamhetsbidrag', to: 'digitala-kanaler' }],
  [{ op: 'connect', plan, from: 'digitala-kanaler', to: 'kampanjer' }],
  [
    {
      op: 'updateBox',
      plan,
      box: 'kannedom',
      changes: { text: 'Ökad kännedom om Småland på fyra marknader' },
    },
  ],
];
for (const [edit, meta] of edits) {
  const result = history.apply(edit, meta);
  if (!result.ok) throw new Error(formatFindings(result.findings));
}

// A refused edit changes nothing and says why.
const refused = history.apply({
  op: 'setTarget',
  plan,
  indicator: 'antal-kampanjer',
  target: { value: 12, year: 2023 },
  reason: '',
});
console.log(formatFindings(refused.findings, { hints: false }));

console.log(formatDiff(diff(before, history.document), { region: before.region }));

// The board kept the three markets: undo the last change.
const undone = history.undo();
if (!undone.ok) throw new Error(formatFindings(undone.findings));
console.log(`Ångrade: ${undone.entry.what}\n`);

const after = history.document;
const report = validate(after);
if (report.summary.errors > 0) throw new Error(formatFindings(report.findings));
const text = writeDocument(after, { original: parsed.source });
// What is written reads back as the same document, change log included.
const reread = parseDocument(text);
if (!reread.ok || !isEmptyDiff(diff(after, reread.value))) throw new Error('write-back changed the plan');
writeFileSync(out, text);
console.log(`Skrev ${out} (${history.entries.length} ändringar, ${report.summary.warnings} varningar).`);
