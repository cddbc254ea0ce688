import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { coverage, coverageTable, goalLevelTable } from '../../src/followup/index.js';
import type { Document } from '../../src/index.js';
import { validDocument } from '../support/documents.js';
import { findingData } from '../support/findings.js';
import { loadExample } from './support.js';

describe('coverage of Kronoberg', () => {
  it('shows which plans serve which goals, from which levels', async () => {
    const c = coverage(await loadExample('kronoberg.yaml'));
    expect(c.goals.map((g) => [g.id, g.kind])).toEqual([
      ['rus-arbetstillfallen', 'rus'],
      ['diversifiering', 'understrategi'],
      ['platsbundna-naringar', 'understrategi'],
    ]);
    expect(c.cells.map((x) => [x.plan, x.goal, x.levels, x.via])).toEqual([
      ['sydostleden', 'rus-arbetstillfallen', [], ['diversifiering', 'platsbundna-naringar']],
      ['sydostleden', 'diversifiering', ['kortsiktiga'], []],
      ['sydostleden', 'platsbundna-naringar', ['langsiktiga'], []],
      ['destination-smaland', 'rus-arbetstillfallen', [], ['platsbundna-naringar']],
      ['destination-smaland', 'platsbundna-naringar', ['kortsiktiga', 'langsiktiga'], []],
    ]);
    expect(c.unserved).toEqual([]);
    expect(c.findings).toEqual([]);
    const platsbundna = c.levels.find((l) => l.goal === 'platsbundna-naringar')!;
    expect(platsbundna).toMatchObject({ direct: 2, indirect: 0 });
    expect(platsbundna.counts).toMatchObject({ kortsiktiga: 1, langsiktiga: 2, utfall: 0 });
    expect(c.levels.find((l) => l.goal === 'rus-arbetstillfallen')).toMatchObject({ direct: 0, indirect: 2 });
  });

  it('writes the matrices with plans as rows and goals as columns', async () => {
    const c = coverage(await loadExample('kronoberg.yaml'));
    const t = coverageTable(c, 'en');
    expect(t.columns).toEqual(['Plan', 'rus-arbetstillfallen', 'diversifiering', 'platsbundna-naringar']);
    expect(t.rows[1]).toEqual([
      'destination-smaland',
      'Via understrategi: platsbundna-naringar',
      null,
      'Short-term societal effects; Long-term societal effects',
    ]);
    const levels = goalLevelTable(c, 'sv');
    expect(levels.columns.slice(3, 9)).toEqual([
      'Resurser',
      'Aktiviteter',
      'Prestationer',
      'Utfall',
      'Kortsiktiga samhällseffekter',
      'Långsiktiga samhällseffekter',
    ]);
    expect(levels.rows[2]).toEqual([
      'platsbundna-naringar',
      'understrategi',
      'Stärk platsbundna näringar (ex. turismsektorn) i kommuner under omställning',
      0,
      0,
      0,
      0,
      1,
      2,
      0,
      2,
    ]);
  });
});

describe('coverage: gaps and goals at the wrong level', () => {
  function twoGoals(): Draft<Document> {
    const doc = validDocument();
    doc.strategy!.understrategier![0]!.goals.push(
      { id: 'U2', text: 'Bilda en klusterorganisation', serves: ['R1'] },
      { id: 'U3', text: 'Ingen tjänar mig', serves: ['R1'] },
    );
    doc.plans![0]!.goalLinks!.push({ from: 'a', goal: 'U2' }, { from: 'o', goal: 'U2' });
    return doc;
  }

  it('lists goals no plan serves', () => {
    expect(coverage(twoGoals()).unserved).toEqual(['U3']);
  });

  it('flags a goal that plans reach only from activities or outputs', () => {
    const c = coverage(twoGoals());
    expect(c.findings.map((f) => [f.code, f.location.goal, f.details.levels])).toEqual([
      ['GOAL_AT_EARLY_LEVEL', 'U2', ['aktiviteter', 'prestationer']],
    ]);
    expect(c.findings[0]?.location.path).toEqual(['strategy', 'understrategier', 0, 'goals', 1]);
    expect(findingData(c.findings[0]!)).toEqual({
      code: 'GOAL_AT_EARLY_LEVEL',
      details: { goal: 'U2', levels: ['aktiviteter', 'prestationer'], plans: 1 },
      location: { goal: 'U2', path: ['strategy', 'understrategier', 0, 'goals', 1] },
      severity: 'info',
    });
  });

  it('does not flag a goal also reached from an effect, and ignores links from unknown boxes', () => {
    const doc = twoGoals();
    doc.plans![0]!.goalLinks!.push({ from: 'l', goal: 'U2' }, { from: 'saknas', goal: 'U3' });
    const c = coverage(doc);
    expect(c.findings).toEqual([]);
    expect(c.unserved).toEqual([]);
    expect(c.cells.find((x) => x.goal === 'U3')?.levels).toEqual([]);
  });

  it('is empty without a strategy', () => {
    const doc = validDocument();
    delete doc.strategy;
    const c = coverage(doc);
    expect([c.goals, c.cells, c.unserved, c.findings]).toEqual([[], [], [], []]);
    expect(c.plans).toHaveLength(1);
  });
});
