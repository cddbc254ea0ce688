import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverage, goalLevelTable, parseDocument } from '../../src/index.js';

function example(name: string) {
  const r = parseDocument(readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${name} does not parse`);
  return r.value;
}

describe('coverage: reach through goals that serve a goal, at any depth of the ladder', () => {
  const gotland = example('gotland-besoksnaring');
  const c = coverage(gotland);
  const row = (goal: string) => c.levels.find((l) => l.goal === goal)!;

  it('Gotland: the RUS goal is reached through the programplan and the tillväxtprogram, so it is served', () => {
    expect(c.unserved).not.toContain('hallbar-tillvaxt');
    expect(row('hallbar-tillvaxt')).toMatchObject({ direct: 0, indirect: 1 });
    expect(row('hallbar-tillvaxt').indirectCounts.kortsiktiga).toBe(1);
    expect(row('hallbar-tillvaxt').counts.kortsiktiga).toBe(0);
    // The programplan goals are linked directly: no indirect reach.
    expect(row('pp-lagsasong')).toMatchObject({ direct: 1, indirect: 0 });
    expect(Object.values(row('pp-lagsasong').indirectCounts).every((n) => n === 0)).toBe(true);
    const cell = c.cells.find((x) => x.goal === 'hallbar-tillvaxt')!;
    expect([...cell.via].sort()).toEqual(['pp-helarsforetag', 'pp-lagsasong']);
  });

  it('the table marks indirect reach, in Swedish and English; plain numbers where there is none', () => {
    for (const [lang, word] of [
      ['sv', 'indirekt'],
      ['en', 'indirect'],
    ] as const) {
      const table = goalLevelTable(c, lang);
      const at = table.columns.findIndex((h) => /kortsiktiga|short-term/i.test(String(h)));
      const rus = table.rows.find((r) => r[0] === 'hallbar-tillvaxt')!;
      expect(rus[at]).toBe(`0 + 1 ${word}`);
      const pp = table.rows.find((r) => r[0] === 'pp-lagsasong')!;
      expect(pp[at]).toBe(1);
    }
  });

  it('a one-tier ladder counts as before: Kronoberg’s understrategi goals are reached only directly', () => {
    const k = coverage(example('kronoberg'));
    for (const l of k.levels.filter((x) => k.goals.find((g) => g.id === x.goal)?.kind === 'understrategi'))
      expect(Object.values(l.indirectCounts).every((n) => n === 0)).toBe(true);
  });
});
