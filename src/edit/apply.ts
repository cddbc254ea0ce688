import { createFinding } from '../findings/create.js';
import type { Document } from '../model/document.js';
import { addBox, removeBox, updateBox } from './boxes.js';
import { refuse } from './commit.js';
import { recordMeasurement, setTarget } from './indicators.js';
import { takeInput } from './input.js';
import { connect, disconnect, linkGoal, unlinkGoal } from './links.js';
import { setClassification, setTemplate } from './plan-fields.js';
import { renameId } from './rename.js';
import type { Edit, EditOp, EditOptions, EditResult } from './types.js';

type Operation = (document: Document, input: never, options?: EditOptions) => EditResult;

/** The edit operations by name. */
export const EDIT_OPERATIONS: { readonly [K in EditOp]: Operation } = {
  addBox,
  updateBox,
  removeBox,
  connect,
  disconnect,
  linkGoal,
  unlinkGoal,
  renameId,
  setTarget,
  recordMeasurement,
  setTemplate,
  setClassification,
};

/**
 * Applies an edit given as data (`{ op: 'addBox', plan, box }`). Edits from
 * outside (JSON, another system) are checked like any other input.
 */
export function applyEdit(document: Document, given: Edit, givenOptions?: EditOptions): EditResult {
  if (given === null || typeof given !== 'object') {
    return refuse(createFinding('EDIT_UNKNOWN_OPERATION', {}, { op: null }));
  }
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input: edit, options } = taken;
  const op = (edit as { op?: unknown }).op;
  if (typeof op !== 'string' || !Object.hasOwn(EDIT_OPERATIONS, op)) {
    return refuse(createFinding('EDIT_UNKNOWN_OPERATION', {}, { op: typeof op === 'string' ? op : null }));
  }
  const { op: _op, ...input } = edit;
  return (EDIT_OPERATIONS[op as EditOp] as (d: Document, i: unknown, o?: EditOptions) => EditResult)(
    document,
    input,
    options,
  );
}
