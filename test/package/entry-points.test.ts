import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as an app sees it: its entry points (built by `npm run build`), and what a
// browser bundle of a small app that imports from it weighs. The budgets are the size check
// of issue 21: an app that only escapes a label must not ship the parser, the schemas and
// the message tables.

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<
    string,
    string | { import: { types: string; default: string }; require: { default: string } }
  >;
};
const entries = Object.entries(pkg.exports).filter(
  (e): e is [string, { import: { types: string; default: string }; require: { default: string } }] =>
    typeof e[1] === 'object',
);

/** Minified browser bundles, in KiB, of a few apps that import from the package by its name. */
const BUDGETS_KIB = {
  // escapeLabel alone and the two helpers it uses: 1.3 KiB (1,307 bytes) on 2026-12-01, of the
  // 934 KiB that the whole root entry bundles to. Only possible because every module of dist/esm
  // is free of side effects ("sideEffects": false in package.json): no module changes a global
  // when it loads, so the bundler may leave out every module escapeLabel does not reach.
  'escape a label': {
    code: "import { escapeLabel } from 'effektkedja'; console.log(escapeLabel('50 %'));",
    kib: 4,
  },
  // The parsers (js-yaml for speed, yaml for locations and write-back), the zod schemas, the
  // rules, graphlib and both languages' messages: 691 KiB before js-yaml, 763 KiB with it, 777 KiB
  // on 2026-12-01, 800.3 KiB with the vocabularies of 2 Dec; 786 KiB once the CLI's help texts
  // stopped reaching the core through an empty message table.
  'parse + validate': {
    code: "import { parseDocument, validate } from 'effektkedja'; const r = parseDocument(''); console.log(r.value && validate(r.value));",
    kib: 800,
  },
  // parseDocument alone, 714 KiB on 2026-12-01: zod 444 KiB, the two YAML readers 138 KiB, both
  // languages' message tables 87 KiB, the reader itself 32 KiB; no rules, graphlib or Mermaid.
  'parse a document (parseDocument alone)': {
    code: "import { parseDocument } from 'effektkedja'; console.log(parseDocument('').ok);",
    kib: 760,
  },
  // A topic entry point gives the same modules as the root.
  'escape a label from effektkedja/mermaid': {
    code: "import { escapeLabel } from 'effektkedja/mermaid'; console.log(escapeLabel('a'));",
    kib: 4,
  },
  // The workbook reader of the playground: exceljs's browser build (925 KiB) and the document
  // checks, 1,550 KiB today; loaded only when a workbook is opened, never part of the core.
  'read a workbook in a browser (effektkedja/spreadsheet)': {
    code: "import { readWorkbook } from 'effektkedja/spreadsheet'; readWorkbook(new Uint8Array()).then(console.log);",
    kib: 1800,
  },
} as const;

let app: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'esm', 'index.js')))
    throw new Error('dist/ is missing: run npm run build');
  // An app folder where `effektkedja` resolves through node_modules, as after npm install.
  app = mkdtempSync(join(tmpdir(), 'entry-points-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(ROOT, join(app, 'node_modules', 'effektkedja'), 'dir');
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

async function browserBundle(code: string): Promise<number> {
  const r = await build({
    stdin: { contents: code, resolveDir: app, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.contents.length;
}

describe('entry points', () => {
  it('has the root, node and the topic entry points, each with ES modules, types and CommonJS', () => {
    const names = entries.map(([name]) => name);
    for (const name of [
      '.',
      './node',
      './model',
      './validate',
      './templates',
      './mermaid',
      './edit',
      './followup',
      './spreadsheet',
    ])
      expect(names).toContain(name);
    for (const [, target] of entries) {
      expect(existsSync(join(ROOT, target.import.default)), target.import.default).toBe(true);
      expect(existsSync(join(ROOT, target.import.types)), target.import.types).toBe(true);
      expect(existsSync(join(ROOT, target.require.default)), target.require.default).toBe(true);
    }
  });

  it('gives, from every topic entry point, the very same functions as the root', async () => {
    const rootModule = (await import(
      pathToFileURL(join(ROOT, (pkg.exports['.'] as { import: { default: string } }).import.default)).href
    )) as Record<string, unknown>;
    for (const [name, target] of entries) {
      // effektkedja/node and effektkedja/spreadsheet add to the core (files; workbooks).
      if (name === '.' || name === './node' || name === './spreadsheet') continue;
      const topic = (await import(pathToFileURL(join(ROOT, target.import.default)).href)) as Record<
        string,
        unknown
      >;
      const keys = Object.keys(topic);
      expect(keys.length, name).toBeGreaterThan(0);
      for (const key of keys) expect(topic[key], `${name} ${key}`).toBe(rootModule[key]);
    }
  });

  it('keeps Node-only code out of the core: the whole root entry bundles for a browser', async () => {
    const size = await browserBundle(
      "import * as all from 'effektkedja'; console.log(Object.keys(all).length);",
    );
    expect(size).toBeGreaterThan(0);
  });

  it('refuses to bundle effektkedja/node for a browser (it reads files)', async () => {
    await expect(
      browserBundle("import { loadDocumentSet } from 'effektkedja/node'; console.log(loadDocumentSet);"),
    ).rejects.toThrow();
  });
});

describe('size budgets of a browser bundle (minified)', () => {
  for (const [what, { code, kib }] of Object.entries(BUDGETS_KIB)) {
    it(`${what}: at most ${kib} KiB`, async () => {
      const bytes = await browserBundle(code);
      expect(bytes / 1024).toBeLessThanOrEqual(kib);
    });
  }
});
