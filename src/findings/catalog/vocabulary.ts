import type { Severity } from '../severity.js';

/** Codes of versioned classification vocabularies and their default severities. */
export const vocabularyCodes = {
  CLASSIFICATION_OTHER_VERSION: 'warning',
  FOKUSOMRADE_OUTSIDE_PRIORITERING: 'warning',
  VOCABULARY_NO_VERSION: 'info',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries. */
export interface VocabularyDetails {
  readonly CLASSIFICATION_OTHER_VERSION: {
    readonly plan: string;
    readonly field: 'prioritering' | 'fokusomrade' | 'projekttyp' | 'bransch' | 'syfte';
    readonly term: string;
    /** The plan's period as "from–to", or null when the plan has none. */
    readonly planPeriod: string | null;
    /** The version(s) the plan is checked against. */
    readonly vocabulary: readonly string[];
    /** The other version(s) of the same series that hold the term. */
    readonly foundIn: readonly string[];
  };
  readonly FOKUSOMRADE_OUTSIDE_PRIORITERING: {
    readonly plan: string;
    readonly fokusomrade: string;
    readonly prioritering: string;
    /** The prioritering the fokusområde belongs to. */
    readonly belongsTo: string;
    readonly vocabulary: string;
  };
  readonly VOCABULARY_NO_VERSION: {
    readonly plan: string;
    readonly series: string;
    readonly planPeriod: string;
    /** The series' versions with their validity, "id (from–to)". */
    readonly versions: readonly string[];
  };
}
