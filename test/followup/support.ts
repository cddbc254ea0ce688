import { readFile } from 'node:fs/promises';
import type { Draft } from 'immer';
import { type Document, parseDocument } from '../../src/index.js';
import { editable } from '../support/mutate.js';

/** Parses one of the example documents. */
export async function loadExample(name: string): Promise<Document> {
  const text = await readFile(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
  const r = parseDocument(text, { file: name });
  if (!r.ok) throw new Error(r.findings.map((f) => f.message.en).join('\n'));
  return r.value;
}

/**
 * Kronoberg with the mistake users of follow-up systems report: the plan counts
 * "anställda" and rolls up into the RUS indicator counted in "arbetstillfällen".
 */
export async function kronobergWithUnitMismatch(): Promise<Draft<Document>> {
  const doc = editable(await loadExample('kronoberg.yaml'));
  for (const plan of doc.plans ?? [])
    for (const box of plan.boxes)
      for (const indicator of box.indicators ?? [])
        if (indicator.id === 'anstallda-turistforetag') indicator.unit = 'anställda';
  return doc;
}
