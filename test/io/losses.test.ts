import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversionLosses, parseDocument } from '../../src/index.js';

// A converted document says what its target cannot hold: comments, anchors and aliases, non-finite numbers.
const YAML = [
  'formatVersion: 1',
  'region: Region X # the region',
  'plans:',
  '  - id: p',
  '    name: P',
  '    kind: projekt',
  '    x-a: &shared { b: 1 }',
  '    x-b: *shared',
  '    x-c: *shared',
  '    x-nan: .nan',
  '    x-big: 1e400',
  '    boxes:',
  '      # the first box',
  '      - { id: a, level: utfall, text: A }',
  '',
].join('\n');

function read(text: string) {
  const r = parseDocument(text);
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r;
}

describe('conversionLosses', () => {
  it('counts and places what JSON cannot hold', () => {
    const r = read(YAML);
    const found = conversionLosses(r.value, 'json', r.source);
    const by = Object.fromEntries(found.map((f) => [f.code, f]));
    expect(Object.keys(by).sort()).toEqual([
      'CONVERT_ANCHORS_DROPPED',
      'CONVERT_COMMENTS_DROPPED',
      'CONVERT_NONFINITE_DROPPED',
    ]);
    expect(by.CONVERT_COMMENTS_DROPPED!.details).toEqual({ to: 'json', count: 2, lines: [2, 12] });
    expect(by.CONVERT_ANCHORS_DROPPED!.details).toEqual({
      to: 'json',
      anchors: 1,
      aliases: 2,
      lines: [7, 8, 9],
    });
    expect(by.CONVERT_NONFINITE_DROPPED!.details).toEqual({
      to: 'json',
      count: 2,
      paths: ['plans[0].x-nan', 'plans[0].x-big'],
    });
    expect(by.CONVERT_NONFINITE_DROPPED!.location.path).toEqual(['plans', 0, 'x-nan']);
    for (const f of found) expect(f.severity).toBe('warning');
  });

  it('YAML over its original keeps everything; without it, comments and anchors are lost', () => {
    const r = read(YAML);
    expect(conversionLosses(r.value, 'yaml', r.source, true)).toEqual([]);
    expect(
      conversionLosses(r.value, 'yaml', r.source, false)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['CONVERT_ANCHORS_DROPPED', 'CONVERT_COMMENTS_DROPPED']);
    expect(
      conversionLosses(r.value, 'xlsx', r.source)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['CONVERT_ANCHORS_DROPPED', 'CONVERT_COMMENTS_DROPPED']);
  });

  it('a plain document loses nothing, and lists at most five places', () => {
    const plain = read('formatVersion: 1\nregion: X\n');
    expect(conversionLosses(plain.value, 'json', plain.source)).toEqual([]);
    const many = read(
      `formatVersion: 1\n${Array.from({ length: 9 }, (_, i) => `# c${i}\nx-${i}: .inf`).join('\n')}\n`,
    );
    const found = conversionLosses(many.value, 'json', many.source);
    const comments = found.find((f) => f.code === 'CONVERT_COMMENTS_DROPPED')!;
    expect(comments.details.count).toBe(9);
    expect(comments.details.lines).toHaveLength(5);
    expect(found.find((f) => f.code === 'CONVERT_NONFINITE_DROPPED')!.details.count).toBe(9);
  });

  it('convert says so on stderr and still writes the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'losses-'));
    writeFileSync(join(dir, 'in.yaml'), YAML);
    const r = spawnSync(
      process.execPath,
      [resolve('dist/cli/cli.js'), 'convert', 'in.yaml', 'out.json', '--lang', 'en'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('CONVERT_COMMENTS_DROPPED');
    expect(r.stderr).toContain('2 comments are not written');
    expect(r.stderr).toContain('1 YAML anchor (&) and 2 aliases (*)');
    expect(r.stderr).toContain('2 numbers are not finite');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).plans[0]['x-nan']).toBeNull();
  });
});
