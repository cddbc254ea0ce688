import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachLocations, type Finding, parseDocument, validate } from '../../src/index.js';
import { readAnyDocument } from '../../src/node/index.js';
import { codeBlocks } from '../docs/markdown.js';

// Every version-1 document of the repository (examples, test fixtures, the YAML and
// JSON examples of the docs) with the JSON of its findings, so that a change to the
// strategy rules can be shown to leave every existing document's findings unchanged.

const ROOT = join(import.meta.dirname, '..', '..');
const ENDINGS = ['.yaml', '.yml', '.json', '.xlsx'];
const FOLDERS = ['examples', 'test'];

function filesUnder(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') for (const f of filesUnder(path)) out.push(f);
    } else if (ENDINGS.some((e) => entry.name.endsWith(e))) out.push(path);
  }
  return out;
}

/** The document files of the repository, relative to its root, sorted. */
export function corpusFiles(): string[] {
  const files: string[] = [];
  for (const folder of FOLDERS) for (const f of filesUnder(folder)) files.push(f);
  return files.filter((f) => !f.endsWith('v1-findings.json')).sort();
}

// Words are left out: they are tuned on their own (the locale tables); codes,
// severities, locations and details are what a document's validation decides.
const bare = (findings: readonly Finding[]) =>
  JSON.stringify(
    findings.map(({ code, severity, location, details }) => ({ code, severity, location, details })),
  );

/** The findings of one file (reading and validating) as stable JSON. */
export async function fileFindings(file: string): Promise<string> {
  const r = await readAnyDocument(join(ROOT, file), { cwd: ROOT });
  const findings = [...r.findings];
  if (r.ok) {
    const located = validate(r.value, {
      locate: (f) => (r.locate ? r.locate(f) : 'source' in r ? attachLocations(f, r.source) : f),
    }).findings;
    for (const f of located) findings.push(f);
  }
  return bare(findings);
}

/** The YAML and JSON blocks of the docs pages, keyed by a hash of their text. */
export function docBlocks(): Map<string, { lang: 'yaml' | 'json'; text: string }> {
  const blocks = new Map<string, { lang: 'yaml' | 'json'; text: string }>();
  for (const page of ['format.md', 'rules.md', 'templates.md', 'followup.md', 'cli.md', 'editing.md']) {
    for (const b of codeBlocks(page)) {
      if (b.lang !== 'yaml' && b.lang !== 'json') continue;
      blocks.set(createHash('sha256').update(b.text).digest('hex').slice(0, 16), {
        lang: b.lang,
        text: b.text,
      });
    }
  }
  return blocks;
}

/** The findings of one docs block as stable JSON. */
export function blockFindings(block: { lang: 'yaml' | 'json'; text: string }): string {
  const r = parseDocument(block.text, { file: 'block', format: block.lang });
  const findings = [...r.findings];
  if (r.ok)
    for (const f of validate(r.value, { locate: (f) => attachLocations(f, r.source) }).findings)
      findings.push(f);
  return bare(findings);
}

/** Where the recorded findings live. */
export const V1_FINDINGS = join(ROOT, 'test', 'fixtures', 'v1-findings.json');

/** Reads the recorded findings. */
export function recordedFindings(): { files: Record<string, string>; docs: Record<string, string> } {
  return JSON.parse(readFileSync(V1_FINDINGS, 'utf8'));
}
