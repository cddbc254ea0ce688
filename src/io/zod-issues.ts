import type { z } from 'zod';
import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import { LEVEL_INFO, LEVELS } from '../model/levels.js';
import { fold } from '../text/fold.js';
import { closest } from './suggest.js';

/** The word for the type of a raw value, as the locale tables know it. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'nan';
    if (!Number.isFinite(value)) return 'infinity';
  }
  return typeof value;
}

const FORMATS = new Set(['id', 'date', 'period', 'day', 'calendar-date']);

function shortValue(value: unknown): string | number | boolean | null {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return typeOf(value);
}

/** Turns one zod issue into a finding with a code of our own and structured details. */
export function issueToFinding(issue: z.core.$ZodIssue, basePath: readonly PathSegment[] = []): Finding {
  const path = [...basePath, ...(issue.path as PathSegment[])];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'integer' : String(issue.expected);
      if (input === undefined) {
        return createFinding('MISSING_KEY', { path }, { key: String(path[path.length - 1] ?? ''), expected });
      }
      return createFinding('INVALID_TYPE', { path }, { expected, found: typeOf(input) });
    }
    case 'invalid_value': {
      if (input === undefined) {
        return createFinding(
          'MISSING_KEY',
          { path },
          { key: String(path[path.length - 1] ?? ''), expected: 'string' },
        );
      }
      const expected = issue.values.map((v) => String(v));
      const found = shortValue(input);
      const suggestion =
        typeof input === 'string' ? (levelByLabel(input, expected) ?? closest(input, expected)) : undefined;
      return createFinding(
        'INVALID_VALUE',
        { path },
        suggestion ? { expected, found, suggestion } : { expected, found },
      );
    }
    case 'invalid_format':
    case 'custom': {
      const format = FORMATS.has(issue.message)
        ? issue.message
        : 'format' in issue
          ? String(issue.format)
          : 'custom';
      return createFinding('INVALID_FORMAT', { path }, { format, found: shortValue(input) });
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string' && typeof input === 'string' && input.length === 0) {
        return createFinding('INVALID_FORMAT', { path }, { format: 'id', found: '' });
      }
      const min = issue.code === 'too_small' ? Number(issue.minimum) : null;
      const max = issue.code === 'too_big' ? Number(issue.maximum) : null;
      const found = typeof input === 'string' ? input.length : shortValue(input);
      return createFinding('OUT_OF_RANGE', { path }, { min, max, found });
    }
    case 'invalid_union':
      return unionToFinding(issue, path, input);
    default:
      return createFinding('INVALID_VALUE', { path }, { expected: issue.code, found: shortValue(input) });
  }
}

/**
 * A union fails on every branch; the useful report is the branch that matched the
 * input's type (a string that is not a date says "date", not "expected a number").
 */
function unionToFinding(issue: z.core.$ZodIssueInvalidUnion, path: PathSegment[], input: unknown): Finding {
  for (const branch of issue.errors) {
    const first = branch[0];
    if (first && first.code !== 'invalid_type') {
      return issueToFinding({ ...first, path: [...first.path], input } as z.core.$ZodIssue, path);
    }
  }
  const expected = issue.errors
    .map((b) => b[0])
    .filter((i): i is z.core.$ZodIssueInvalidType => i?.code === 'invalid_type')
    .map((i) => (i.expected === 'int' ? 'integer' : String(i.expected)));
  if (input === undefined) {
    return createFinding(
      'MISSING_KEY',
      { path },
      { key: String(path[path.length - 1] ?? ''), expected: expected.join('|') },
    );
  }
  return createFinding(
    'INVALID_TYPE',
    { path },
    { expected: [...new Set(expected)].join(' | '), found: typeOf(input) },
  );
}

// A level written as users see it ("Kortsiktiga samhällseffekter", "Outputs") points to its id.
function levelByLabel(input: string, expected: readonly string[]): string | undefined {
  const norm = (t: string) => fold(t).trim();
  const word = norm(input);
  for (const level of LEVELS) {
    if (!expected.includes(level)) continue;
    const { sv, en } = LEVEL_INFO[level];
    if (norm(sv) === word || norm(en) === word) return level;
  }
  return undefined;
}
