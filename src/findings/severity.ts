/** How serious a finding is. Errors make a document unusable or a chain illogical. */
export type Severity = 'error' | 'warning' | 'info';

/** The severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
