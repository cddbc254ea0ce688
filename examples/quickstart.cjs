// The same quick start with require(), to prove the CommonJS build works.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseDocument, validate } = require('effektkedja');

const file = process.argv[2] ?? join(__dirname, 'kronoberg.yaml');
const parsed = parseDocument(readFileSync(file, 'utf8'), { file });
if (!parsed.ok) {
  for (const f of parsed.findings) console.error(`${f.code}: ${f.message.sv}`);
  process.exit(1);
}
const report = validate(parsed.value);
console.log(`${parsed.value.region}: ${report.summary.errors} fel, ${report.summary.warnings} varningar`);
process.exitCode = report.summary.ok ? 0 : 1;
