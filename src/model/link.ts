import { z } from 'zod';
import { Id, Text } from './ids.js';
import type { DeepReadonly } from './readonly.js';

/** A link: box `from` contributes to (bidrar till) box `to` on a later level. */
export const Link = z.looseObject({
  from: Id,
  to: Id,
  /** The assumption that makes the step plausible (antagande). */
  assumption: Text.optional(),
});
/** A link between two boxes of a plan. */
export type Link = DeepReadonly<z.infer<typeof Link>>;

/** A goal link: box `from` of a plan serves strategy goal `goal`. */
export const GoalLink = z.looseObject({
  from: Id,
  goal: Id,
  note: Text.optional(),
});
/** A goal link from a plan's box to a strategy goal. */
export type GoalLink = DeepReadonly<z.infer<typeof GoalLink>>;
