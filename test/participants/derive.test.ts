import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  type Document,
  documentStatus,
  synthesize,
  validate,
  withParticipantCounts,
} from '../../src/index.js';
import { loadExample } from '../followup/support.js';
import { editable } from '../support/mutate.js';

async function gotland(): Promise<Draft<Document>> {
  return editable(await loadExample('gotland-besoksnaring.yaml'));
}

const indicatorOf = (doc: Draft<Document>) =>
  doc.plans![0]!.boxes.find((b) => b.id === 'p-foretag')!.indicators![0]!;

const statusOf = (doc: Document, asOf?: string | number) =>
  documentStatus(doc, asOf === undefined ? {} : { asOf }).plans[0]!.indicators.find(
    (i) => i.indicator.id === 'deltagande-foretag',
  )!;

const totalRow = (doc: Document) =>
  synthesize(doc).rows.find((r) => r.dimension === 'total' && r.measure === 'deltagande-foretag')!;

describe('counts derived from participant lists', () => {
  it('a stated count that disagrees is a finding, and status and synthesis use the list', async () => {
    const doc = await gotland();
    indicatorOf(doc).measurements = [{ period: 2023, value: 25 }];
    expect(validate(doc).findings.filter((f) => f.code === 'PARTICIPANT_COUNT_MISMATCH')).toMatchObject([
      { details: { stated: 25, counted: 11 } },
    ]);
    const s = statusOf(doc);
    expect(s.latest?.value).toBe(11);
    expect(totalRow(doc).measured).toBe(11);
    // The caller's document is not changed.
    expect(indicatorOf(doc).measurements![0]!.value).toBe(25);
  });

  it('each measured period counts those who had begun by its end', async () => {
    const doc = await gotland();
    indicatorOf(doc).measurements = [
      { period: 2023, value: 0 },
      { period: '2024-Q2', value: 0 },
      { period: 2025, value: 0 },
    ];
    indicatorOf(doc).participants!.push(
      { orgnr: '557288-5126', period: { from: 2024, to: 2025 } },
      { orgnr: '556178-4678', period: { from: '2025-03-01', to: 2025 } },
    );
    expect(statusOf(doc).periods.map((p) => p.value)).toEqual([11, 12, 13]);
  });

  it('a count without measurements is measured by its list at the follow-up date', async () => {
    const doc = await gotland();
    delete indicatorOf(doc).measurements;
    const s = statusOf(doc, 2024);
    expect(s.periods.map((p) => [p.period, p.value])).toEqual([[2024, 11]]);
    // 11 at the end of 2024 on the way from 0 (2023) to 30 (2025): behind the path's 15.
    expect(s).toMatchObject({ status: 'behind', expected: 15 });
  });

  it('invalid and repeated numbers count once or not at all; a separate list counts too', async () => {
    const doc = await gotland();
    delete indicatorOf(doc).participants;
    doc.participantLists = [
      {
        plan: 'insatsplan-besoksnaring',
        indicator: 'deltagande-foretag',
        participants: [{ orgnr: '558872-1166' }, { orgnr: '5588721166' }, { orgnr: '558872-1167' }],
      },
    ];
    expect(statusOf(doc).latest?.value).toBe(1);
    expect(totalRow(doc).measured).toBe(1);
  });

  it('a document without lists comes back as it is', async () => {
    const copy = await gotland();
    delete copy.participantLists;
    for (const p of copy.plans ?? []) {
      delete p.participants;
      for (const b of p.boxes) for (const i of b.indicators ?? []) delete i.participants;
    }
    expect(withParticipantCounts(copy)).toBe(copy);
  });
});
