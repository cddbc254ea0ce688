import { createFinding } from '../findings/create.js';
import type { Finding, Language } from '../findings/finding.js';
import type { Document } from '../model/document.js';
import { applyEdit } from './apply.js';
import { describeEdit } from './describe.js';
import type { Edit, EditPatch, EditResult } from './types.js';

/** When, who and why of one edit in a history. */
export interface EditMeta {
  /** When (ISO timestamp); the history's clock if left out. */
  readonly at?: string;
  /** Who; the history's `by` if left out. */
  readonly by?: string;
  /** Why; for `setTarget` the edit's reason if left out. */
  readonly why?: string;
}

/** One applied edit of a history. */
export interface HistoryEntry {
  readonly edit: Edit;
  readonly at: string;
  readonly by?: string;
  readonly why?: string;
  /** What the edit did, in the history's language. */
  readonly what: string;
  readonly patches: readonly EditPatch[];
  readonly inversePatches: readonly EditPatch[];
  /** The document before and after the edit: frozen, sharing structure, so cheap to keep. */
  readonly before: Document;
  readonly after: Document;
}

/** Options of a history. */
export interface HistoryOptions {
  /** Also write each edit as an entry of the changed plan's `changelog` in the document. */
  readonly changelog?: boolean;
  /** Who edits, when an edit does not say. */
  readonly by?: string;
  /** Language of the `what` texts (default Swedish). */
  readonly language?: Language;
  /** The clock (default: now as an ISO timestamp). Pass one for reproducible logs. */
  readonly now?: () => string;
}

/** The outcome of undo or redo: the document now current, or why nothing happened. */
export type HistoryStep =
  | {
      readonly ok: true;
      readonly document: Document;
      readonly entry: HistoryEntry;
      readonly findings: readonly Finding[];
    }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/** A document with its edits: apply, undo, redo. Edits that change nothing are not recorded. */
export interface History {
  /** The current document. */
  readonly document: Document;
  /** The applied edits, oldest first (what undo walks back). */
  readonly entries: readonly HistoryEntry[];
  /** Undone edits that redo can apply again, next one first. */
  readonly undone: readonly HistoryEntry[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Applies an edit; a refused edit changes nothing. Applying drops what could be redone. */
  apply(edit: Edit, meta?: EditMeta): EditResult;
  /** Goes back to the document before the last applied edit. */
  undo(): HistoryStep;
  /** Applies the last undone edit again. */
  redo(): HistoryStep;
}

/**
 * Starts a history of a document. Undo returns exactly the document that was
 * current before the edit (the same frozen object), so undo then redo is the identity.
 */
export function createHistory(document: Document, options: HistoryOptions = {}): History {
  const language = options.language ?? 'sv';
  const now = options.now ?? (() => new Date().toISOString());
  let current = document;
  const done: HistoryEntry[] = [];
  let undone: HistoryEntry[] = [];

  return {
    get document() {
      return current;
    },
    get entries() {
      return [...done];
    },
    get undone() {
      return [...undone].reverse();
    },
    get canUndo() {
      return done.length > 0;
    },
    get canRedo() {
      return undone.length > 0;
    },
    apply(edit, meta = {}) {
      const at = meta.at ?? now();
      const by = meta.by ?? options.by;
      const reason = edit?.op === 'setTarget' ? edit.reason : undefined;
      const why = meta.why ?? (typeof reason === 'string' ? reason : undefined);
      const log = { at, language, ...(by !== undefined && { by }), ...(why !== undefined && { why }) };
      const result = applyEdit(current, edit, options.changelog ? { log } : {});
      if (!result.ok || result.document === current) return result;
      const entry: HistoryEntry = {
        edit: result.edit,
        at,
        ...(by !== undefined && { by }),
        ...(why !== undefined && { why }),
        what: describeEdit(result.edit, language),
        patches: result.patches,
        inversePatches: result.inversePatches,
        before: current,
        after: result.document,
      };
      done.push(entry);
      undone = [];
      current = result.document;
      return result;
    },
    undo() {
      const entry = done.pop();
      if (!entry) return { ok: false, findings: [createFinding('EDIT_NOTHING_TO_UNDO', {})] };
      undone.push(entry);
      current = entry.before;
      return { ok: true, document: current, entry, findings: [] };
    },
    redo() {
      const entry = undone.pop();
      if (!entry) return { ok: false, findings: [createFinding('EDIT_NOTHING_TO_REDO', {})] };
      done.push(entry);
      current = entry.after;
      return { ok: true, document: current, entry, findings: [] };
    },
  };
}
