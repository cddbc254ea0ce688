import { z } from 'zod';
import { Id, Text } from './ids.js';
import { Indicator } from './indicator.js';
import { Level } from './levels.js';
import type { DeepReadonly } from './readonly.js';

/** A box of the chain: one statement on one level ("Företag deltar i nätverk"). */
export const Box = z.looseObject({
  id: Id,
  level: Level,
  text: Text,
  description: Text.optional(),
  indicators: z.array(Indicator).optional(),
  /** True while the box still holds a template's text that the user must fill in. */
  placeholder: z.boolean().optional(),
});
/** A box of the chain. */
export type Box = DeepReadonly<z.infer<typeof Box>>;
