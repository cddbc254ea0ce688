import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliEnv } from './env.js';

// The real binary as a user runs it (built by `npm test`'s pretest step).
const BIN = 'dist/cli/cli.js';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

function effektkedja(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '', ...env }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the effektkedja binary', () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build (npm test does it first)`);
  });

  it('starts with a shebang so npm can link it as a command', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('prints the package version', () => {
    const r = effektkedja(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('has help with an example on every command', () => {
    const top = effektkedja(['--help']);
    expect(top.code).toBe(0);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+)\b/gm)]
      .map((m) => m[1])
      .filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const c of commands) {
      const r = effektkedja([c as string, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(/Example:\n {2}\$ effektkedja /);
    }
  });

  it('validates the bundled example and exits 0; a broken input exits non-zero without a stack trace', () => {
    expect(effektkedja(['validate', 'examples/kronoberg.yaml']).code).toBe(0);
    const bad = effektkedja(['validate', 'no/such/file.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('says its help and usage errors in Swedish under a Swedish locale, in English without one', () => {
    const sv = effektkedja(['validate', '--help'], { LANG: 'sv_SE.UTF-8' });
    expect(sv.stdout).toMatch(/^Användning: effektkedja validate \[flaggor\] <paths\.\.\.>\n/);
    expect(sv.stdout).toMatch(/\nExempel:\n {2}\$ effektkedja /);
    const bad = effektkedja(['validate', 'x', '-j', '0'], { LANG: 'sv_SE.UTF-8' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('effektkedja: --jobs ska vara ett heltal ≥ 1, inte "0"\n');
    expect(effektkedja(['validate', 'x', '-j', '0']).stderr).toBe(
      'effektkedja: --jobs expects a whole number ≥ 1, not "0"\n',
    );
  });

  it('keeps stdout for the result only, so it pipes', () => {
    const r = effektkedja(['validate', 'examples/kronoberg.yaml', '--format', 'json']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toBe('');
  });
});
