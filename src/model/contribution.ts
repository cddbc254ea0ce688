import { z } from 'zod';
import { Id, Text } from './ids.js';
import type { Level } from './levels.js';
import type { DeepReadonly } from './readonly.js';

/**
 * Where an indicator's figures come from, as Kronoberg's follow-up table sorts
 * them: the region's or project's own records (`egen-data`), official statistics
 * (SCB, Tillväxtanalys …), a register followed up on the participants, or a survey.
 * A region may declare classes of its own in `dataClasses`.
 */
export const DATA_CLASSES = ['egen-data', 'officiell-statistik', 'register', 'enkat'] as const;
/** One of the library's own data classes. */
export type BuiltInDataClass = (typeof DATA_CLASSES)[number];

/** True for one of the library's own data classes. */
export function isBuiltInDataClass(value: string): value is BuiltInDataClass {
  return (DATA_CLASSES as readonly string[]).includes(value);
}

/** A data class a region declares itself ("uppgifter från kommunernas näringslivskontor"). */
export const DataClassDef = z.looseObject({
  id: Id,
  name: Text,
  description: Text.optional(),
});
/** A data class a region declares itself. */
export type DataClassDef = DeepReadonly<z.infer<typeof DataClassDef>>;

/**
 * What a report may claim about an indicator's value, from the level it sits on:
 * resurser, aktiviteter and prestationer are `delivered`, utfall `reached`, and
 * samhällseffekter (and strategy indicators that plans roll up into) only `contributed` to.
 */
export type Claim = 'delivered' | 'reached' | 'contributed';

/** What a report may claim for an indicator on a box of this level. */
export function claimOf(level: Level): Claim {
  if (level === 'utfall') return 'reached';
  if (level === 'kortsiktiga' || level === 'langsiktiga') return 'contributed';
  return 'delivered';
}
