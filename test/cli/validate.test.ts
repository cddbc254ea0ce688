import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const broken = `formatVersion: 1
region: Region Test
plans:
  - id: p1
    name: Testplan
    kind: projekt
    boxes:
      - { id: a, level: aktiviteter, text: Aktivitet }
      - { id: e, level: langsiktiga, text: Effekt }
    links:
      - { from: e, to: a }
`;

async function tmp(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'effektkedja-cli-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('effektkedja validate', () => {
  it('exits 0 on the clean examples and prints a summary line in Swedish', async () => {
    const r = await cli(['validate', 'examples/kronoberg.yaml', 'examples/gotland-besoksnaring.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 filer, \d+ planer: 0 fel, 0 varningar/);
    expect(r.stderr).toBe('');
  });

  it('validates a folder of several regions, each region on its own, without REGION_MISMATCH', async () => {
    const r = await cli(['validate', 'examples', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { findings: { code: string }[]; files: string[] };
    expect(out.files).toEqual(
      expect.arrayContaining(['examples/kronoberg.yaml', 'examples/gotland-besoksnaring.yaml']),
    );
    expect(out.findings.map((f) => f.code)).not.toContain('REGION_MISMATCH');
  });

  it('exits 1 on an error finding, located by file and line, with the hint', async () => {
    const dir = await tmp({ 'plan.yaml': broken });
    const r = await cli(['validate', join(dir, 'plan.yaml'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LINK_BACKWARDS');
    expect(r.stdout).toContain(join(dir, 'plan.yaml'));
    expect(r.stdout).toMatch(/LINK_BACKWARDS \(11:\d+ plans\[0\]\.links\[0\]\)/);
    expect(r.stdout).toContain('→');
    // The plan has no goal links either: an error even without the strategy file.
    expect(r.stdout).toContain('PLAN_WITHOUT_GOAL_LINKS');
    expect(r.stdout).toMatch(/1 file, 1 plan: 2 errors, \d+ warnings/);
  });

  it('fails a plan made by templates new and validated alone, as its header says to do', async () => {
    const dir = await tmp({});
    const file = join(dir, 'ny.yaml');
    const made = await cli(['templates', 'new', 'investeringar-infrastruktur', '--id', 'ny', '-o', file]);
    expect(made.code).toBe(0);
    const r = await cli(['validate', file, '--format', 'json']);
    const codes = (JSON.parse(r.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes).toContain('PLAN_WITHOUT_GOAL_LINKS');
    expect(codes).toContain('STRATEGY_MISSING');
    expect(r.code).toBe(1);
  });

  it('gives machines JSON with findings, codes, severities and a summary', async () => {
    const dir = await tmp({ 'plan.yaml': broken });
    const r = await cli(['validate', dir, '--format', 'json']);
    const out = JSON.parse(r.stdout) as {
      summary: { errors: number; ok: boolean };
      findings: { code: string; severity: string; message: { sv: string; en: string } }[];
    };
    expect(out.summary.ok).toBe(false);
    expect(out.findings.find((f) => f.code === 'LINK_BACKWARDS')?.severity).toBe('error');
    expect(out.findings.every((f) => f.message.sv && f.message.en)).toBe(true);
  });

  it('reports an unreadable file, still validates the others, and exits 2', async () => {
    const dir = await tmp({ 'ok.yaml': await readFile('examples/kronoberg.yaml', 'utf8') });
    const r = await cli(['validate', join(dir, 'ok.yaml'), join(dir, 'missing.yaml'), '--format', 'json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { findings: { code: string }[]; summary: { plans: number } };
    expect(out.findings.map((f) => f.code)).toContain('FILE_UNREADABLE');
    expect(out.summary.plans).toBeGreaterThan(0);
  });

  it('reports a syntax error in one file and validates the rest', async () => {
    const dir = await tmp({ 'bad.yaml': 'plans: [\n', 'good.yaml': broken });
    const r = await cli(['validate', dir, '--format', 'json']);
    const codes = (JSON.parse(r.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    expect(codes).toContain('SYNTAX_ERROR');
    expect(codes).toContain('LINK_BACKWARDS');
    expect(r.code).toBe(1);
  });

  it('--max-warnings turns warnings into a failing exit code', async () => {
    const dir = await tmp({
      'w.yaml': broken.replace('{ from: e, to: a }', '{ from: a, to: e }'),
    });
    const lenient = await cli(['validate', dir, '--severity', 'PLAN_WITHOUT_GOAL_LINKS=warning']);
    expect(lenient.code).toBe(0);
    const strict = await cli([
      'validate',
      dir,
      '--severity',
      'PLAN_WITHOUT_GOAL_LINKS=warning',
      '--max-warnings',
      '0',
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/För många varningar/);
  });

  it('--disable and --severity change the report', async () => {
    const dir = await tmp({ 'plan.yaml': broken });
    const all = await cli(['validate', dir, '--format', 'json']);
    const off = await cli(['validate', dir, '--format', 'json', '--disable', 'LINK_BACKWARDS']);
    const codes = (r: { stdout: string }) =>
      (JSON.parse(r.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    // Exactly that code goes; every other finding stays.
    expect(codes(off)).toEqual(codes(all).filter((c) => c !== 'LINK_BACKWARDS'));
    expect(codes(all)).toContain('LINK_BACKWARDS');
    const info = await cli(['validate', dir, '--format', 'json', '--severity', 'LINK_BACKWARDS=info']);
    const f = (JSON.parse(info.stdout) as { findings: { code: string; severity: string }[] }).findings.find(
      (x) => x.code === 'LINK_BACKWARDS',
    );
    expect(f?.severity).toBe('info');
  });

  it('usage errors exit 2 with one plain line, no stack trace', async () => {
    for (const args of [
      ['validate'],
      ['validate', 'examples', '--format', 'xml'],
      ['validate', 'examples', '--max-warnings', 'many'],
      ['validate', 'examples', '--severity', 'NOPE'],
      ['validate', 'examples', '--severity', 'NO_SUCH_CODE=off'],
      ['validate', 'examples', '--disable', 'LINK_SKIP_LEVEL'],
      ['no-such-command'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('a mistyped code is refused with a suggestion, so a CI gate is never quietly wrong', async () => {
    const r = await cli(['validate', 'examples/kronoberg.yaml', '--disable', 'LINK_SKIP_LEVEL']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean LINK_SKIPS_LEVEL?');
  });

  it('colours only on a terminal and never with NO_COLOR', async () => {
    const dir = await tmp({ 'plan.yaml': broken });
    const esc = '\u001b[';
    expect((await cli(['validate', dir])).stdout).not.toContain(esc);
    expect((await cli(['validate', dir], { stdoutIsTTY: true })).stdout).toContain(esc);
    expect(
      (await cli(['validate', dir], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toContain(esc);
  });
});

describe('effektkedja schema and convert', () => {
  it('prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(JSON.parse(r.stdout).$id).toBe('urn:effektkedja:document:v1');
  });

  it('converts YAML to JSON and back without losing anything', async () => {
    const dir = await tmp({});
    const json = join(dir, 'k.json');
    const yaml = join(dir, 'k.yaml');
    expect((await cli(['convert', 'examples/kronoberg.yaml', json])).code).toBe(0);
    expect((await cli(['convert', json, yaml])).code).toBe(0);
    const { parse } = await import('yaml');
    expect(parse(await readFile(yaml, 'utf8'))).toEqual(
      parse(await readFile('examples/kronoberg.yaml', 'utf8')),
    );
  });

  it('keeps comments when converting YAML to YAML', async () => {
    const r = await cli(['convert', 'examples/kronoberg.yaml', '-']);
    const original = await readFile('examples/kronoberg.yaml', 'utf8');
    const comments = original.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) expect(r.stdout).toContain(c.trim());
  });

  it('refuses an output it cannot tell the format of', async () => {
    const r = await cli(['convert', 'examples/kronoberg.yaml', 'out.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.yaml, .json or .xlsx');
  });
});
