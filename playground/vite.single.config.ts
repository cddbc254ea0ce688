import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.js';

// The playground as one HTML file for a file share: every script, style and
// mermaid diagram type inlined, so the page opens from file:// with no server
// and makes no request at all.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The served page allows scripts from its own origin; a file has no origin worth the name, so the
// inlined scripts are allowed instead, and every kind of request is forbidden.
const CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

function offlinePolicy(): Plugin {
  return {
    name: 'effektkedja:offline-policy',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const next = html.replace(/(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/, `$1${CSP}"`);
        if (next === html) throw new Error('playground/index.html has no Content-Security-Policy to replace');
        return next;
      },
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({
    plugins: [offlinePolicy(), viteSingleFile({ removeViteModuleLoader: true })],
    build: { outDir: here('dist-single'), emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  }),
);
