import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { regionSlugs } from '../../src/cli/commands/report.js';
import { writeFileAtomic } from '../../src/node/write-file.js';
import { cliEnv } from './env.js';

// Every file the CLI writes is written atomically: a failed write leaves the old file byte for
// byte, even when it is the input, and a path that cannot be written is a usage error (exit 2).
const BIN = resolve('dist/cli/cli.js');
const EXAMPLE = readFileSync('examples/kronoberg.yaml');
const CI = process.env.CI !== undefined || process.env.EFFEKTKEDJA_REQUIRE_BROWSER === '1';

function bash(script: string, cwd: string) {
  const r = spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '1' }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function effektkedja(args: readonly string[], cwd: string, options: { uid?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '1' }),
    timeout: 30_000,
    ...options,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ek-writes-'));
  chmodSync(dir, 0o755);
  return dir;
}

// No temporary file is left behind after a failed write.
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build (npm test does it first)`);
});

describe('atomic writes under a file-size limit (ulimit -f)', () => {
  it('convert k.yaml k.yaml: EFBIG is a usage error and the input is untouched', () => {
    const dir = folder();
    writeFileSync(join(dir, 'k.yaml'), EXAMPLE);
    // 4 KiB: the read is not limited, the 9.9 KB write is.
    const r = bash(`ulimit -f 4; exec "${process.execPath}" "${BIN}" convert k.yaml k.yaml`, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^effektkedja: cannot write k\.yaml: .*\(EFBIG\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'k.yaml')).equals(EXAMPLE)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('convert to xlsx and diagram -o over an earlier output keep the earlier file', () => {
    const dir = folder();
    writeFileSync(join(dir, 'k.yaml'), EXAMPLE);
    writeFileSync(join(dir, 'old.mmd'), 'flowchart LR\n  a --> b\n');
    writeFileSync(join(dir, 'old.xlsx'), 'earlier bytes');
    const d = bash(`ulimit -f 1; exec "${process.execPath}" "${BIN}" diagram k.yaml -o old.mmd`, dir);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('(EFBIG)');
    expect(readFileSync(join(dir, 'old.mmd'), 'utf8')).toBe('flowchart LR\n  a --> b\n');
    const x = bash(`ulimit -f 4; exec "${process.execPath}" "${BIN}" convert k.yaml old.xlsx`, dir);
    expect(x.code).toBe(2);
    expect(readFileSync(join(dir, 'old.xlsx'), 'utf8')).toBe('earlier bytes');
    expect(readFileSync(join(dir, 'k.yaml')).equals(EXAMPLE)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a write that succeeds replaces the file and keeps its permissions', async () => {
    const dir = folder();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect((await import('node:fs')).statSync(file).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });
});

// A few KB of tmpfs, filled up: the write fails with ENOSPC and nothing is lost. Needs mount
// rights: as root directly, else in a user namespace (unshare -rm, util-linux).
describe('atomic writes on a full file system (ENOSPC)', () => {
  const script = (dir: string) => `set -e
mount -t tmpfs -o size=64k tmpfs "${dir}/fs"
trap 'umount "${dir}/fs"' EXIT
cp "${dir}/k.yaml" "${dir}/fs/k.yaml"
printf 'flowchart LR\\n  a --> b\\n' > "${dir}/fs/old.mmd"
# Fill what is left, so that any new block fails.
dd if=/dev/zero of="${dir}/fs/filler" bs=1k 2>/dev/null || true
set +e
"${process.execPath}" "${BIN}" convert "${dir}/fs/k.yaml" "${dir}/fs/k.yaml" 2>"${dir}/convert.err"; echo "convert=$?"
"${process.execPath}" "${BIN}" diagram "${dir}/fs/k.yaml" -o "${dir}/fs/old.mmd" 2>"${dir}/diagram.err"; echo "diagram=$?"
cp "${dir}/fs/k.yaml" "${dir}/after.yaml"
cp "${dir}/fs/old.mmd" "${dir}/after.mmd"
ls -a "${dir}/fs" > "${dir}/listing"
`;
  it('convert and diagram on a full tmpfs: exit 2, ENOSPC named, input and old output intact', () => {
    const dir = folder();
    mkdirSync(join(dir, 'fs'));
    writeFileSync(join(dir, 'k.yaml'), EXAMPLE);
    writeFileSync(join(dir, 'run.sh'), script(dir));
    const root = process.getuid?.() === 0;
    const r = root ? bash(`bash "${dir}/run.sh"`, dir) : bash(`unshare -rm bash "${dir}/run.sh"`, dir);
    if (r.code !== 0 && /mount|unshare/i.test(r.stderr) && !CI) {
      console.warn(`tmpfs test skipped: cannot mount here (${r.stderr.trim()})`);
      return;
    }
    expect(r.stdout).toContain('convert=2');
    expect(r.stdout).toContain('diagram=2');
    expect(readFileSync(join(dir, 'convert.err'), 'utf8')).toMatch(/cannot write .*\(ENOSPC\)/);
    expect(readFileSync(join(dir, 'diagram.err'), 'utf8')).toMatch(/cannot write .*\(ENOSPC\)/);
    expect(readFileSync(join(dir, 'after.yaml')).equals(EXAMPLE)).toBe(true);
    expect(readFileSync(join(dir, 'after.mmd'), 'utf8')).toBe('flowchart LR\n  a --> b\n');
    expect(
      readFileSync(join(dir, 'listing'), 'utf8')
        .split('\n')
        .filter((f) => f.endsWith('.tmp')),
    ).toEqual([]);
  });
});

describe('outputs that cannot be written are usage errors, never stack traces', () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    [
      'convert to a folder',
      (d) => ['convert', 'k.yaml', join(d, 'sub'), '--to', 'json'],
      /it is a folder \(EISDIR\)/,
    ],
    [
      'convert to a device',
      () => ['convert', 'k.yaml', '/dev/null', '--to', 'json'],
      /not a regular file .*\(ENOTREG\)/,
    ],
    [
      'diagram -o a folder',
      (d) => ['diagram', 'k.yaml', '-o', join(d, 'dir.mmd')],
      /it is a folder \(EISDIR\)/,
    ],
    ['report -o a folder', (d) => ['report', 'k.yaml', '-o', join(d, 'dir.md')], /it is a folder \(EISDIR\)/],
    [
      'report --csv at an existing file',
      () => ['report', 'k.yaml', '--csv', 'k.yaml', '-o', 'r.md'],
      /ENOTDIR/,
    ],
    ['report --csv under a file', () => ['report', 'k.yaml', '--csv', 'k.yaml/x', '-o', 'r.md'], /ENOTDIR/],
    [
      'report --csv /proc/x (Node’s recursive mkdir loops there)',
      () => ['report', 'k.yaml', '--csv', '/proc/x', '-o', 'r.md'],
      /cannot write \/proc\/x/,
    ],
    ['convert into a folder that does not exist', () => ['convert', 'k.yaml', 'no/such/x.json'], /ENOENT/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const dir = folder();
      writeFileSync(join(dir, 'k.yaml'), EXAMPLE);
      mkdirSync(join(dir, 'sub'));
      mkdirSync(join(dir, 'dir.mmd'));
      mkdirSync(join(dir, 'dir.md'));
      const r = effektkedja(args(dir), dir);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^effektkedja: cannot write /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(join(dir, 'k.yaml')).equals(EXAMPLE)).toBe(true);
    });
  }

  it('an unwritable folder: EACCES as a usage error (as an unprivileged user)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'k.yaml'), EXAMPLE);
    chmodSync(join(dir, 'k.yaml'), 0o644);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    // Root may write anywhere; the binary then runs as nobody.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = effektkedja(['report', 'k.yaml', '-o', 'locked/r.md', '--csv', 'locked/csv'], dir, asNobody);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^effektkedja: cannot write locked\/.*permission denied \((EACCES|EPERM)\)/);
    expect(readdirSync(join(dir, 'locked'))).toEqual([]);
  });
});

describe('reading refuses what is not a regular file', () => {
  it('validate /dev/zero: FILE_UNREADABLE at once, nothing read', () => {
    const r = effektkedja(['validate', '/dev/zero', '--format', 'json'], process.cwd());
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.findings[0]).toMatchObject({
      code: 'FILE_UNREADABLE',
      details: { file: '/dev/zero', reason: 'not-a-file' },
    });
  });
  it('a named pipe is refused without waiting for a writer', () => {
    const dir = folder();
    bash('mkfifo pipe.yaml', dir);
    const r = effektkedja(['validate', 'pipe.yaml', '--lang', 'en'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('is not a regular file');
  });
});

describe('report file names of regions that slug alike', () => {
  it('get -2, -3 … and are listed', () => {
    const s = regionSlugs(['Region A', 'Region Å', 'Region: A!', '中文', '日本', undefined]);
    expect([...s.of.values()]).toEqual([
      'region-a',
      'region-a-2',
      'region-a-3',
      'region',
      'region-2',
      'utan-region',
    ]);
    expect(s.renamed).toEqual([
      ['Region Å', 'region-a'],
      ['Region: A!', 'region-a'],
      ['日本', 'region'],
    ]);
  });
  it('six regions write six reports and six CSV folders, with a warning per renamed one', () => {
    const dir = folder();
    const regions = ['Region Å', 'Region A', 'Region: A!', '中文', '日本', 'Gotland'];
    regions.forEach((region, i) => {
      writeFileSync(
        join(dir, `r${i}.yaml`),
        `formatVersion: 1\nregion: ${JSON.stringify(region)}\nplans: []\n`,
      );
    });
    const r = effektkedja(
      ['report', '.', '-o', 'out/r.md', '--csv', 'out/csv', '--no-diagrams', '--lang', 'en'],
      dir,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.md'))).toHaveLength(6);
    expect(readdirSync(join(dir, 'out/csv'))).toHaveLength(6);
    expect(r.stderr.match(/is taken by another region/g)).toHaveLength(3);
  });
});
