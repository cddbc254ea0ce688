import { readdirSync, readFileSync } from 'node:fs';
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
});
