export type { ParticipantWords } from '../locales/participants-words.js';
export {
  displayNumber,
  findIndicator,
  kindOf,
  type ParticipantListSite,
  participantLists,
  readNumber,
} from './collect.js';
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
  participantWords,
  planParticipantsTable,
  sharedParticipantsTable,
} from './tables.js';
