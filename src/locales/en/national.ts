import { q } from '../message.js';
import type { NationalWords } from '../national-words.js';

/** English words of the national follow-up export. */
export const enNationalWords: NationalWords = {
  column: {
    region: 'Region',
    planId: 'Plan id',
    plan: 'Plan',
    section: 'Section',
    order: 'No.',
    field: 'Field',
    value: 'Value',
    id: 'Id',
    leadsTo: 'Leads to',
    goals: 'Contributes to goals',
    unit: 'Unit',
    baseline: 'Baseline',
    baselineYear: 'Baseline year',
    target: 'Target',
    targetYear: 'Target year',
    latest: 'Latest value',
    latestPeriod: 'Latest period',
    status: 'Status',
    asOf: 'Follow-up date',
    name: 'Name',
    kommun: 'Municipality',
    from: 'From',
    to: 'To',
  },
  section: {
    classification: 'Classification',
    chain: 'Results chain',
    indicator: 'Mandatory indicator',
    participant: 'Participant',
  },
  field: {
    vocabulary: 'Vocabulary',
    prioritering: 'Priority in the national strategy',
    fokusomrade: 'Focus area in the national strategy',
    rusPrioritering: 'Priority in the RUS',
    projekttyp: 'Type of project',
    bransch: 'Sector/field of knowledge',
    syfte: 'Purpose',
    hallbarhetSyfte: 'Sustainability: purpose (0–3)',
    hallbarhetMetod: 'Sustainability: method (0–3)',
    template: 'Type of results chain',
  },
  sheet: 'National follow-up',
  utmaningar: 'Challenges',
  missing: 'missing from the plan',
  participantKind: {
    organisation: 'organisation',
    soleTraderPseudonym: 'sole trader (pseudonym)',
    soleTraderOmitted: 'sole trader (number left out)',
    invalidOmitted: 'invalid number (left out)',
  },
  usage: {
    ending: (out) => `the national export is written as .csv or .xlsx, not ${q(out)}`,
    notWith: (option) => `--national cannot be combined with ${option}`,
    manyRegions: (count) =>
      `${count} regions: give -o nationell.csv or -o nationell.xlsx, one file is written per region`,
  },
};
