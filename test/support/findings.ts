import type { Finding } from '../../src/index.js';

/**
 * What a user relies on in a finding, as plain data: its code, severity, location and
 * details, without the words (the locale tables' words are tested in test/locales).
 */
export function findingData(
  f: Finding<string>,
): Pick<Finding<string>, 'code' | 'severity' | 'location' | 'details'> {
  return { code: f.code, severity: f.severity, location: f.location, details: f.details };
}
