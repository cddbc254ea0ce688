// Writes examples/spreadsheet/kronoberg.xlsx from examples/kronoberg.yaml, reads it
// back and checks that nothing was lost. Run after `npm run build`:
//   node examples/spreadsheet/make.mjs
import { deepStrictEqual } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { formatFindings, parseDocument, validate } from 'effektkedja';
import { readWorkbook, writeWorkbook } from 'effektkedja/node';

const here = new URL('.', import.meta.url);
const source = new URL('../kronoberg.yaml', here);
const target = new URL('kronoberg.xlsx', here);

const parsed = parseDocument(readFileSync(source, 'utf8'), { file: 'examples/kronoberg.yaml' });
if (!parsed.ok) throw new Error(formatFindings(parsed.findings));

// A fixed time, so the workbook's properties do not change from run to run.
const { bytes, findings } = await writeWorkbook(parsed.value, { now: new Date('2026-01-01T00:00:00Z') });
if (findings.length > 0) console.log(formatFindings(findings, { language: 'sv' }));
writeFileSync(target, bytes);

const read = await readWorkbook(readFileSync(target), { file: 'examples/spreadsheet/kronoberg.xlsx' });
if (!read.document) throw new Error(formatFindings(read.findings));
deepStrictEqual(read.document, parsed.value);
const report = validate(read.document, { locate: read.locate });
console.log(
  `kronoberg.xlsx: ${bytes.length} byte, ${read.document.plans?.length ?? 0} planer, ${report.findings.length} fynd`,
);
