#!/usr/bin/env bash
# Installs the packed tarball into an empty project and uses it with import and require.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -1)"
cd "$work"
npm init -y >/dev/null
# The install steps of the Swedish guide (docs/sv/strateg.md), run as written there.
guide="$(awk '/<!-- kor-i-ci: scripts\/pack-smoke.sh -->/{m=1;next} m&&/^```sh/{b=1;next} b&&/^```/{exit} b' "$root/docs/sv/strateg.md")"
case "$guide" in *"./$tarball"*) ;; *) echo "docs/sv/strateg.md installs another tarball than $tarball" >&2; exit 1 ;; esac
npm config set audit false --location=project >/dev/null
npm config set fund false --location=project >/dev/null
bash -euo pipefail -c "$guide"
cp "$root/examples/kronoberg.yaml" .
cp kronoberg.yaml kopia.yaml
for worker in dist/esm/node/read-worker.js dist/read-worker.cjs dist/cli/read-worker.js; do
  [ -f "node_modules/effektkedja/$worker" ] || { echo "the package lacks $worker" >&2; exit 1; }
done
node --input-type=module -e "
import { readFileSync } from 'node:fs';
import { parseDocumentOrThrow, validate } from 'effektkedja';
import { loadDocumentSet } from 'effektkedja/node';
import { escapeLabel } from 'effektkedja/mermaid';
if (escapeLabel('50 %') === '') process.exit(1);
const doc = parseDocumentOrThrow(readFileSync('kronoberg.yaml', 'utf8'));
const { set } = await loadDocumentSet(['kronoberg.yaml']);
if (!validate(doc).summary.ok || set.document.plans.length !== 2) process.exit(1);
// The worker that reads folders is in the package and found next to dist/esm/node (read-pool.ts).
const twice = await loadDocumentSet(['kronoberg.yaml', 'kopia.yaml'], { jobs: 2, workerMinBytes: 0 });
if (twice.set.document.plans.length !== 2 || !twice.findings.some((f) => f.code === 'DUPLICATE_DEFINITION')) process.exit(1);
console.log('import: ok');
"
node -e "
const { parseDocumentOrThrow, validate } = require('effektkedja');
const { loadDocumentSet } = require('effektkedja/node');
const schema = require('effektkedja/schema.json');
const doc = parseDocumentOrThrow(require('node:fs').readFileSync('kronoberg.yaml', 'utf8'));
if (!validate(doc).summary.ok || typeof loadDocumentSet !== 'function' || !schema.properties.plans) process.exit(1);
loadDocumentSet(['kronoberg.yaml', 'kopia.yaml'], { jobs: 2, workerMinBytes: 0 }).then((r) => {
  if (r.set.document.plans.length !== 2) process.exit(1);
  console.log('require: ok');
});
"
