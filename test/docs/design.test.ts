import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from './markdown.js';

// docs/design.md is where a newcomer finds any rule, CLI command or layer in one step: it must
// name every rule file, every command file and every folder of src/.
const ROOT = join(import.meta.dirname, '..', '..');
const page = readPage('design.md');
const stems = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));

describe('docs/design.md', () => {
  it('names every validation rule file', () => {
    const missing = stems('src/validate/rules').filter((s) => !page.includes(`\`${s}\``));
    expect(missing).toEqual([]);
  });

  it('has a test file beside every validation rule: test/validate/rules/<rule>.test.ts', () => {
    const missing = stems('src/validate/rules').filter(
      (s) => !existsSync(join(ROOT, 'test', 'validate', 'rules', `${s}.test.ts`)),
    );
    expect(missing).toEqual([]);
  });

  it('says where a rule’s tests are', () => {
    expect(page).toContain('`test/validate/rules/<rule>.test.ts`');
  });

  it('names every CLI command file', () => {
    const missing = stems('src/cli/commands').filter((s) => !page.includes(`\`${s}\``));
    expect(missing).toEqual([]);
  });

  it('places every folder of src/ in a layer, as the dependency check does', () => {
    const config = readFileSync(join(ROOT, '.dependency-cruiser.cjs'), 'utf8');
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    for (const folder of folders) {
      expect(config, folder).toContain(`'${folder}'`);
      expect(page, folder).toContain(`\`${folder}\``);
    }
  });

  it('draws the layers of the dependency check, in its order', () => {
    const config = readFileSync(join(ROOT, '.dependency-cruiser.cjs'), 'utf8');
    const literal = /const LAYERS = (\[[\s\S]*?\]);\n/.exec(config)?.[1];
    expect(literal).toBeDefined();
    const layers = JSON.parse((literal ?? '').replaceAll("'", '"').replace(/,(\s*\])/g, '$1')) as string[][];
    // The layer table: "| 4 | `locales`, `findings/create.ts` | why |".
    const rows = [...page.matchAll(/^\| (\d+) \| ([^|]+) \|/gm)].map((m) => ({
      layer: Number(m[1]),
      names: [...(m[2] ?? '').matchAll(/`([^`]+)`/g)].map((n) => n[1]),
    }));
    expect(rows.map((r) => r.layer)).toEqual(layers.map((_, i) => i + 1));
    expect(rows.map((r) => r.names)).toEqual(layers);
  });

  it('has no list of known violations: the check passes as it is', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.depcheck).not.toContain('--ignore-known');
    expect(existsSync(join(ROOT, '.dependency-cruiser-known-violations.json'))).toBe(false);
  });
});
