import { defineConfig } from 'tsup';

// Two entry points: the browser-safe core and the Node-only part (files, CLI).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Shared chunks, so `effektkedja` and `effektkedja/node` share one copy of the core (one EffektkedjaError class).
  splitting: true,
  treeshake: true,
});
