import { createFinding } from '../findings/create.js';
import { pathText } from '../findings/format.js';
import { DEFAULT_LIMITS, type Limits } from '../io/limits.js';
import { readPlain } from '../io/plain.js';
import { typeOf } from '../io/zod-issues.js';
import type { EditOptions, EditRefused } from './types.js';

/**
 * The deepest place an edit writes a value (`plans[i].boxes[j].indicators[k].measurements[m]`
 * and a little room): what an edit brings in may nest this much less than a document.
 */
const EDIT_DEPTH = 8;

const LIMITS: Limits = { ...DEFAULT_LIMITS, maxDepth: DEFAULT_LIMITS.maxDepth - EDIT_DEPTH };

/** An edit's input and options, read as plain data of our own. */
export type Taken<T> = { readonly ok: true; readonly input: T; readonly options?: EditOptions } | EditRefused;

/**
 * Reads an edit's input and options from the caller once, as plain data (src/io/plain.ts):
 * functions, symbols, bigints, cycles, getters or proxies that throw, class instances,
 * forbidden keys and values past the document limits refuse the edit with
 * `EDIT_INVALID_VALUE` before any of it is looked at, so an edit never throws on
 * its input and never writes what a document cannot hold.
 */
export function takeInput<T>(input: T, options?: EditOptions): Taken<T> {
  if (input === null || typeof input !== 'object') {
    return refused('edit', 'INVALID_TYPE', { expected: 'object', found: typeOf(input) });
  }
  const read = readPlain(input, LIMITS);
  if (!read.ok) return toEdit(read.findings, 'edit');
  if (options === undefined) return { ok: true, input: read.value as T };
  const opts = readPlain(options, LIMITS);
  if (!opts.ok) return toEdit(opts.findings, 'options');
  if (opts.value === null || typeof opts.value !== 'object' || Array.isArray(opts.value)) {
    return refused('options', 'INVALID_TYPE', { expected: 'object', found: typeOf(opts.value) });
  }
  const log = (opts.value as { log?: unknown }).log;
  if (log !== undefined && (log === null || typeof log !== 'object' || Array.isArray(log))) {
    return refused('options.log', 'INVALID_TYPE', { expected: 'object', found: typeOf(log) });
  }
  return { ok: true, input: read.value as T, options: opts.value as EditOptions };
}

function refused(
  field: string,
  problem: string,
  details: Record<string, string | number | null>,
): EditRefused {
  return { ok: false, findings: [createFinding('EDIT_INVALID_VALUE', {}, { ...details, field, problem })] };
}

function toEdit(findings: readonly import('../findings/finding.js').Finding[], whole: string): EditRefused {
  return {
    ok: false,
    findings: findings.map((f) =>
      createFinding(
        'EDIT_INVALID_VALUE',
        {},
        {
          ...f.details,
          field: pathText(f.location) || whole,
          problem: f.code,
        },
      ),
    ),
  };
}
