import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The public surface, pinned (docs/design.md, "The public surface"): the names the root entry
// (`effektkedja`) and `effektkedja/node` have at run time, one a line in root-exports.txt and
// node-exports.txt. A name added to an index file by accident fails here with its name; a name
// meant to be public is added to the list in the same commit, so the review sees it.

const ROOT = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

function pinned(file: string): string[] {
  return readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/** What differs between the names a module has and the pinned list, in words that say what to do. */
function surfaceChanges(actual: readonly string[], list: readonly string[], file: string): string[] {
  const listed = new Set(list);
  const present = new Set(actual);
  const problems: string[] = [];
  const added = actual.filter((n) => !listed.has(n)).sort();
  const removed = list.filter((n) => !present.has(n)).sort();
  if (added.length > 0)
    problems.push(
      `new public name(s) ${added.join(', ')}: export them from their module only, or, if they are meant to be public, add them to test/package/${file}`,
    );
  if (removed.length > 0)
    problems.push(
      `public name(s) ${removed.join(', ')} are gone (a breaking change): export them again, or take them out of test/package/${file}`,
    );
  return problems;
}

const ENTRIES = [
  {
    entry: 'effektkedja',
    file: 'root-exports.txt',
    source: 'src/index.ts',
    esm: 'dist/esm/index.js',
    cjs: 'dist/index.cjs',
  },
  {
    entry: 'effektkedja/node',
    file: 'node-exports.txt',
    source: 'src/node/index.ts',
    esm: 'dist/esm/node/index.js',
    cjs: 'dist/node.cjs',
  },
] as const;

describe('the public names at run time', () => {
  for (const { entry, file, source, esm, cjs } of ENTRIES) {
    const list = pinned(file);

    it(`${entry}: the list in ${file} is sorted and has no name twice`, () => {
      expect(list).toEqual([...new Set(list)].sort());
    });

    it(`${entry}: ${source} exports exactly the names in ${file}`, async () => {
      const names = Object.keys(await import(pathToFileURL(join(ROOT, source)).href));
      expect(surfaceChanges(names, list, file)).toEqual([]);
    });

    it(`${entry}: the built ES module and CommonJS files export the same names`, async () => {
      const fromEsm = Object.keys(await import(pathToFileURL(join(ROOT, esm)).href));
      expect(surfaceChanges(fromEsm, list, file)).toEqual([]);
      const fromCjs = Object.keys(require(join(ROOT, cjs)) as object).filter((n) => n !== 'default');
      expect(surfaceChanges(fromCjs, list, file)).toEqual([]);
    });
  }

  it('keeps the library machinery out of the root entry', async () => {
    const root = (await import(pathToFileURL(join(ROOT, 'src/index.ts')).href)) as Record<string, unknown>;
    for (const internal of ['encodeLabel', 'csvCell', 'startDay', 'unitKey', 'resolveLimits', 'wrapText'])
      expect(root[internal], internal).toBeUndefined();
  });

  it('keeps the core out of effektkedja/node: a user imports it from effektkedja', async () => {
    const node = (await import(pathToFileURL(join(ROOT, 'src/node/index.ts')).href)) as Record<
      string,
      unknown
    >;
    const root = pinned('root-exports.txt');
    expect(root.filter((n) => n in node)).toEqual([]);
    expect(node.loadDocumentSet).toBeTypeOf('function');
  });

  it('explains a new name and a lost one', () => {
    expect(surfaceChanges(['a', 'b', 'x'], ['a', 'b', 'c'], 'root-exports.txt')).toEqual([
      'new public name(s) x: export them from their module only, or, if they are meant to be public, add them to test/package/root-exports.txt',
      'public name(s) c are gone (a breaking change): export them again, or take them out of test/package/root-exports.txt',
    ]);
  });
});
