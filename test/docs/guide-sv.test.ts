import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CodeBlock, codeBlocks, DOCS } from './markdown.js';

// The Swedish guides in docs/sv are followed as a reader would, top to bottom, in an empty
// folder: a block marked `<!-- fil: name -->` is saved as that file, a `sh` block marked
// `<!-- kor -->` is run (`<!-- kor: 1 -->`: its last command exits 1), and the `text` block
// marked `<!-- utdrag -->` after it lists lines its output must contain. A `sh` block marked
// `<!-- kor-i-ci -->` holds commands that .ci/run (or the script it names) runs itself.
// Every `sh` block has one of these markers, so no command in a guide goes untested.

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'cli.js');
const pages = readdirSync(join(DOCS, 'sv'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `sv/${f}`);

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** An empty folder with the bundled examples, `effektkedja` on the PATH and importable. */
function readerFolder(): { cwd: string; env: NodeJS.ProcessEnv } {
  const cwd = mkdtempSync(join(tmpdir(), 'guide-sv-'));
  folders.push(cwd);
  cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
  mkdirSync(join(cwd, 'bin'));
  const shim = join(cwd, 'bin', 'effektkedja');
  writeFileSync(shim, `#!/bin/sh\nexec node ${JSON.stringify(CLI)} "$@"\n`);
  chmodSync(shim, 0o755);
  symlinkSync(join(ROOT, 'dist'), join(cwd, 'dist'), 'dir'); // as in a checkout after `npm run build`
  mkdirSync(join(cwd, 'node_modules'));
  symlinkSync(ROOT, join(cwd, 'node_modules', 'effektkedja'), 'dir');
  const env = { ...process.env, NO_COLOR: '1', PATH: `${join(cwd, 'bin')}:${process.env.PATH}` };
  return { cwd, env };
}

const commandLines = (block: CodeBlock) =>
  block.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

/** Every text CI runs: .ci/run, the scripts it calls and the package scripts. */
function ciText(): string {
  const scripts = readdirSync(join(ROOT, 'scripts')).map((f) =>
    readFileSync(join(ROOT, 'scripts', f), 'utf8'),
  );
  return [
    readFileSync(join(ROOT, '.ci', 'run'), 'utf8'),
    readFileSync(join(ROOT, 'package.json'), 'utf8'),
    ...scripts,
  ].join('\n');
}

describe.each(pages)('docs/%s, followed step by step', (page) => {
  const blocks = codeBlocks(page);

  it('marks every command block as run here or in CI', () => {
    const unmarked = blocks
      .filter((b) => b.lang === 'sh' && !b.markers.has('kor') && !b.markers.has('kor-i-ci'))
      .map((b) => `${page}:${b.line}`);
    expect(unmarked).toEqual([]);
    expect(blocks.some((b) => b.markers.has('kor'))).toBe(true);
  });

  it('has every kor-i-ci command in what CI runs', () => {
    const ci = ciText();
    for (const block of blocks.filter((b) => b.markers.has('kor-i-ci'))) {
      const script = block.markers.get('kor-i-ci');
      if (script) {
        // The named script runs this block itself, found by its page.
        expect(readFileSync(join(ROOT, script), 'utf8'), `${page}:${block.line}`).toContain(`docs/${page}`);
        continue;
      }
      for (const line of commandLines(block)) expect(ci, `${page}:${block.line}: ${line}`).toContain(line);
    }
  });

  it('runs every command as written, with the output the page shows', () => {
    const { cwd, env } = readerFolder();
    let output = '';
    let ran = 0;
    for (const block of blocks) {
      const file = block.markers.get('fil');
      if (file) {
        writeFileSync(join(cwd, file), block.text);
        continue;
      }
      if (block.markers.has('kor')) {
        const lines = commandLines(block);
        const lastExit = Number(block.markers.get('kor') || 0);
        output = '';
        lines.forEach((line, i) => {
          const r = spawnSync('bash', ['-c', line], { cwd, env, encoding: 'utf8', timeout: 60_000 });
          output += r.stdout + r.stderr;
          const expected = i === lines.length - 1 ? lastExit : 0;
          expect(r.status, `${page}:${block.line}: ${line}\n${r.stdout}${r.stderr}`).toBe(expected);
          ran++;
        });
        continue;
      }
      if (block.markers.has('utdrag')) {
        for (const line of block.text.split('\n').filter((l) => l.trim() !== '')) {
          expect(output, `${page}:${block.line}`).toContain(line);
        }
      }
    }
    expect(ran).toBeGreaterThan(0);
  }, 240_000);
});

describe('the README', () => {
  it('links the Swedish guide before any other page', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const firstLink = /\]\((docs\/[^)]+)\)/.exec(readme)?.[1];
    expect(firstLink).toBe('docs/sv/strateg.md');
  });
});
