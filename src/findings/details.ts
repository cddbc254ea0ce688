/** A value in a finding's structured details. */
export type DetailValue = string | number | boolean | null | readonly (string | number)[];

/** Structured fields of a finding: what was expected, what was found, the ids involved. */
export type Details = Readonly<Record<string, DetailValue | undefined>>;
