import { CODES } from '../findings/codes.js';
import type { Language, Severity } from '../findings/finding.js';
import { closest } from '../io/suggest.js';
import { Period } from '../model/time.js';
import { defaultJobs } from '../node/read-pool.js';
import { BUILT_IN_RULES } from '../validate/rules/index.js';
import type { SeverityOverride } from '../validate/validate.js';
import { UsageError } from './io.js';

const KNOWN = new Set<string>([...Object.keys(CODES), ...BUILT_IN_RULES.map((r) => r.name)]);

/** Refuses a code or rule name the library does not have: a typo would otherwise turn nothing off, silently. */
export function checkKnown(option: string, name: string): string {
  if (KNOWN.has(name)) return name;
  const guess = closest(name, KNOWN);
  throw new UsageError((w) => w.unknownCode(option, name, guess));
}

/** Parses `--lang`. */
export function parseLanguage(value: string | undefined): Language {
  if (value === undefined || value === 'sv' || value === 'en') return value ?? 'sv';
  throw new UsageError((w) => w.language(value));
}

const SEVERITIES: readonly SeverityOverride[] = ['error', 'warning', 'info', 'off'];

/** Parses repeated `--severity CODE=level` options into the validator's override table. */
export function parseSeverities(values: readonly string[] = []): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  for (const v of values) {
    const [code, level] = v.split('=');
    if (!code || !level || !SEVERITIES.includes(level as Severity)) {
      throw new UsageError((w) => w.severityForm(v));
    }
    out[checkKnown('--severity', code)] = level as SeverityOverride;
  }
  return out;
}

/** Parses a non-negative integer option. */
export function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError((w) => w.wholeNumber(name, 0, value));
  return n;
}

/**
 * Parses `-j, --jobs <n>`: how many threads read the files of a folder (at least 1; 1 reads
 * them in the main thread). Default: the cores this process may use.
 */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError((w) => w.wholeNumber('--jobs', 1, value));
  return n;
}

/** Parses an option that takes one of a few words. */
export function parseChoice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError((w) => w.oneOf(name, choices, value));
  }
  return value as T;
}

/** Parses `--as-of`: a year, quarter, half, month or date that exists (2026, 2026-Q2, 2026-04-01; not 2026-13-45). */
export function parsePeriodOption(name: string, value: string | undefined): Period | undefined {
  if (value === undefined) return undefined;
  const parsed = Period.safeParse(/^\d{4}$/.test(value) ? Number(value) : value);
  if (!parsed.success) {
    throw new UsageError((w) => w.period(name, ['2026', '2026-Q2', '2026-04', '2026-04-01'], value));
  }
  return parsed.data;
}
