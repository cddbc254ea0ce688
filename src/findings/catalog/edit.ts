import type { Severity } from '../finding.js';

/**
 * Codes of findings from the edit module and their default severities. Every
 * one of them means an edit was refused and the document left as it was.
 */
export const editCodes = {
  EDIT_UNKNOWN_PLAN: 'error',
  EDIT_UNKNOWN_BOX: 'error',
  EDIT_UNKNOWN_GOAL: 'error',
  EDIT_UNKNOWN_INDICATOR: 'error',
  EDIT_UNKNOWN_LINK: 'error',
  EDIT_UNKNOWN_OPERATION: 'error',
  EDIT_DUPLICATE_ID: 'error',
  EDIT_DUPLICATE_LINK: 'error',
  EDIT_DUPLICATE_MEASUREMENT: 'error',
  EDIT_REASON_REQUIRED: 'error',
  EDIT_INVALID_VALUE: 'error',
  EDIT_ID_CHANGE: 'error',
  EDIT_NOTHING_TO_UNDO: 'error',
  EDIT_NOTHING_TO_REDO: 'error',
} as const satisfies Record<string, Severity>;
