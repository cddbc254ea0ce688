// Texts handed to the benchmark's child processes, and the documents our parser makes of them.
import { readFileSync, writeFileSync } from 'node:fs';
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
