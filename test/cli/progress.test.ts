// Progress on a terminal: the decision (only when stderr is a TTY), the line, the timing,
// and the real binary under a pseudo-terminal (`script`) and in a pipe.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { generateFolder } from '../../bench/generate.js';
import type { CliIo } from '../../src/cli/io.js';
import { renderProgress, showsProgress, startWorkProgress } from '../../src/cli/progress.js';
import { cliEnv } from './env.js';

const BIN = 'dist/cli/cli.js';

function fakeIo(stderrIsTTY: boolean): CliIo & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    stdout: () => {},
    stderr: (t) => {
      err.push(t);
    },
    stdoutIsTTY: false,
    stderrIsTTY,
    env: {},
    cwd: process.cwd(),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('progress', () => {
  it('is shown only when stderr is a terminal', () => {
    expect(showsProgress(fakeIo(true))).toBe(true);
    expect(showsProgress(fakeIo(false))).toBe(false);
  });

  it('draws a bar, the count and what is counted', () => {
    expect(renderProgress(0, 84, 'filer lästa')).toBe(`[${'.'.repeat(24)}] 0/84 filer lästa`);
    expect(renderProgress(42, 84, 'files read')).toBe(
      `[${'#'.repeat(12)}${'.'.repeat(12)}] 42/84 files read`,
    );
    expect(renderProgress(84, 84, 'x')).toBe(`[${'#'.repeat(24)}] 84/84 x`);
  });

  it('shows files read within the first second even while no file is done, then plans, then clears', () => {
    vi.useFakeTimers();
    const io = fakeIo(true);
    const p = startWorkProgress(io, 'sv');
    p.files(0, 1);
    expect(io.err).toEqual([]); // a quick command shows nothing
    vi.advanceTimersByTime(600);
    expect(io.err.join('')).toContain('0/1 filer lästa');
    p.files(1, 1);
    // A long validation (many plans) is announced before it holds the thread.
    p.plans(0, 5000);
    expect(io.err.at(-1)).toContain('0/5000 planer kontrollerade');
    p.done();
    expect(io.err.at(-1)).toMatch(/^\r +\r$/);
    expect(io.err.join('')).not.toContain('\n');
  });

  it('writes nothing when stderr is not a terminal', () => {
    vi.useFakeTimers();
    const io = fakeIo(false);
    const p = startWorkProgress(io, 'en');
    p.files(0, 10);
    vi.advanceTimersByTime(2000);
    p.plans(0, 5000);
    p.done();
    expect(io.err).toEqual([]);
  });
});

describe('progress of the binary', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'effektkedja-progress-'));
    for (const [name, text] of generateFolder(70, { regions: 3 }, (d) => stringify(d), 'yaml')) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
  });

  it('shows the plans being validated on a terminal (a pseudo-terminal made by script)', () => {
    const command = `${process.execPath} ${BIN} validate ${folder} -j 2 --lang en`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: cliEnv({ EFFEKTKEDJA_WORKER_MIN_BYTES: '0' }),
    });
    expect(r.stdout).toContain('/210 plans validated');
    expect(r.stdout).toMatch(/213 files, 210 plans/);
  }, 150_000);

  it('shows nothing in a pipe, and -j 1 and -j 2 print the same', () => {
    const run = (jobs: string) =>
      spawnSync(process.execPath, [BIN, 'validate', folder, 'examples', '--format', 'json', '-j', jobs], {
        encoding: 'utf8',
        // Workers for any size, so this small folder is read on them.
        env: cliEnv({ EFFEKTKEDJA_WORKER_MIN_BYTES: '0' }),
        timeout: 120_000,
      });
    const one = run('1');
    const two = run('2');
    expect(two.stderr).toBe('');
    expect(one.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
    expect(JSON.parse(one.stdout).summary.plans).toBeGreaterThan(210);
  }, 250_000);

  it('refuses -j 0 with a usage error', () => {
    const r = spawnSync(process.execPath, [BIN, 'validate', 'examples', '-j', '0'], {
      encoding: 'utf8',
      env: cliEnv(),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs expects a whole number ≥ 1, not "0"');
  });
});
