import { CODES, type Code } from '../findings/codes.js';
import { createFinding, type DetailsArgs } from '../findings/create.js';
import type { Finding, Location } from '../findings/finding.js';
import type { ValidationContext } from './context.js';

/**
 * A validation rule: a name, the codes it can emit, and a check that returns
 * findings. Built-in and custom rules use the same interface; a custom rule makes
 * its findings with `createCustomFinding`. `C` is the codes of its findings
 * (`Rule<'MY_CODE'>`), so a report's findings narrow on them too.
 */
export interface Rule<C extends string = string> {
  /** Kebab-case name, e.g. `link-direction`; used to turn the rule off. */
  readonly name: string;
  readonly codes: readonly string[];
  check(context: ValidationContext): Iterable<Finding<C>>;
}

/** Shorthand for built-in rules: a finding of a library code. */
export function found<C extends Code>(
  code: C,
  location: Location,
  ...[details, severity]: DetailsArgs<C>
): Finding<C> {
  return createFinding(code, location, ...([details ?? {}, severity ?? CODES[code]] as DetailsArgs<C>));
}
