import { z } from 'zod';
import { Id, Text } from './ids.js';
import type { DeepReadonly } from './readonly.js';
import { Span } from './time.js';

/**
 * A firm or organisation taking part in a plan: its organisationsnummer (for a
 * sole trader, the personnummer, which is personal data: see docs/followup.md),
 * and optionally its name, kommun and the period it took part.
 */
export const Participant = z.looseObject({
  /** Organisationsnummer (NNNNNN-NNNN, also with the 16 prefix) or a sole trader's personnummer. */
  orgnr: z.string(),
  name: Text.optional(),
  kommun: Text.optional(),
  period: Span.optional(),
});
/** A firm or organisation taking part in a plan. */
export type Participant = DeepReadonly<z.infer<typeof Participant>>;

/**
 * A participant list kept apart from the plan (in a file of its own, for access
 * reasons): it belongs to the plan `plan` and, when given, to its indicator `indicator`.
 */
export const ParticipantList = z.looseObject({
  plan: Id,
  indicator: Id.optional(),
  participants: z.array(Participant),
});
/** A participant list kept apart from the plan. */
export type ParticipantList = DeepReadonly<z.infer<typeof ParticipantList>>;

/** What a participant's number is. */
export type NumberKind = 'organisationsnummer' | 'personnummer';
