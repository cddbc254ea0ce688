// Diagrams of the examples: Mermaid text, a Markdown block and an offline HTML page.
// Run after `npm run build`:  node examples/diagram.mjs [out-dir]
// Writes into a fresh temporary folder (or the folder given) and prints the Mermaid text of one plan.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportMermaid, parseDocument, toMarkdown } from 'effektkedja';
import { mermaidHtmlPage } from 'effektkedja/node';

const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'effektkedja-diagram-'));
mkdirSync(out, { recursive: true });
const here = new URL('.', import.meta.url);
const parsed = parseDocument(readFileSync(new URL('kronoberg.yaml', here), 'utf8'));
if (!parsed.ok) throw new Error('examples/kronoberg.yaml does not parse');
const doc = parsed.value;

const portfolio = exportMermaid(doc, { view: 'portfolio', showIndicators: true });
for (const f of portfolio.findings) console.log(`${f.severity} ${f.code}: ${f.message.sv}`);
writeFileSync(join(out, 'kronoberg.mmd'), portfolio.text);
writeFileSync(join(out, 'kronoberg.md'), toMarkdown(doc, { view: 'portfolio' }));

const page = mermaidHtmlPage(portfolio.text, { title: portfolio.title });
if (page.ok) writeFileSync(join(out, 'kronoberg.html'), page.value);
else console.log(page.findings.map((f) => f.message.sv).join('\n'));

const plan = exportMermaid(doc, { plan: 'sydostleden', strategy: true });
console.log(plan.text);
console.log(`Skrev kronoberg.mmd, kronoberg.md och kronoberg.html i ${out}`);
