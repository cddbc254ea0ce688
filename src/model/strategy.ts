import { z } from 'zod';
import { Id, Text } from './ids.js';
import { Indicator } from './indicator.js';
import { Level } from './levels.js';
import type { DeepReadonly } from './readonly.js';
import { Span } from './time.js';

/** A goal of the RUS or of an understrategi. */
export const Goal = z.looseObject({
  id: Id,
  text: Text,
  description: Text.optional(),
  indicators: z.array(Indicator).optional(),
  /** For an understrategi goal: the RUS goal(s) it serves. */
  serves: z.array(Id).optional(),
  /**
   * The levels of the chain at which the goal is meant to be followed, as the
   * strategists marked them in the stryktips (see docs/followup.md).
   */
  intendedLevels: z.array(Level).optional(),
});
/** A goal of the RUS or of an understrategi. */
export type Goal = DeepReadonly<z.infer<typeof Goal>>;

/** The regional development strategy (RUS): long-term goals, ~10 years. */
export const Rus = z.looseObject({
  id: Id,
  name: Text,
  horizon: Span.optional(),
  description: Text.optional(),
  goals: z.array(Goal),
});
/** The regional development strategy (RUS). */
export type Rus = DeepReadonly<z.infer<typeof Rus>>;

/**
 * An understrategi (delstrategi, program, tillväxtprogram, programplan …):
 * goals for target groups, sectors or places, 3–5 years, each serving RUS goals.
 */
export const Understrategi = z.looseObject({
  id: Id,
  name: Text,
  /** The region's own word for it: "delstrategi", "programplan" … */
  kind: Text.optional(),
  /** The tier of the region's ladder it belongs to (`strategy.tiers`); the first tier if left out. */
  tier: Id.optional(),
  owner: Text.optional(),
  horizon: Span.optional(),
  description: Text.optional(),
  goals: z.array(Goal),
});
/** An understrategi. */
export type Understrategi = DeepReadonly<z.infer<typeof Understrategi>>;

/**
 * A tier of a region's strategy ladder below the RUS: Gotland's tillväxtprogram
 * and programplan, a handlingsplan, an agenda.
 */
export const Tier = z.looseObject({
  id: Id,
  name: Text,
  /** "strategisk nivå", "taktisk nivå" … */
  decisionLevel: Text.optional(),
  /** Who decides the tier's documents ("Regionfullmäktige"). */
  owner: Text.optional(),
  horizon: Span.optional(),
  description: Text.optional(),
});
/** A tier of a region's strategy ladder. */
export type Tier = DeepReadonly<z.infer<typeof Tier>>;

/** The strategy hierarchy (styrkedja) of a region: the RUS and its understrategier. */
export const Strategy = z.looseObject({
  rus: Rus.optional(),
  /**
   * The region's tiers from the RUS down (the RUS itself not listed). Without it,
   * all understrategier form one tier directly under the RUS.
   */
  tiers: z.array(Tier).optional(),
  /**
   * `forbidden` (the default): a goal serves goals of the tier directly above, and
   * plans link to goals of the lowest tier. `allowed`: any tier above will do.
   */
  tierSkipping: z.enum(['forbidden', 'allowed']).optional(),
  understrategier: z.array(Understrategi).optional(),
});
/** The strategy hierarchy of a region. */
export type Strategy = DeepReadonly<z.infer<typeof Strategy>>;
