#!/usr/bin/env bash
# Installs the packed tarball into an empty project and uses it with import and require.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -1)"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball"
cp "$root/examples/kronoberg.yaml" .
node --input-type=module -e "
import { readFileSync } from 'node:fs';
import { parseDocumentOrThrow, validate } from 'effektkedja';
import { loadDocumentSet } from 'effektkedja/node';
const doc = parseDocumentOrThrow(readFileSync('kronoberg.yaml', 'utf8'));
const { set } = await loadDocumentSet(['kronoberg.yaml']);
if (!validate(doc).summary.ok || set.document.plans.length !== 2) process.exit(1);
console.log('import: ok');
"
node -e "
const { parseDocumentOrThrow, validate } = require('effektkedja');
const { loadDocumentSet } = require('effektkedja/node');
const schema = require('effektkedja/schema.json');
const doc = parseDocumentOrThrow(require('node:fs').readFileSync('kronoberg.yaml', 'utf8'));
if (!validate(doc).summary.ok || typeof loadDocumentSet !== 'function' || !schema.properties.plans) process.exit(1);
console.log('require: ok');
"
