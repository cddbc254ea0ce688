// Texts handed to the benchmark's child processes, the children themselves, and the documents
// our parser makes of the texts.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Document, parseDocument } from '../src/index.js';

// Joined by U+0000, which neither format holds raw: a child splits them without parsing anything.
const SEPARATOR = '\u0000';

/** Writes `texts` to `file`, for a child process to read with {@link readTexts}. */
export function saveTexts(file: string, texts: readonly string[]): string {
  writeFileSync(file, texts.join(SEPARATOR));
  return file;
}

/** The texts {@link saveTexts} wrote. */
export function readTexts(file: string): string[] {
  return readFileSync(file, 'utf8').split(SEPARATOR);
}

/** Reads every text with our parser; the generated documents must be valid. */
export function parseAll(texts: readonly string[], format: 'json' | 'yaml' = 'json'): Document[] {
  return texts.map((t) => {
    const r = parseDocument(t, { format });
    if (!r.ok) throw new Error(`generated ${format} document must parse: ${r.findings[0]?.code}`);
    return r.value;
  });
}

/**
 * Runs a script of bench/ in a child process (collections exposed, an 8 GB heap) and reads the
 * one line of JSON it prints, or says why it failed (the line of its error output that names it).
 */
export function runChild<T>(script: string, args: readonly string[]): T | string {
  try {
    return JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=8192',
          '--import',
          'tsx',
          fileURLToPath(new URL(script, import.meta.url)),
          ...args,
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 2 ** 20 },
      ),
    ) as T;
  } catch (error) {
    return `failed: ${
      String((error as { stderr?: string }).stderr ?? error)
        .split('\n')
        .find((l) => /Error|heap/.test(l)) ?? 'see stderr'
    }`;
  }
}
