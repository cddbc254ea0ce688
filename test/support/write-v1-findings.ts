// Records the findings of every version-1 document of the repository into
// test/fixtures/v1-findings.json (run once at commit 4fef51c, before the strategy ladder:
// `npx tsx test/support/write-v1-findings.ts`). test/ladder/v1-unchanged.test.ts
// compares today's findings with the record. Re-recorded once after issue 17's deliberate
// changes (PLAN_WITHOUT_GOAL_LINKS without a strategy, box texts in details, syntax-error
// causes); the difference to the first record was checked to hold nothing else. After issue 14's
// values in time, the one entry that changed (hostile/broken-references.yaml: its targets and
// measurements before the baseline year) was updated alone, checked to differ only by
// TARGET_BEFORE_BASELINE and MEASUREMENT_BEFORE_BASELINE.
import { writeFileSync } from 'node:fs';
import { blockFindings, corpusFiles, docBlocks, fileFindings, V1_FINDINGS } from './v1-corpus.js';

const files: Record<string, string> = {};
for (const f of corpusFiles()) files[f] = await fileFindings(f);
const docs: Record<string, string> = {};
for (const [hash, block] of docBlocks()) docs[hash] = blockFindings(block);
writeFileSync(V1_FINDINGS, `${JSON.stringify({ files, docs }, null, 1)}\n`);
console.log(`${Object.keys(files).length} files, ${Object.keys(docs).length} docs blocks`);
