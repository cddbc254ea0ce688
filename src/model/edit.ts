import type { Box } from './box.js';
import type { Classification } from './classification.js';
import type { Measurement, Target } from './indicator.js';

// The edits of a document as data: JSON-safe, so a history can be stored and replayed. What the
// edit functions (src/edit) take, and what the change-log words (src/locales) describe.

/** Add a box to a plan, at the end or at `index`. */
export interface AddBox {
  readonly plan: string;
  readonly box: Box;
  /** Position in the plan's list of boxes; the end if left out. */
  readonly index?: number;
}

/** New values for some fields of a box; `undefined` removes an optional field. */
export type BoxChanges = { readonly [K in keyof Box]?: Box[K] | undefined };

/** Change fields of a box. The id is changed with `renameId`, never here. */
export interface UpdateBox {
  readonly plan: string;
  readonly box: string;
  readonly changes: BoxChanges;
}

/** Remove a box together with its links and goal links. */
export interface RemoveBox {
  readonly plan: string;
  readonly box: string;
}

/** Link box `from` to box `to` of the same plan (from bidrar till to). */
export interface Connect {
  readonly plan: string;
  readonly from: string;
  readonly to: string;
  /** The assumption that makes the step plausible (antagande). */
  readonly assumption?: string;
}

/** Remove the link `from` → `to` of a plan. */
export interface Disconnect {
  readonly plan: string;
  readonly from: string;
  readonly to: string;
}

/** Link a box of a plan to a strategy goal (RUS or understrategi). */
export interface LinkGoal {
  readonly plan: string;
  readonly box: string;
  readonly goal: string;
  readonly note?: string;
}

/** Remove the goal link from a box to a strategy goal. */
export interface UnlinkGoal {
  readonly plan: string;
  readonly box: string;
  readonly goal: string;
}

/**
 * Rename an id; every reference follows. A box id is renamed within its plan
 * (links, goal links); a goal id everywhere (goal links, `serves`); an indicator
 * id within its plan, or — without `plan` — a strategy indicator, whose
 * `rollsUpTo` references follow.
 */
export type RenameId =
  | { readonly kind: 'box'; readonly plan: string; readonly from: string; readonly to: string }
  | { readonly kind: 'plan'; readonly from: string; readonly to: string }
  | { readonly kind: 'goal'; readonly from: string; readonly to: string }
  | { readonly kind: 'indicator'; readonly plan?: string; readonly from: string; readonly to: string };

/** Where an indicator is: on a box of a plan (ids are unique per plan) or on a strategy goal. */
export type IndicatorAddress =
  | { readonly plan: string; readonly goal?: never; readonly indicator: string }
  | { readonly goal: string; readonly plan?: never; readonly indicator: string };

/** Set the target of an indicator for the target's year (replacing one for the same year). */
export type SetTarget = IndicatorAddress & {
  readonly target: Target;
  /** Why the target changes; required, since targets are what a plan is followed up against. */
  readonly reason: string;
};

/** Record a measured value of an indicator for a period. */
export type RecordMeasurement = IndicatorAddress & {
  readonly measurement: Measurement;
  /** Replace a value already recorded for the same period; otherwise that is refused. */
  readonly replace?: boolean;
};

/** Set (or with `null` remove) the chain template a plan follows. */
export interface SetTemplate {
  readonly plan: string;
  readonly template: string | null;
}

/** Set (or with `null` remove) a plan's insatsresa classification. */
export interface SetClassification {
  readonly plan: string;
  readonly classification: Classification | null;
}

/** An edit as data: the operation's name and its input. What `applyEdit` and a history take. */
export type Edit =
  | ({ readonly op: 'addBox' } & AddBox)
  | ({ readonly op: 'updateBox' } & UpdateBox)
  | ({ readonly op: 'removeBox' } & RemoveBox)
  | ({ readonly op: 'connect' } & Connect)
  | ({ readonly op: 'disconnect' } & Disconnect)
  | ({ readonly op: 'linkGoal' } & LinkGoal)
  | ({ readonly op: 'unlinkGoal' } & UnlinkGoal)
  | ({ readonly op: 'renameId' } & RenameId)
  | ({ readonly op: 'setTarget' } & SetTarget)
  | ({ readonly op: 'recordMeasurement' } & RecordMeasurement)
  | ({ readonly op: 'setTemplate' } & SetTemplate)
  | ({ readonly op: 'setClassification' } & SetClassification);

/** The name of an edit operation. */
export type EditOp = Edit['op'];
