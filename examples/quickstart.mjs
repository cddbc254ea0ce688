// Quick start: read a region's files, validate them, print the findings.
// Run after `npm run build`:  node examples/quickstart.mjs examples/kronoberg.yaml
import { formatFindings, validate } from 'effektkedja';
import { loadDocumentSet } from 'effektkedja/node';

const paths = process.argv.slice(2);
const { set, findings } = await loadDocumentSet(paths.length ? paths : ['examples/kronoberg.yaml']);
const report = validate(set.document, { locate: set.locate });
const all = [...findings, ...report.findings];

const plans = set.document.plans ?? [];
console.log(`${set.document.region ?? 'Okänd region'}: ${plans.length} planer`);
for (const plan of plans) console.log(`  ${plan.id}: ${plan.name} (${plan.boxes.length} rutor)`);
console.log(all.length ? formatFindings(all, { language: 'sv' }) : 'Inga fynd.');
process.exitCode = all.some((f) => f.severity === 'error') ? 1 : 0;
