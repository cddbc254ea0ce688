import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachLocations, parseDocument, validate } from '../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../src/node/index.js';

const load = (name: string) => {
  const r = parseDocument(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'), { file: name });
  if (!r.ok) throw new Error(r.findings.map((f) => f.message.en).join('\n'));
  return r;
};

// Sorted as the report sorts: by plan, then by place.
const EXPECTED = [
  ['FAMILY_CYCLE', 'a', 81],
  ['FAMILY_ROLLUP_WITHOUT_CHILDREN', 'ensam', 98],
  ['FAMILY_ROLLUP_MISMATCH', 'norr', 66],
  ['FAMILY_CHILD_PERIOD_OUTSIDE', 'ost', 42],
  ['FAMILY_UNKNOWN_PARENT', 'soder', 73],
  ['FAMILY_CHILD_GOAL_NOT_SERVED', 'vast', 55],
];

describe('plan families in files', () => {
  it('the families fixture gives one located finding per defect', () => {
    const r = load('test/fixtures/ladder/families.yaml');
    const found = validate(r.value, { locate: (f) => attachLocations(f, r.source) })
      .findings.filter((f) => f.code.startsWith('FAMILY_'))
      .map((f) => [f.code, f.location.plan, f.location.line]);
    expect(found).toEqual(EXPECTED);
  });

  it('parent and fromChildren survive a workbook round trip; parent has a column of its own', async () => {
    const { value: document } = load('test/fixtures/ladder/families.yaml');
    const written = await writeWorkbook(document);
    const carried = written.findings.flatMap((f) =>
      f.code === 'SHEET_CARRIED_AS_JSON' ? f.details.keys : [],
    );
    expect(carried).not.toContain('parent');
    expect(carried).toContain('fromChildren');
    const back = await readWorkbook(written.bytes, { file: 'x.xlsx' });
    expect(back.findings).toEqual([]);
    expect(back.document?.plans).toEqual(document.plans);
    expect(validate(back.document!).findings.map((f) => f.code)).toEqual(
      validate(document).findings.map((f) => f.code),
    );
  });
});
