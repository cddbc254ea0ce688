// Runs every example script against the built package; CI fails if one fails.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const scripts = readdirSync(here)
  .filter((f) => /\.(mjs|cjs)$/.test(f) && f !== 'run-all.mjs')
  .sort();
for (const script of scripts) {
  const args = script.startsWith('revision') ? [join(tmpdir(), 'effektkedja-revision.yaml')] : [];
  console.log(`\n▶ node examples/${script} ${args.join(' ')}`);
  execFileSync(process.execPath, [join(here, script), ...args], { stdio: 'inherit' });
}
console.log(`\n${scripts.length} examples ran.`);
