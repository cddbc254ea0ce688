import type { Code } from '../findings/codes.js';
import { createFinding } from '../findings/create.js';
import type { Details, Finding, Location, Severity } from '../findings/finding.js';
import type { ValidationContext } from './context.js';

/**
 * A validation rule: a name, the codes it can emit, and a check that returns
 * findings. Built-in and custom rules use the same interface; a custom rule makes
 * its findings with `createCustomFinding`.
 */
export interface Rule {
  /** Kebab-case name, e.g. `link-direction`; used to turn the rule off. */
  readonly name: string;
  readonly codes: readonly string[];
  check(context: ValidationContext): Iterable<Finding>;
}

/** Shorthand for built-in rules: a finding of a library code. */
export function found(code: Code, location: Location, details: Details = {}, severity?: Severity): Finding {
  return severity ? createFinding(code, location, details, severity) : createFinding(code, location, details);
}
