import { z } from 'zod';
import type { DeepReadonly } from './readonly.js';

/**
 * An identifier written by a user: letters (å/ä/ö too), digits and `_ - . :`,
 * no spaces. Ids are references, so they are kept short and unambiguous.
 */
export const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}_.:-]+$/u, { error: 'id' });
/** An identifier written by a user. */
export type Id = DeepReadonly<z.infer<typeof Id>>;

/** Free text written by a user (names, box texts, descriptions). */
export const Text = z.string();
/** Free text written by a user. */
export type Text = DeepReadonly<z.infer<typeof Text>>;
