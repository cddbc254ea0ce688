import type { Details } from '../details.js';
import type { Severity } from '../severity.js';

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

/** The details each code's finding carries (see docs: the typed map). */
export interface EditDetails {
  readonly EDIT_UNKNOWN_PLAN: {
    readonly plan: string;
  };
  readonly EDIT_UNKNOWN_BOX: {
    readonly box: string;
    readonly plan: string;
  };
  readonly EDIT_UNKNOWN_GOAL: {
    readonly goal: string;
  };
  readonly EDIT_UNKNOWN_INDICATOR: {
    readonly goal?: string;
    readonly indicator: string;
    readonly plan?: string;
  };
  readonly EDIT_UNKNOWN_LINK: {
    readonly from: string;
    readonly kind: 'link' | 'goalLink';
    readonly to: string;
  };
  readonly EDIT_UNKNOWN_OPERATION: {
    readonly op: string | null;
  };
  readonly EDIT_DUPLICATE_ID: {
    readonly id: string;
    readonly kind: 'box' | 'plan' | 'goal' | 'indicator';
  };
  readonly EDIT_DUPLICATE_LINK: {
    readonly from: string;
    readonly kind: 'link' | 'goalLink';
    readonly to: string;
  };
  readonly EDIT_DUPLICATE_MEASUREMENT: {
    readonly indicator: string;
    readonly period: string | number;
    readonly value: string | number;
  };
  readonly EDIT_REASON_REQUIRED: {
    readonly indicator: string;
  };
  /** The field and the code of the value's problem, with that problem's own details. */
  readonly EDIT_INVALID_VALUE: Details & { readonly field: string; readonly problem: string };

  readonly EDIT_ID_CHANGE: {
    readonly box: string;
    readonly id: string | null;
  };
  readonly EDIT_NOTHING_TO_UNDO: Record<string, never>;
  readonly EDIT_NOTHING_TO_REDO: Record<string, never>;
}
