import type { participantsCodes } from '../../findings/catalog/participants.js';
import type { Details } from '../../findings/finding.js';
import { type MessageTable, q, show } from '../message.js';
import type { ParticipantWords } from '../participants-words.js';

const problem = (v: Details[string]) =>
  ({
    form: 'har inte formen NNNNNN-NNNN',
    checksum: 'har fel kontrollsiffra',
    date: 'är ett personnummer med ett datum som inte finns',
    group: 'börjar med en siffra som inget organisationsnummer har',
  })[String(v)] ?? show(v);

const owner = (d: Details) =>
  d.indicator === undefined ? `planen ${q(d.plan)}` : `indikatorn ${q(d.indicator)} i planen ${q(d.plan)}`;

/** Swedish messages about participant lists. */
export const svParticipants: MessageTable<keyof typeof participantsCodes> = {
  PARTICIPANT_NUMBER_INVALID: {
    text: (d) => `Numret ${q(d.number)} i deltagarlistan för ${owner(d)} ${problem(d.problem)}.`,
    hint: () =>
      'Skriv organisationsnumret som 10 siffror (NNNNNN-NNNN), för en enskild firma ägarens personnummer; kontrollera siffrorna mot Bolagsverket.',
  },
  PARTICIPANT_DUPLICATE: {
    text: (d) =>
      `Numret ${q(d.number)} står ${show(d.times)} gånger i deltagarlistan för ${owner(d)}; det räknas en gång.`,
    hint: () => 'Ta bort dubbletten, eller ange perioden i en och samma rad.',
  },
  PARTICIPANT_COUNT_MISMATCH: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} anger ${show(d.stated)} för ${show(d.period)}, men deltagarlistan har ${show(d.counted)} olika giltiga nummer som hade börjat delta vid periodens slut.`,
    hint: () =>
      'Komplettera listan (med perioden då varje företag började delta) eller rätta det angivna värdet.',
  },
  PARTICIPANT_LIST_UNKNOWN_PLAN: {
    text: (d) =>
      d.indicator === undefined
        ? `Deltagarlistan hör till planen ${q(d.plan)}, men dokumentuppsättningen har ingen sådan plan.`
        : `Deltagarlistan hör till indikatorn ${q(d.indicator)} i planen ${q(d.plan)}, men planen har ingen sådan indikator.`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : 'Läs listan tillsammans med filen som har planen, och kontrollera id:t.',
  },
};

/** Swedish words of participant tables and report sections. */
export const svParticipantWords: ParticipantWords = {
  heading: 'Deltagande företag och organisationer',
  shared: 'Deltar i flera planer',
  list: 'Deltagarlista',
  none: 'Inga deltagarlistor.',
  summary: (s) =>
    `${s.unique} unika företag och organisationer (varav ${s.soleTraders === 1 ? 'en enskild firma' : `${s.soleTraders} enskilda firmor`}), räknade en gång var oavsett hur många planer de deltar i. Planernas egna antal summerade: ${s.sumOfPlans}.${
      s.invalid ? ` ${s.invalid} nummer är ogiltiga och räknas inte.` : ''
    }`,
  kind: { organisationsnummer: 'organisation', personnummer: 'enskild firma' },
  column: {
    region: 'Region',
    plan: 'Plan',
    name: 'Namn',
    participants: 'Unika deltagare',
    number: 'Organisationsnummer',
    kind: 'Slag',
    plans: 'Antal planer',
    planList: 'Planer',
    indicator: 'Indikator',
    kommun: 'Kommun',
    from: 'Från',
    to: 'Till',
  },
};
