import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  claimOf,
  type Document,
  LEVELS,
  rollupTable,
  synthesisTable,
  synthesize,
  validate,
} from '../../src/index.js';
import { enContributionWords } from '../../src/locales/en/contribution.js';
import { svContributionWords } from '../../src/locales/sv/contribution.js';
import { loadExample } from '../followup/support.js';
import { editable } from '../support/mutate.js';

const ofCodes = (doc: Document, ...codes: string[]) =>
  validate(doc).findings.filter((f) => codes.includes(f.code));

async function kronoberg(): Promise<Draft<Document>> {
  return editable(await loadExample('kronoberg.yaml'));
}

const indicator = (doc: Draft<Document>, id: string) => {
  for (const p of doc.plans ?? [])
    for (const b of p.boxes) for (const i of b.indicators ?? []) if (i.id === id) return i;
  throw new Error(id);
};

describe('data classes', () => {
  it('Kronoberg names a class for its indicators and gets no finding', async () => {
    expect(ofCodes(await kronoberg(), 'DATA_CLASS_UNKNOWN', 'CONTRIBUTION_EFFECT_OWN_DATA')).toEqual([]);
  });

  it('an unknown class is located at the indicator, with the closest known one', async () => {
    const doc = await kronoberg();
    indicator(doc, 'antal-traffar').dataClass = 'enkät';
    doc.strategy!.rus!.goals[0]!.indicators![0]!.dataClass = 'scb';
    // Findings come sorted: the strategy's before the plans'.
    const found = ofCodes(doc, 'DATA_CLASS_UNKNOWN');
    expect(found).toMatchObject([
      {
        location: {
          goal: 'rus-arbetstillfallen',
          path: ['strategy', 'rus', 'goals', 0, 'indicators', 0, 'dataClass'],
        },
        details: { dataClass: 'scb', goal: 'rus-arbetstillfallen' },
      },
      {
        severity: 'error',
        location: {
          plan: 'sydostleden',
          box: 'traffar',
          indicator: 'antal-traffar',
          path: ['plans', 0, 'boxes', 5, 'indicators', 0, 'dataClass'],
        },
        details: { indicator: 'antal-traffar', dataClass: 'enkät', plan: 'sydostleden', suggestion: 'enkat' },
      },
    ]);
    expect(found[0]!.details.known).toEqual(['egen-data', 'officiell-statistik', 'register', 'enkat']);
  });

  it('a class the region declares is known, and tables show it by name', async () => {
    const doc = await kronoberg();
    doc.dataClasses = [{ id: 'kommunernas-uppgifter', name: 'Kommunernas uppgifter' }];
    indicator(doc, 'antal-traffar').dataClass = 'kommunernas-uppgifter';
    expect(ofCodes(doc, 'DATA_CLASS_UNKNOWN')).toEqual([]);
    const md = buildReport(doc).markdown;
    expect(md).toContain('| Kommunernas uppgifter | levererat |');
  });
});

describe('contribution, not attribution', () => {
  it('derives the claim from the level', () => {
    expect(LEVELS.map(claimOf)).toEqual([
      'delivered',
      'delivered',
      'delivered',
      'reached',
      'contributed',
      'contributed',
    ]);
  });

  it('a plan whose samhällseffekter rest on its own data alone gets advice, one other class is enough', async () => {
    const doc = await kronoberg();
    indicator(doc, 'anstallda-turistforetag').dataClass = 'egen-data';
    expect(ofCodes(doc, 'CONTRIBUTION_EFFECT_OWN_DATA')).toMatchObject([
      {
        severity: 'info',
        location: {
          plan: 'destination-smaland',
          path: ['plans', 1, 'boxes', 7, 'indicators', 0, 'dataClass'],
        },
        details: {
          plan: 'destination-smaland',
          indicators: ['besoksnatter-foretagen', 'anstallda-turistforetag'],
        },
      },
    ]);
    delete indicator(doc, 'anstallda-turistforetag').dataClass;
    expect(ofCodes(doc, 'CONTRIBUTION_EFFECT_OWN_DATA')).toHaveLength(1);
    indicator(doc, 'anstallda-turistforetag').dataClass = 'officiell-statistik';
    expect(ofCodes(doc, 'CONTRIBUTION_EFFECT_OWN_DATA')).toEqual([]);
  });

  it('labels roll-ups and samhällseffekter as contributions in the synthesis, in both languages', async () => {
    const s = synthesize(await kronoberg());
    const total = (measure: string) => s.rows.find((r) => r.dimension === 'total' && r.measure === measure)!;
    expect(total('besoksnatter-lanet')).toMatchObject({ rollup: true, claim: 'contributed' });
    expect(total('antal-deltagare').claim).toBe('delivered');
    expect(total('andel-vill-bli-foretagare').claim).toBe('reached');
    expect(total('andel-startade-foretag').claim).toBe('contributed');
    expect(s.rollups.every((r) => r.claim === 'contributed')).toBe(true);
    for (const [lang, w] of [
      ['sv', svContributionWords],
      ['en', enContributionWords],
    ] as const) {
      const rollups = rollupTable(s.rollups, lang);
      expect(rollups.columns.at(-1)).toBe(w.column.claim);
      expect(rollups.rows.map((r) => r.at(-1))).toEqual(s.rollups.map(() => w.claim.contributed));
      const rows = synthesisTable(s.rows, lang);
      expect(rows.columns.at(-1)).toBe(w.column.claim);
    }
  });

  it('every report says that roll-ups are contributions, and shows data class and claim per indicator', async () => {
    const doc = await kronoberg();
    for (const [lang, w] of [
      ['sv', svContributionWords],
      ['en', enContributionWords],
    ] as const) {
      const r = buildReport(doc, { lang });
      expect(r.markdown).toContain(w.rollupNote);
      expect(r.html).toContain(w.rollupNote.replaceAll("'", '&#39;'));
      expect(r.markdown).toContain(`| ${w.column.dataClass} | ${w.column.claim} |`);
    }
    expect(buildReport(doc).markdown).toContain('| register | bidrag |');
  });
});
