import type { Finding, Language } from '../findings/finding.js';
import type { Document } from '../model/document.js';
import type { Edit } from '../model/edit.js';

export type {
  AddBox,
  BoxChanges,
  Connect,
  Disconnect,
  Edit,
  EditOp,
  IndicatorAddress,
  LinkGoal,
  RecordMeasurement,
  RemoveBox,
  RenameId,
  SetClassification,
  SetTarget,
  SetTemplate,
  UnlinkGoal,
  UpdateBox,
} from '../model/edit.js';

/**
 * One step of a change as data: JSON-safe, so it can be stored or sent to
 * another system and replayed with `applyEditPatches`. Same shape as immer's patches.
 */
export interface EditPatch {
  readonly op: 'replace' | 'remove' | 'add';
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

/** A change-log entry to write into the changed plan's `changelog` with the edit. */
export interface LogEntry {
  /** When: an ISO date or timestamp. */
  readonly at: string;
  /** Who made the change. */
  readonly by?: string;
  /** Why; for `setTarget` the edit's reason is used when left out. */
  readonly why?: string;
  /** Language of the entry's `what` text (default Swedish). */
  readonly language?: Language;
}

/** Options of an edit. */
export interface EditOptions {
  /** Append a change-log entry to the plan the edit changes (not for strategy-only edits). */
  readonly log?: LogEntry;
}

/** An edit that was applied: the new document and the patches between the two. */
export interface EditApplied {
  readonly ok: true;
  /** The new document: frozen, sharing every unchanged part with the old one. */
  readonly document: Document;
  /** Patches that turn the old document into the new one (empty if nothing changed). */
  readonly patches: readonly EditPatch[];
  /** Patches that turn the new document back into the old one. */
  readonly inversePatches: readonly EditPatch[];
  /** The edit as data. */
  readonly edit: Edit;
  /** Always empty; here so success and refusal can be read alike. */
  readonly findings: readonly Finding[];
}

/** An edit that was refused: the findings say why. The document was not changed. */
export interface EditRefused {
  readonly ok: false;
  readonly findings: readonly Finding[];
}

/** The outcome of an edit. */
export type EditResult = EditApplied | EditRefused;
