import { z } from 'zod';
import { DeliveredReport, Larande } from './arshjul.js';
import { Box } from './box.js';
import { Classification } from './classification.js';
import { Id, Text } from './ids.js';
import { GoalLink, Link } from './link.js';
import { Participant } from './participants.js';
import type { DeepReadonly } from './readonly.js';
import { Span } from './time.js';

/** What kind of plan it is: an insatsplan, a project, or an organisation's verksamhetsplan. */
export const PlanKind = z.enum(['insatsplan', 'projekt', 'verksamhet']);
/** What kind of plan it is. */
export type PlanKind = DeepReadonly<z.infer<typeof PlanKind>>;

/** An entry of a plan's change log: when, who and why. */
export const ChangeEntry = z.looseObject({
  at: z.string(),
  by: Text.optional(),
  why: Text.optional(),
  what: Text,
});
/** An entry of a plan's change log. */
export type ChangeEntry = DeepReadonly<z.infer<typeof ChangeEntry>>;

/** A plan (insatsplan, projekt, verksamhet) with its effektkedja and its links to strategy goals. */
export const Plan = z.looseObject({
  id: Id,
  name: Text,
  kind: PlanKind,
  owner: Text.optional(),
  /**
   * The ramprojekt this plan is a delprojekt of: the id of another plan of the same
   * document set (the same file or another file of the region). See docs/format.md.
   */
  parent: Id.optional(),
  period: Span.optional(),
  summary: Text.optional(),
  /** The national or regional chain template the plan follows. */
  template: Id.optional(),
  classification: Classification.optional(),
  /** The challenges (utmaningar) that motivate the chain: context, not a level. */
  utmaningar: z.array(Text).optional(),
  boxes: z.array(Box),
  links: z.array(Link).optional(),
  goalLinks: z.array(GoalLink).optional(),
  changelog: z.array(ChangeEntry).optional(),
  /** The plan's lärande section: its lärandeplan and its own words on unforeseen results and lessons. */
  larande: Larande.optional(),
  /** The årshjul duties of the plan that have been delivered (slutrapport, utvärdering …). */
  reports: z.array(DeliveredReport).optional(),
  /** The firms and organisations taking part in the plan (see docs/followup.md). */
  participants: z.array(Participant).optional(),
});
/** A plan with its effektkedja. */
export type Plan = DeepReadonly<z.infer<typeof Plan>>;
