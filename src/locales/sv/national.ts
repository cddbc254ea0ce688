import { q } from '../message.js';
import type { NationalWords } from '../national-words.js';

/** Swedish words of the national follow-up export. */
export const svNationalWords: NationalWords = {
  column: {
    region: 'Region',
    planId: 'Plan-id',
    plan: 'Plan',
    section: 'Avsnitt',
    order: 'Nr',
    field: 'Fält',
    value: 'Värde',
    id: 'Id',
    leadsTo: 'Leder till',
    goals: 'Bidrar till mål',
    unit: 'Enhet',
    baseline: 'Utgångsvärde',
    baselineYear: 'Utgångsår',
    target: 'Målvärde',
    targetYear: 'Målår',
    latest: 'Senaste värde',
    latestPeriod: 'Senaste period',
    status: 'Status',
    asOf: 'Uppföljningsdatum',
    name: 'Namn',
    kommun: 'Kommun',
    from: 'Från',
    to: 'Till',
  },
  section: {
    classification: 'Klassificering',
    chain: 'Effektkedja',
    indicator: 'Obligatorisk indikator',
    participant: 'Deltagare',
  },
  field: {
    vocabulary: 'Ordlista',
    prioritering: 'Prioritering i den nationella strategin',
    fokusomrade: 'Fokusområde i den nationella strategin',
    rusPrioritering: 'Prioritering i RUS',
    projekttyp: 'Typ av projekt',
    bransch: 'Bransch/kunskapsområde',
    syfte: 'Syfte',
    hallbarhetSyfte: 'Hållbarhet: syfte (0–3)',
    hallbarhetMetod: 'Hållbarhet: metod (0–3)',
    template: 'Typ av effektkedja',
  },
  sheet: 'Nationell uppföljning',
  utmaningar: 'Utmaningar',
  missing: 'saknas i planen',
  participantKind: {
    organisation: 'organisation',
    soleTraderPseudonym: 'enskild firma (pseudonym)',
    soleTraderOmitted: 'enskild firma (numret utelämnat)',
    invalidOmitted: 'ogiltigt nummer (utelämnat)',
  },
  usage: {
    ending: (out) => `den nationella exporten skrivs som .csv eller .xlsx, inte ${q(out)}`,
    notWith: (option) => `--national går inte att kombinera med ${option}`,
    manyRegions: (count) =>
      `${count} regioner: ange -o nationell.csv eller -o nationell.xlsx, en fil skrivs per region`,
  },
};
