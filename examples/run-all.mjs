// Runs every example against the built package, then the CLI's main jobs; CI fails if one fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..');
const out = mkdtempSync(join(tmpdir(), 'effektkedja-examples-'));
const scripts = [
  ...readdirSync(here)
    .filter((f) => /\.(mjs|cjs)$/.test(f) && f !== 'run-all.mjs')
    .sort(),
  'spreadsheet/make.mjs',
];
for (const script of scripts) {
  const args = script.startsWith('revision') ? [join(out, 'revision.yaml')] : [];
  console.log(`\n▶ node examples/${script} ${args.join(' ')}`);
  execFileSync(process.execPath, [join(here, script), ...args], { stdio: 'inherit' });
}

// The command line, as the README shows it.
const cli = join(root, 'dist/cli/cli.js');
const commands = [
  ['validate', 'examples/kronoberg.yaml', 'examples/gotland-besoksnaring.yaml'],
  [
    'diagram',
    'examples/kronoberg.yaml',
    '--plan',
    'sydostleden',
    '--strategy',
    '-o',
    join(out, 'sydostleden.html'),
  ],
  ['templates', 'new', 'varor-tjanster-direkt', '--id', 'ny', '-o', join(out, 'ny.yaml')],
  ['report', 'examples/kronoberg.yaml', '-o', join(out, 'uppfoljning.md'), '--csv', join(out, 'csv')],
  ['convert', 'examples/kronoberg.yaml', join(out, 'kronoberg.xlsx')],
  ['validate', 'examples/gotland-besoksnaring.yaml', '--as-of', '2025-06-30'],
  [
    'report',
    'examples/gotland-besoksnaring.yaml',
    '--for',
    'tillvaxtradet',
    '--as-of',
    '2026-04-01',
    '-o',
    join(out, 'tillvaxtradet.md'),
  ],
  ['calendar', 'examples/gotland-besoksnaring.yaml', '--from', '2026-01-01', '-o', join(out, 'arshjul.ics')],
];
for (const args of commands) {
  console.log(`\n▶ effektkedja ${args.join(' ')}`);
  execFileSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'], cwd: root });
}
console.log(`\n${scripts.length} examples and ${commands.length} commands ran; output in ${out}`);
