import type { participantsCodes } from '../../findings/catalog/participants.js';
import type { Details } from '../../findings/finding.js';
import { type MessageTable, q, show } from '../message.js';
import type { ParticipantWords } from '../participants-words.js';

const problem = (v: Details[string]) =>
  ({
    form: 'is not of the form NNNNNN-NNNN',
    checksum: 'has a wrong check digit',
    date: 'is a personnummer with a date that does not exist',
    group: 'starts with a digit no organisationsnummer has',
  })[String(v)] ?? show(v);

const owner = (d: Details) =>
  d.indicator === undefined
    ? `the plan ${q(d.plan)}`
    : `the indicator ${q(d.indicator)} of the plan ${q(d.plan)}`;

/** English messages about participant lists. */
export const enParticipants: MessageTable<keyof typeof participantsCodes> = {
  PARTICIPANT_NUMBER_INVALID: {
    text: (d) => `The number ${q(d.number)} in the participant list of ${owner(d)} ${problem(d.problem)}.`,
    hint: () =>
      "Write the organisationsnummer as 10 digits (NNNNNN-NNNN), for a sole trader the owner's personnummer; check the digits against Bolagsverket.",
  },
  PARTICIPANT_DUPLICATE: {
    text: (d) =>
      `The number ${q(d.number)} is listed ${show(d.times)} times in the participant list of ${owner(d)}; it counts once.`,
    hint: () => 'Remove the duplicate, or give the period in a single row.',
  },
  PARTICIPANT_COUNT_MISMATCH: {
    text: (d) =>
      `The indicator ${q(d.indicator)} states ${show(d.stated)} for ${show(d.period)}, but its participant list has ${show(d.counted)} distinct valid numbers that had begun taking part by the end of the period.`,
    hint: () =>
      'Complete the list (with the period each firm began taking part) or correct the stated value.',
  },
  PARTICIPANT_LIST_UNKNOWN_PLAN: {
    text: (d) =>
      d.indicator === undefined
        ? `The participant list belongs to the plan ${q(d.plan)}, but the document set has no such plan.`
        : `The participant list belongs to the indicator ${q(d.indicator)} of the plan ${q(d.plan)}, but the plan has no such indicator.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : 'Read the list together with the file that has the plan, and check the id.',
  },
};

/** English words of participant tables and report sections. */
export const enParticipantWords: ParticipantWords = {
  heading: 'Participating firms and organisations',
  shared: 'In several plans',
  list: 'Participant list',
  none: 'No participant lists.',
  summary: (s) =>
    `${s.unique} unique firms and organisations (${s.soleTraders === 1 ? 'one of them a sole trader' : `${s.soleTraders} of them sole traders`}), each counted once however many plans it takes part in. The plans' own counts added up: ${s.sumOfPlans}.${
      s.invalid ? ` ${s.invalid} numbers are not valid and not counted.` : ''
    }`,
  kind: { organisationsnummer: 'organisation', personnummer: 'sole trader' },
  column: {
    region: 'Region',
    plan: 'Plan',
    name: 'Name',
    participants: 'Unique participants',
    number: 'Organisationsnummer',
    kind: 'Kind',
    plans: 'Plans',
    planList: 'Plan ids',
    indicator: 'Indicator',
    kommun: 'Kommun',
    from: 'From',
    to: 'To',
  },
};
