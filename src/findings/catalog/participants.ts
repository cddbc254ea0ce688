import type { Severity } from '../finding.js';

/** Codes of findings about participant lists (organisationsnummer of the firms taking part) and their default severities. */
export const participantsCodes = {
  PARTICIPANT_NUMBER_INVALID: 'error',
  PARTICIPANT_DUPLICATE: 'warning',
  PARTICIPANT_COUNT_MISMATCH: 'warning',
  PARTICIPANT_LIST_UNKNOWN_PLAN: 'error',
} as const satisfies Record<string, Severity>;
