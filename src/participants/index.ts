// Participants: organisationsnummer, personnummer masked or pseudonymized, unique counts.
export { type ParticipantListSite, participantLists } from './collect.js';
export { withParticipantCounts } from './derive.js';
export {
  isPseudonym,
  luhn,
  maskNumber,
  type NumberKind,
  type NumberProblem,
  type ParsedNumber,
  parseNumber,
} from './number.js';
export { type PseudonymizeOptions, pseudonymize, pseudonymOf } from './pseudonymize.js';
export {
  type ParticipantSummary,
  type PlanParticipants,
  participantSummary,
  type SharedParticipant,
} from './summary.js';
export {
  participantListTable,
  planParticipantsTable,
  sharedParticipantsTable,
} from './tables.js';
