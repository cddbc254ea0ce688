import type { Severity } from '../severity.js';

/** Codes of findings about participant lists (organisationsnummer of the firms taking part) and their default severities. */
export const participantsCodes = {
  PARTICIPANT_NUMBER_INVALID: 'error',
  PARTICIPANT_DUPLICATE: 'warning',
  PARTICIPANT_COUNT_MISMATCH: 'warning',
  PARTICIPANT_LIST_UNKNOWN_PLAN: 'error',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries (see docs: the typed map). */
export interface ParticipantsDetails {
  readonly PARTICIPANT_NUMBER_INVALID: {
    readonly indicator?: string;
    readonly number: string;
    readonly plan: string;
    readonly problem: 'form' | 'checksum' | 'date' | 'group';
  };
  readonly PARTICIPANT_DUPLICATE: {
    readonly indicator?: string;
    readonly number: string;
    readonly plan: string;
    readonly times: number;
  };
  readonly PARTICIPANT_COUNT_MISMATCH: {
    readonly counted: number;
    readonly indicator?: string;
    readonly period: string | number;
    readonly plan: string;
    readonly stated: number;
  };
  readonly PARTICIPANT_LIST_UNKNOWN_PLAN: {
    readonly indicator?: string;
    readonly plan: string;
    readonly suggestion?: string;
  };
}
