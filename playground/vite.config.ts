import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The playground uses the library through its public API only: `effektkedja`
// resolves to the built ES modules (dist/esm) (run `npm run build` first).
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  // The workbook reader is an entry of its own, loaded when a .xlsx is opened (it brings exceljs).
  resolve: {
    alias: [
      { find: /^effektkedja\/spreadsheet$/, replacement: here('../dist/esm/spreadsheet/index.js') },
      { find: /^effektkedja$/, replacement: here('../dist/esm/index.js') },
    ],
  },
  // mermaid is large; its diagram types are split into chunks loaded on first use.
  build: { outDir: here('dist'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // Only this machine: the page is for one user's own text.
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
