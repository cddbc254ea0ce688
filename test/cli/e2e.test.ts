import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateRegion } from '../../bench/generate.js';
import { ValidationReportJson } from '../../src/index.js';
import { cliEnv } from './env.js';

// End to end: the built binary, spawned as a user runs it, its output compared with golden files.
// After an intended change of wording: UPDATE_GOLDEN=1 npx vitest run test/cli/e2e.test.ts
const BIN = 'dist/cli/cli.js';
const GOLDEN = 'test/cli/golden';

function effektkedja(args: readonly string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: cliEnv({ NO_COLOR: '1', ...env }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  else if (!existsSync(file))
    throw new Error(`${file} is missing: write it with UPDATE_GOLDEN=1 and read it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build (npm test does it first)`);
});

describe('golden output of the built CLI', () => {
  const cases: [string, string[], number][] = [
    ['validate-clean.txt', ['validate', 'examples/kronoberg.yaml'], 0],
    ['validate-broken-sv.txt', ['validate', 'test/cli/fixtures/broken.yaml'], 1],
    [
      'validate-broken-en.txt',
      ['validate', 'test/cli/fixtures/broken.yaml', '--lang', 'en', '--no-hints'],
      1,
    ],
    ['validate-workbook.txt', ['validate', 'test/spreadsheet/fixtures/broken.xlsx'], 1],
    ['templates-list.txt', ['templates', 'list'], 0],
    ['templates-show.txt', ['templates', 'show', 'varor-tjanster-direkt'], 0],
    ['diagram-template.mmd', ['diagram', 'examples/kronoberg.yaml', '--template', 'kunskap-strategier'], 0],
  ];
  for (const [name, args, code] of cases) {
    it(`effektkedja ${args.join(' ')}`, () => {
      const r = effektkedja(args);
      expect(r.code).toBe(code);
      golden(name, r.stdout);
      expect(r.stderr).toBe('');
    });
  }

  it('a usage error: one line on stderr naming the problem, nothing on stdout, exit 2', () => {
    const r = effektkedja(['validate', 'examples/kronoberg.yaml', '--max-warnings', 'many']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    golden('usage-error.txt', r.stderr);
  });

  it('JSON output matches the published report schema', () => {
    const r = effektkedja(['validate', 'test/cli/fixtures/broken.yaml', 'examples/', '--format', 'json']);
    const report = ValidationReportJson.parse(JSON.parse(r.stdout));
    expect(report.findings.length).toBeGreaterThan(0);
    const schema = JSON.parse(effektkedja(['schema', '--report']).stdout) as { $id: string };
    expect(schema.$id).toBe('urn:effektkedja:validation-report:v1');
  });
});

describe('a batch of a few hundred files', () => {
  it('validates 300 plan files and a strategy file of one region together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-batch-'));
    const region = generateRegion(0, { plans: 300 });
    const { plans = [], ...head } = region;
    writeFileSync(join(dir, 'strategi.yaml'), stringify(head));
    mkdirSync(join(dir, 'planer'));
    for (const plan of plans) {
      writeFileSync(
        join(dir, 'planer', `${plan.id}.yaml`),
        stringify({ formatVersion: 1, region: region.region, plans: [plan] }),
      );
    }
    const r = effektkedja(['validate', dir, '--format', 'json']);
    const report = ValidationReportJson.parse(JSON.parse(r.stdout));
    expect(report.files.length).toBe(301);
    expect(report.summary.plans).toBe(300);
    // References across files resolve: no plan is told its goals do not exist.
    expect(report.findings.filter((f) => f.code === 'GOAL_LINK_UNKNOWN_GOAL').length).toBeLessThan(
      plans.length / 10,
    );
    // Every finding names the file it is in, and plan findings the plan's own file.
    for (const f of report.findings) {
      expect(f.location.file).toBeDefined();
      if (f.location.plan && f.location.path?.[0] === 'plans') {
        expect(f.location.file).toBe(join(dir, 'planer', `${f.location.plan}.yaml`));
      }
    }
    expect(r.code).toBe(report.summary.ok ? 0 : 1);
    expect(r.stderr).toBe(''); // no progress bar when stderr is not a terminal
  });
});
