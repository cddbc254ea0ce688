import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { type Document, mergeDocuments, parseDocument, validate } from '../../../src/index.js';
import { loadExample } from '../../followup/support.js';
import { editable } from '../../support/mutate.js';

const codesOf = (doc: Document) => validate(doc).findings.filter((f) => f.code.startsWith('PARTICIPANT_'));

async function gotland(): Promise<Draft<Document>> {
  return editable(await loadExample('gotland-besoksnaring.yaml'));
}

const indicatorOf = (doc: Draft<Document>) =>
  doc.plans![0]!.boxes.find((b) => b.id === 'p-foretag')!.indicators![0]!;

describe('participant lists', () => {
  it('the examples are clean', async () => {
    expect(codesOf(await loadExample('kronoberg.yaml'))).toEqual([]);
    expect(codesOf(await gotland())).toEqual([]);
  });

  it('a wrong check digit is located at the entry, with the personnummer masked', async () => {
    const doc = await gotland();
    indicatorOf(doc).participants![9]!.orgnr = '850612-1239';
    const [f, count] = codesOf(doc);
    expect(f).toMatchObject({
      code: 'PARTICIPANT_NUMBER_INVALID',
      severity: 'error',
      location: {
        plan: 'insatsplan-besoksnaring',
        indicator: 'deltagande-foretag',
        path: ['plans', 0, 'boxes', 4, 'indicators', 0, 'participants', 9, 'orgnr'],
      },
      details: { number: '850612-****', problem: 'checksum', plan: 'insatsplan-besoksnaring' },
    });
    // Nowhere in the finding, words included: details, location and both messages.
    expect(JSON.stringify(f)).not.toContain('1239');
    // The invalid entry is not counted, so the stated 11 no longer agrees.
    expect(count).toMatchObject({
      code: 'PARTICIPANT_COUNT_MISMATCH',
      details: { stated: 11, counted: 10, period: 2023 },
      location: { path: ['plans', 0, 'boxes', 4, 'indicators', 0, 'measurements', 0] },
    });
  });

  it('a number listed twice is a duplicate and counts once', async () => {
    const doc = await gotland();
    const list = indicatorOf(doc).participants!;
    list.push({ orgnr: '5588721166' });
    const found = codesOf(doc);
    expect(found.map((f) => f.code)).toEqual(['PARTICIPANT_DUPLICATE']);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      details: { number: '558872-1166', times: 2 },
      location: { path: ['plans', 0, 'boxes', 4, 'indicators', 0, 'participants', 11, 'orgnr'] },
    });
  });

  it('a stated count that disagrees with the list is a finding; those who start later are not counted', async () => {
    const doc = await gotland();
    indicatorOf(doc).measurements!.push({ period: '2024-Q2', value: 13 });
    indicatorOf(doc).participants!.push({ orgnr: '557288-5126', period: { from: 2024, to: 2025 } });
    indicatorOf(doc).participants!.push({ orgnr: '556178-4678', period: { from: 2025, to: 2025 } });
    const [f] = codesOf(doc);
    expect(f).toMatchObject({
      code: 'PARTICIPANT_COUNT_MISMATCH',
      details: { indicator: 'deltagande-foretag', stated: 13, counted: 12, period: '2024-Q2' },
    });
  });

  it('a list kept in a file of its own joins its plan by id, and its findings point into that file', async () => {
    const plans = await gotland();
    delete indicatorOf(plans).participants;
    const list = parseDocument(
      [
        'formatVersion: 1',
        'region: Region Gotland',
        'participantLists:',
        '  - plan: insatsplan-besoksnaring',
        '    indicator: deltagande-foretag',
        '    participants:',
        '      - { orgnr: 558872-1166 }',
        '      - { orgnr: 558872-1167 }',
        '  - plan: insatsplan-besoksnaringar',
        '    participants: []',
        '',
      ].join('\n'),
      { file: 'deltagare.yaml' },
    );
    if (!list.ok) throw new Error('fixture');
    const set = mergeDocuments([
      { document: plans, file: 'plan.yaml' },
      { document: list.value, file: 'deltagare.yaml', ...(list.source ? { source: list.source } : {}) },
    ]);
    expect(set.findings).toEqual([]);
    const found = set.locate(codesOf(set.document));
    expect(found.map((f) => [f.code, f.location.file, f.location.line, f.location.path])).toEqual([
      [
        'PARTICIPANT_NUMBER_INVALID',
        'deltagare.yaml',
        8,
        ['participantLists', 0, 'participants', 1, 'orgnr'],
      ],
      ['PARTICIPANT_LIST_UNKNOWN_PLAN', 'deltagare.yaml', 9, ['participantLists', 1, 'plan']],
      [
        'PARTICIPANT_COUNT_MISMATCH',
        'plan.yaml',
        undefined,
        ['plans', 0, 'boxes', 4, 'indicators', 0, 'measurements', 0],
      ],
    ]);
    expect(found[1]!.details).toEqual({
      plan: 'insatsplan-besoksnaringar',
      suggestion: 'insatsplan-besoksnaring',
    });
    expect(found[2]!.details).toMatchObject({ stated: 11, counted: 1 });
  });

  it('a separate list naming an indicator the plan lacks is a finding', async () => {
    const doc = await gotland();
    doc.participantLists = [
      { plan: 'insatsplan-besoksnaring', indicator: 'deltagande-foretagen', participants: [] },
    ];
    expect(codesOf(doc)).toMatchObject([
      {
        code: 'PARTICIPANT_LIST_UNKNOWN_PLAN',
        location: { path: ['participantLists', 0, 'indicator'] },
        details: { indicator: 'deltagande-foretagen', suggestion: 'deltagande-foretag' },
      },
    ]);
  });
});
