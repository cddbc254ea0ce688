import type { ladderCodes } from '../../findings/catalog/ladder.js';
import { type MessageTable, q } from '../message.js';

/** Swedish messages of the strategy ladder. */
export const svLadder: MessageTable<keyof typeof ladderCodes> = {
  LADDER_UNKNOWN_TIER: {
    text: (d) =>
      `Understrategin ${q(d.understrategi)} hör till ledet ${q(d.tier)}, som inte finns i styrkedjan.`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : 'Lägg till ledet under strategy.tiers eller rätta id:t.',
  },
  LADDER_GOAL_SERVES_ITSELF: {
    text: (d) => `Målet ${q(d.goal)} säger sig tjäna sig självt.`,
    hint: () => 'Ange det mål i ledet ovanför som målet bryter ner.',
  },
  LADDER_SERVES_UNKNOWN_GOAL: {
    text: (d) => `Målet ${q(d.goal)} säger sig tjäna ${q(d.serves)}, som inte finns i styrkedjan.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : 'Rätta id:t i serves.'),
  },
  LADDER_SERVES_OWN_TIER_OR_BELOW: {
    text: (d) =>
      `Målet ${q(d.goal)} i ledet ${q(d.tier)} säger sig tjäna ${q(d.serves)} i ledet ${q(d.servesTier)}, som inte ligger ovanför.`,
    hint: () => 'Ett mål tjänar mål i ledet ovanför sitt eget.',
  },
  LADDER_RUNG_SKIPPED: {
    text: (d) =>
      `Målet ${q(d.goal)} i ledet ${q(d.tier)} tjänar ${q(d.serves)} i ledet ${q(d.servesTier)} och hoppar över ${q(d.skipped)}.`,
    hint: () =>
      'Koppla till ett mål i ledet direkt ovanför, eller skriv tierSkipping: allowed om regionen tillåter att led hoppas över.',
  },
  LADDER_GOAL_SERVES_NOTHING: {
    text: (d) =>
      `Målet ${q(d.goal)} i understrategin ${q(d.understrategi)} tjänar inget mål i ledet ${q(d.above)}.`,
    hint: () => 'Ange serves: [id för målet i ledet ovanför].',
  },
  LADDER_GOAL_LINK_SKIPS_TIER: {
    text: (d) =>
      `Rutan ${q(d.box)} kopplar till målet ${q(d.goal)} i ledet ${q(d.tier)} och hoppar över ${q(d.skipped)}.`,
    hint: () => 'Koppla till ett mål i styrkedjans lägsta led, det som planen hör under.',
  },
  BACKCAST_UNKNOWN_GOAL: {
    text: (d) => `Målet ${q(d.goal)} finns inte i strategin; planen kan inte byggas bakåt från det.`,
    hint: (d) =>
      d.suggestion ? `Menade du ${q(d.suggestion)}?` : 'Ange ett mål i RUS:en eller i en understrategi.',
  },
  LADDER_GOAL_NOT_BROKEN_DOWN: {
    text: (d) => `Inget mål i ledet ${q(d.below)} bryter ner målet ${q(d.goal)} i ledet ${q(d.tier)}.`,
  },
};
