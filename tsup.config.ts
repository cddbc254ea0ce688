import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// `npm run build` empties dist/ first: the two builds run side by side, so neither may clean.
export default defineConfig([
  // The library for `require`: the browser-safe core and the Node-only part (files, spreadsheets),
  // bundled. The ES modules (`import`) are not bundled: `tsc -p tsconfig.build.json` writes one
  // module per source file to dist/esm, so an app's bundler keeps only what the app imports.
  {
    entry: {
      index: 'src/index.ts',
      node: 'src/node/index.ts',
      // The worker thread that reads the files of a folder (src/node/read-pool.ts finds it next to the code).
      'read-worker': 'src/node/read-worker.ts',
    },
    format: ['cjs'],
    // import.meta.url (where read-pool.ts looks for the worker) in CommonJS.
    shims: true,
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    // Shared chunks, so `effektkedja` and `effektkedja/node` share one copy of the core (one EffektkedjaError class).
    splitting: true,
    treeshake: true,
    // Optional peers, used only by the Node renderer when they are installed.
    external: ['mermaid', 'playwright-core'],
  },
  // The command-line tool: one ESM file with a shebang, the package's `bin`.
  {
    // The worker that reads folders sits next to the CLI (src/node/read-pool.ts).
    entry: { cli: 'src/cli/bin.ts', 'read-worker': 'src/node/read-worker.ts' },
    format: ['esm'],
    outDir: 'dist/cli',
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
    define: { __EFFEKTKEDJA_VERSION__: JSON.stringify(version) },
    external: ['mermaid', 'playwright-core'],
  },
]);
