import { describe, expect, it } from 'vitest';
import {
  blockFindings,
  corpusFiles,
  docBlocks,
  fileFindings,
  recordedFindings,
} from '../support/v1-corpus.js';

// Every version-1 document in the repository gives the same findings (code,
// severity, location, details; byte for byte as JSON) as before the strategy
// ladder was added. The record was made at the commit before it.
const record = recordedFindings();

// Files that are new since the record: documents that declare a ladder, or
// examples rewritten to use one (their old form is kept in test/fixtures/ladder).
const LADDERED = new Set(['examples/gotland-besoksnaring.yaml']);
const isLaddered = (f: string) =>
  LADDERED.has(f) || (f.startsWith('test/fixtures/ladder/') && f !== 'test/fixtures/ladder/gotland-v1.yaml');

describe('version-1 documents validate as before the ladder', () => {
  it('the record covers every version-1 document in the repository', () => {
    const missing = corpusFiles().filter((f) => !isLaddered(f) && !(f in record.files));
    expect(missing).toEqual([]);
    expect(Object.keys(record.files).length).toBeGreaterThan(20);
    expect(Object.keys(record.docs).length).toBeGreaterThan(100);
  });

  for (const [file, before] of Object.entries(record.files)) {
    if (isLaddered(file)) continue;
    it(file, async () => {
      expect(await fileFindings(file)).toBe(before);
    });
  }

  it('every docs example that still exists gives the recorded findings', () => {
    const blocks = docBlocks();
    let compared = 0;
    for (const [hash, before] of Object.entries(record.docs)) {
      const block = blocks.get(hash);
      if (!block) continue; // a block rewritten since; the docs tests check it
      expect(blockFindings(block), block.text).toBe(before);
      compared++;
    }
    expect(compared).toBeGreaterThan(90);
  });
});
