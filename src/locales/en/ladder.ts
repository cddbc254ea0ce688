import type { ladderCodes } from '../../findings/catalog/ladder.js';
import { type MessageTable, q } from '../message.js';

/** English messages of the strategy ladder. */
export const enLadder: MessageTable<keyof typeof ladderCodes> = {
  LADDER_UNKNOWN_TIER: {
    text: (d) =>
      `The understrategi ${q(d.understrategi)} belongs to the tier ${q(d.tier)}, which is not in the ladder.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : 'Add the tier under strategy.tiers or correct the id.',
  },
  LADDER_GOAL_SERVES_ITSELF: {
    text: (d) => `The goal ${q(d.goal)} claims to serve itself.`,
    hint: () => 'Name the goal of the tier above that this goal breaks down.',
  },
  LADDER_SERVES_UNKNOWN_GOAL: {
    text: (d) => `The goal ${q(d.goal)} claims to serve ${q(d.serves)}, which is not in the strategy ladder.`,
    hint: (d) => (d.suggestion ? `Did you mean ${q(d.suggestion)}?` : 'Correct the id in serves.'),
  },
  LADDER_SERVES_OWN_TIER_OR_BELOW: {
    text: (d) =>
      `The goal ${q(d.goal)} of the tier ${q(d.tier)} claims to serve ${q(d.serves)} of the tier ${q(d.servesTier)}, which is not above it.`,
    hint: () => 'A goal serves goals of the tier above its own.',
  },
  LADDER_RUNG_SKIPPED: {
    text: (d) =>
      `The goal ${q(d.goal)} of the tier ${q(d.tier)} serves ${q(d.serves)} of the tier ${q(d.servesTier)}, skipping ${q(d.skipped)}.`,
    hint: () =>
      'Link to a goal of the tier directly above, or write tierSkipping: allowed if the region allows skipping tiers.',
  },
  LADDER_GOAL_SERVES_NOTHING: {
    text: (d) =>
      `The goal ${q(d.goal)} of understrategi ${q(d.understrategi)} serves no goal of the tier ${q(d.above)}.`,
    hint: () => 'Add serves: [the id of the goal of the tier above].',
  },
  LADDER_GOAL_LINK_SKIPS_TIER: {
    text: (d) =>
      `The box ${q(d.box)} links to the goal ${q(d.goal)} of the tier ${q(d.tier)}, skipping ${q(d.skipped)}.`,
    hint: () => 'Link to a goal of the lowest tier of the ladder, the one the plan belongs under.',
  },
  BACKCAST_UNKNOWN_GOAL: {
    text: (d) => `The goal ${q(d.goal)} is not in the strategy; the plan cannot be built backwards from it.`,
    hint: (d) =>
      d.suggestion ? `Did you mean ${q(d.suggestion)}?` : 'Name a goal of the RUS or of an understrategi.',
  },
  LADDER_GOAL_NOT_BROKEN_DOWN: {
    text: (d) =>
      `No goal of the tier ${q(d.below)} breaks down the goal ${q(d.goal)} of the tier ${q(d.tier)}.`,
  },
};
