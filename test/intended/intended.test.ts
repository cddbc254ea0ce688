import { describe, expect, it } from 'vitest';
import { coverage, type Document, goalLevelTable, type Level } from '../../src/index.js';
import { validDocument, validPlan } from '../support/documents.js';
import { findingData } from '../support/findings.js';

// R1 ← U1; the plan links to U1 from the box of the given level.
function doc(intended: Level[] | undefined, from: string, on: 'R1' | 'U1' = 'R1'): Document {
  const d = validDocument();
  const rus = d.strategy!.rus!;
  const u = d.strategy!.understrategier![0]!;
  const put = (g: (typeof rus.goals)[number], id: string) =>
    g.id === id && intended ? { ...g, intendedLevels: intended } : g;
  return {
    ...d,
    strategy: {
      ...d.strategy!,
      rus: { ...rus, goals: rus.goals.map((g) => put(g, on)) },
      understrategier: [{ ...u, goals: u.goals.map((g) => put(g, on)) }],
    },
    plans: [{ ...validPlan(), goalLinks: [{ from, goal: 'U1' }] }],
  };
}
const codes = (d: Document) => coverage(d).findings.filter((f) => f.code === 'INTENDED_LEVEL_NOT_REACHED');

describe('intended levels of goals (stryktips)', () => {
  it('a RUS goal meant for samhällseffekter but reached only from aktiviteter', () => {
    const found = codes(doc(['kortsiktiga', 'langsiktiga'], 'a'));
    expect(found).toMatchObject([
      {
        code: 'INTENDED_LEVEL_NOT_REACHED',
        severity: 'warning',
        location: { goal: 'R1', path: ['strategy', 'rus', 'goals', 0, 'intendedLevels'] },
        details: { goal: 'R1', intended: ['kortsiktiga', 'langsiktiga'], reached: ['aktiviteter'], plans: 1 },
      },
    ]);
    expect(findingData(found[0]!)).toEqual({
      code: 'INTENDED_LEVEL_NOT_REACHED',
      details: { goal: 'R1', intended: ['kortsiktiga', 'langsiktiga'], plans: 1, reached: ['aktiviteter'] },
      location: { goal: 'R1', path: ['strategy', 'rus', 'goals', 0, 'intendedLevels'] },
      severity: 'warning',
    });
  });

  it('no finding where plans reach an intended level, or where the goal says nothing', () => {
    expect(codes(doc(['kortsiktiga', 'langsiktiga'], 'l'))).toEqual([]);
    expect(codes(doc(['utfall'], 'u', 'U1'))).toEqual([]);
    expect(codes(doc(undefined, 'a'))).toEqual([]);
  });

  it('the goals × levels matrix marks the intended levels against the plans’ counts', () => {
    const c = coverage(doc(['kortsiktiga'], 'k', 'U1'));
    expect(c.levels.find((l) => l.goal === 'U1')).toMatchObject({
      intended: ['kortsiktiga'],
      reached: ['kortsiktiga'],
    });
    const row = goalLevelTable(c, 'sv').rows.find((r) => r[0] === 'U1')!;
    expect(row.slice(3, 9)).toEqual([0, 0, 0, 0, '1 (avsedd nivå)', 0]);
    // Without intended levels, the matrix is as before: numbers only.
    const plain = goalLevelTable(coverage(doc(undefined, 'k')), 'sv').rows.find((r) => r[0] === 'U1')!;
    expect(plain.slice(3, 9)).toEqual([0, 0, 0, 0, 1, 0]);
  });
});

describe('intended levels in a workbook', () => {
  it('survive the round trip in the goal’s Extra column', async () => {
    const { readWorkbook, writeWorkbook } = await import('../../src/node/index.js');
    const d = doc(['kortsiktiga', 'langsiktiga'], 'a');
    const written = await writeWorkbook(d);
    const back = await readWorkbook(written.bytes, { file: 'x.xlsx' });
    expect(back.findings).toEqual([]);
    expect(back.document?.strategy).toEqual(d.strategy);
  });
});
