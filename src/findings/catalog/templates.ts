import type { Level } from '../../model/levels.js';
import type { Severity } from '../severity.js';

/** Codes of findings from the templates module and their default severities. */
export const templatesCodes = {
  // The templates themselves
  TEMPLATE_INVALID: 'error',
  TEMPLATE_DUPLICATE_ID: 'error',
  TEMPLATE_OPTION_INVALID: 'error',
  // A plan against its declared template
  TEMPLATE_UNKNOWN: 'error',
  TEMPLATE_LEVEL_MISSING: 'warning',
  TEMPLATE_INDICATOR_MISSING: 'warning',
  TEMPLATE_INDICATOR_KIND: 'warning',
  TEMPLATE_INDICATOR_LEVEL: 'warning',
  TEMPLATE_ACTIVITY_MISMATCH: 'warning',
} as const satisfies Record<string, Severity>;

/** The details each code's finding carries (see docs: the typed map). */
export interface TemplatesDetails {
  readonly TEMPLATE_INVALID: {
    readonly field?: string | null;
    readonly id?: string;
    readonly problem: string;
    readonly template: string | null;
  };
  readonly TEMPLATE_DUPLICATE_ID: {
    readonly template: string;
  };
  readonly TEMPLATE_OPTION_INVALID: {
    readonly field: string;
    readonly value: string | number | null;
  };
  readonly TEMPLATE_UNKNOWN: {
    readonly known: readonly string[];
    readonly suggestion?: string;
    readonly template: string;
  };
  readonly TEMPLATE_LEVEL_MISSING: {
    readonly expected: string;
    readonly level: Level;
    readonly template: string;
  };
  readonly TEMPLATE_INDICATOR_MISSING: {
    readonly indicator: string;
    readonly level: Level;
    readonly name: string;
    readonly template: string;
  };
  readonly TEMPLATE_INDICATOR_KIND: {
    readonly expected: 'text' | 'count' | 'sek' | 'percent' | 'index';
    readonly indicator: string;
    readonly kind: 'text' | 'count' | 'sek' | 'percent' | 'index';
    readonly template: string;
  };
  readonly TEMPLATE_INDICATOR_LEVEL: {
    readonly expected: Level;
    readonly indicator: string;
    readonly level: Level;
    readonly template: string;
  };
  readonly TEMPLATE_ACTIVITY_MISMATCH: {
    readonly box: string;
    readonly suggested: string;
    readonly template: string;
    readonly track?: string;
    readonly words: readonly string[];
  };
}
