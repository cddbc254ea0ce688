import type { Bilingual } from '../findings/finding.js';

/** The ids of the three national tracks (spår). */
export const TRACK_IDS = ['direktspar', 'utvecklings-och-samverkansspar', 'insatsspar'] as const;

/** The id of a national track. */
export type TrackId = (typeof TRACK_IDS)[number];

/**
 * A track (spår) of Tillväxtverket's chart: where the effect of a project
 * arises. Each of the four national templates belongs to one track.
 */
export interface Track {
  readonly id: TrackId;
  readonly sv: string;
  readonly en: string;
  /** Where the effect arises, as the chart's bottom row says it. */
  readonly arena: Bilingual;
  /**
   * Words (Swedish, lower case, matched at the start of a word) that place a box
   * in this track when no template's own keywords do: who or what is changed.
   */
  readonly cues: readonly string[];
}

/** The three national tracks, in the chart's order. */
export const TRACKS = {
  direktspar: {
    id: 'direktspar',
    sv: 'Direktspår',
    en: 'Direct track',
    arena: { sv: 'Fysiska miljöer', en: 'Physical environments' },
    cues: ['fysisk miljö', 'fysiska miljöer', 'miljöförbättring', 'tillgänglighet', 'servicegrad'],
  },
  'utvecklings-och-samverkansspar': {
    id: 'utvecklings-och-samverkansspar',
    sv: 'Utvecklings- och samverkansspår',
    en: 'Development and collaboration track',
    arena: {
      sv: 'Icke-fysiska miljöer (projektägare/intermediärer)',
      en: 'Non-physical environments (project owners/intermediaries)',
    },
    cues: ['intermediär', 'projektägare', 'samverkan', 'stödstruktur', 'stödsystem', 'aktörer'],
  },
  insatsspar: {
    id: 'insatsspar',
    sv: 'Insatsspår',
    en: 'Intervention track',
    arena: { sv: 'Företag', en: 'Firms' },
    cues: ['företag', 'entreprenör', 'företagare', 'smf', 'småföretag'],
  },
} as const satisfies Record<TrackId, Track>;

/** True if `id` is one of the three national tracks. */
export function isTrackId(id: string): id is TrackId {
  return (TRACK_IDS as readonly string[]).includes(id);
}
