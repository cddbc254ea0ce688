import { z } from 'zod';
import { Id, Text } from './ids.js';
import type { DeepReadonly } from './readonly.js';

/**
 * How a plan is classified in the national follow-up ("insatsresa"). Values
 * come from a versioned vocabulary (see `vocabularies.ts`), not fixed enums.
 */
export const Classification = z.looseObject({
  /** Which vocabulary the values come from, e.g. "nationell-strategi-2015-2020". */
  vocabulary: Id.optional(),
  /** Priority in the national strategy (one choice). */
  prioritering: Text.optional(),
  /** Focus area in the national strategy (one choice). */
  fokusomrade: Text.optional(),
  /** Priority in the RUS (optional). */
  rusPrioritering: Text.optional(),
  /** Type of project: Förstudie, Genomförandeprojekt … */
  projekttyp: Text.optional(),
  /** Sectors / fields of knowledge (several). */
  bransch: z.array(Text).optional(),
  /** Purposes (several): Digitalisering, Export/nya marknader … */
  syfte: z.array(Text).optional(),
  /** Sustainability: to what extent the project aims at / integrates it (0–3). */
  hallbarhet: z
    .looseObject({
      syfte: z.int().min(0).max(3).optional(),
      metod: z.int().min(0).max(3).optional(),
    })
    .optional(),
});
/** How a plan is classified in the national follow-up. */
export type Classification = DeepReadonly<z.infer<typeof Classification>>;
