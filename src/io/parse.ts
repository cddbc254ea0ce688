import { LineCounter, parseDocument as parseYaml } from 'yaml';
import { createFinding } from '../findings/create.js';
import { EffektkedjaError } from '../findings/error.js';
import type { Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/format.js';
import { hasErrors, type Result } from '../findings/result.js';
import { Document, FORMAT_VERSION } from '../model/document.js';
import { findDecimalCommas, ignoreYamlDirective } from './decimal-comma.js';
import { compileGuard, type Guard } from './guard.js';
import { countJson, countParsedKeys } from './json-count.js';
import { jsonErrorOffset } from './json-error.js';
import { scanJson } from './json-scan.js';
import { applyReadings, lenientReadings, readIndicatorNumbers } from './lenient.js';
import { type Limits, resolveLimits } from './limits.js';
import { withDomainLocation } from './locate-domain.js';
import { readPlain } from './plain.js';
import { LineIndex, type SourceMap } from './position.js';
import { checkSafety } from './safety.js';
import { attachLocations, jsonSourceMap, yamlSourceMap } from './source-map.js';
import { findUnknownKeys } from './unknown-keys.js';
import { yamlNodeBudget } from './yaml-count.js';
import { lazyYamlSourceMap, readYamlFast, whyNotFast, YAML_READ_OPTIONS } from './yaml-fast.js';
import { explainYamlErrors } from './yaml-syntax.js';
import { issueToFinding, typeOf } from './zod-issues.js';

/** The text formats of a document. */
export type TextFormat = 'yaml' | 'json';

/** Options for reading a document. */
export interface ParseOptions {
  /** The file name, shown in findings. */
  readonly file?: string;
  /** The format; by default JSON if the text starts with `{`, else YAML. */
  readonly format?: TextFormat;
  readonly limits?: Partial<Limits>;
}

/** A parsed document, with warnings and the map back to its source text. */
export type ParseResult = Result<Document> & { readonly source?: SourceMap };

let documentGuard: Guard | undefined | null = null;
function guard(): Guard | undefined {
  if (documentGuard === null) documentGuard = compileGuard(Document);
  return documentGuard;
}

/** Guesses the format of a text: JSON if it starts with `{` or `[`, else YAML. */
export function detectFormat(text: string): TextFormat {
  const m = /^\s*(\S)/.exec(text);
  return m && (m[1] === '{' || m[1] === '[') ? 'json' : 'yaml';
}

/**
 * Reads a document from YAML or JSON text. Never throws on bad data: every
 * problem is a located finding. Warnings (unknown keys) do not stop it.
 */
export function parseDocument(input: string, options: ParseOptions = {}): ParseResult {
  // A byte-order mark (Windows editors write one) is not part of the document.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const limits = resolveLimits(options.limits);
  const file = options.file;
  const format = options.format ?? detectFormat(text);
  const fail = (findings: Finding[], source?: SourceMap): ParseResult => {
    const located = attachLocations(findings, source).map((f) =>
      file !== undefined && f.location.file === undefined ? { ...f, location: { ...f.location, file } } : f,
    );
    return { ok: false, findings: located.sort(compareFindings), ...(source ? { source } : {}) };
  };

  const max = format === 'yaml' ? limits.maxYamlChars : limits.maxChars;
  if (text.length > max) {
    return fail([
      createFinding(
        'LIMIT_EXCEEDED',
        {},
        { limit: format === 'yaml' ? 'maxYamlChars' : 'maxChars', max, found: text.length },
      ),
    ]);
  }
  if (text.trim() === '') return fail([createFinding('EMPTY_DOCUMENT', { line: 1, column: 1 })]);

  const read = format === 'json' ? readJson(text, file, limits) : readYaml(text, file, limits);
  if (!read.ok) return fail(read.findings, read.source);
  return check(read.value, { ...options, limits }, read.source, true);
}

/** Like `parseDocument`, but throws an `EffektkedjaError` carrying every finding when the document cannot be read. */
export function parseDocumentOrThrow(text: string, options: ParseOptions = {}): Document {
  const result = parseDocument(text, options);
  if (!result.ok) throw new EffektkedjaError(result.findings);
  return result.value;
}

/**
 * Checks already-parsed data (from another system, say) against the document
 * schema. The input is never changed; the value returned is a new object.
 */
export function checkDocument(
  raw: unknown,
  options: Omit<ParseOptions, 'format'> = {},
  source?: SourceMap,
): ParseResult {
  return check(raw, options, source, false);
}

function check(
  input: unknown,
  options: Omit<ParseOptions, 'format'>,
  source: SourceMap | undefined,
  inputOwned: boolean,
): ParseResult {
  const limits = resolveLimits(options.limits);
  let raw = input;
  let owned = inputOwned;
  // What the locating of findings may read: never the caller's value itself, which may throw (plain.ts).
  let readable: unknown = owned ? input : undefined;
  const finish = (ok: boolean, findings: Finding[], value?: Document): ParseResult => {
    const located = attachLocations(
      findings.map((f) => ({ ...f, location: withDomainLocation(f.location, readable) })),
      source,
    ).map((f) =>
      options.file !== undefined && f.location.file === undefined
        ? { ...f, location: { ...f.location, file: options.file } }
        : f,
    );
    located.sort(compareFindings);
    const extra = source ? { source } : {};
    return ok && value
      ? { ok: true, value, findings: located, ...extra }
      : { ok: false, findings: located, ...extra };
  };

  if (raw === null || raw === undefined)
    return finish(false, [createFinding('EMPTY_DOCUMENT', { path: [] })]);
  if (typeof raw !== 'object' || isArray(raw)) {
    return finish(false, [
      createFinding('INVALID_TYPE', { path: [] }, { expected: 'object', found: typeOf(raw) }),
    ]);
  }
  if (!owned) {
    // A caller's value may hold anything JavaScript has: read it once, as data, into a copy of our own.
    const plain = readPlain(raw, limits);
    if (!plain.ok) return finish(false, plain.findings);
    raw = plain.value;
    readable = raw;
    owned = true;
  }
  // Fast path: the compiled guard accepts valid data without copying it.
  const fast = guard();
  if (fast && (raw as { formatVersion?: unknown }).formatVersion === FORMAT_VERSION) {
    const walk = { path: [], limits, unknown: [] };
    if (fast(raw, walk)) {
      const document = raw as Document;
      readIndicatorNumbers(document);
      const boxes = countBoxes(document);
      if (boxes <= limits.maxBoxes) {
        return finish(true, walk.unknown.length > 0 ? findUnknownKeys(Document, raw) : [], document);
      }
    }
  }

  const safety = checkSafety(raw, limits);
  if (hasErrors(safety)) return finish(false, safety);

  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (version !== undefined && version !== FORMAT_VERSION) {
    return finish(false, [
      createFinding(
        'UNSUPPORTED_VERSION',
        { path: ['formatVersion'] },
        { found: String(version), supported: FORMAT_VERSION },
      ),
    ]);
  }

  let parsed = Document.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    // Numbers and levels written the Swedish way (`5,5`, `1 500`, `långsiktiga`) are read, then checked again.
    const readings = lenientReadings(parsed.error.issues);
    if (readings.length > 0) {
      const copy = raw;
      applyReadings(copy, readings);
      parsed = Document.safeParse(copy, { reportInput: true });
    }
  }
  const unknown = findUnknownKeys(Document, raw);
  if (!parsed.success) {
    return finish(false, [...parsed.error.issues.map((i) => issueToFinding(i)), ...unknown]);
  }
  const boxes = countBoxes(parsed.data);
  if (boxes > limits.maxBoxes) {
    return finish(false, [
      createFinding(
        'LIMIT_EXCEEDED',
        { path: ['plans'] },
        { limit: 'maxBoxes', max: limits.maxBoxes, found: boxes },
      ),
    ]);
  }
  readIndicatorNumbers(parsed.data);
  return finish(true, unknown, parsed.data);
}

// A revoked proxy throws even here.
function isArray(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

function countBoxes(document: Document): number {
  let n = 0;
  for (const p of document.plans ?? []) n += p.boxes.length;
  return n;
}

type Read =
  | { ok: true; value: unknown; source: SourceMap }
  | { ok: false; findings: Finding[]; source?: SourceMap };

function readJson(text: string, file: string | undefined, limits: Limits): Read {
  // Depth first, from the text alone, before JSON.parse and any walk over the data (json-count.ts).
  const count = countJson(text, limits.maxDepth);
  if (count.tooDeep !== undefined) {
    const at = new LineIndex(text).position(count.tooDeep);
    const details = { limit: 'maxDepth', max: limits.maxDepth, found: count.depth };
    return { ok: false, findings: [createFinding('LIMIT_EXCEEDED', at, details)] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const m = /position (\d+)/.exec(reason);
    // Some messages name no position ("Unexpected token ']'"): then the text is scanned for it.
    const offset = m ? Number(m[1]) : jsonErrorOffset(text);
    const where = offset >= 0 ? new LineIndex(text).position(offset) : undefined;
    const cause = /end of (JSON|data)|Unterminated/i.test(reason) ? 'json-end' : 'json-token';
    const line = where ? (text.split('\n')[where.line - 1] ?? '').trimEnd().slice(0, 120) : undefined;
    const details = line === undefined ? { format: 'JSON', cause } : { format: 'JSON', cause, source: line };
    return { ok: false, findings: [createFinding('SYNTAX_ERROR', { ...where }, details)] };
  }
  const source = jsonSourceMap(text, file);
  // JSON.parse keeps the last of two equal keys silently: at any size, the key tokens of the
  // text are counted against the keys it kept, and only when they differ is the locating scan run.
  if (count.keys !== countParsedKeys(value)) {
    const { duplicates } = scanJson(text, new Set(), true);
    if (duplicates.length > 0) {
      const index = new LineIndex(text);
      return {
        ok: false,
        source,
        findings: duplicates.map((d) =>
          createFinding(
            'DUPLICATE_KEY',
            { path: [...d.path, d.key], ...index.position(d.offset) },
            { key: d.key },
          ),
        ),
      };
    }
  }
  return { ok: true, value, source };
}

function readYaml(input: string, file: string | undefined, limits: Limits): Read {
  const text = ignoreYamlDirective(input);
  // The node budget, from the text alone, before the parser builds anything (yaml-count.ts).
  // Each mark it counts is one character: a text no longer than the budget is within it.
  const budget = text.length > limits.maxYamlNodes ? yamlNodeBudget(text, limits.maxYamlNodes) : undefined;
  if (budget?.over !== undefined) {
    const at = new LineIndex(text).position(budget.over);
    const details = { limit: 'maxYamlNodes', max: limits.maxYamlNodes, found: null };
    return { ok: false, findings: [createFinding('LIMIT_EXCEEDED', at, details)] };
  }
  // Values the fast way; the located parse below only for texts the fast reader hands back.
  const fast = readYamlFast(text, limits);
  if (fast !== undefined) return { ok: true, value: fast.value, source: lazyYamlSourceMap(text, file) };
  // The full path builds yaml's tree, about 1 KB per node: only for texts within its own budget.
  const count =
    budget?.count ??
    (text.length > limits.maxYamlTreeNodes ? yamlNodeBudget(text, limits.maxYamlNodes).count : 0);
  if (count > limits.maxYamlTreeNodes) return { ok: false, findings: [treeTooLarge(text, count, limits)] };
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseYaml>;
  try {
    doc = parseYaml(text, { ...YAML_READ_OPTIONS, lineCounter });
  } catch (error) {
    return { ok: false, findings: [crash(error)] };
  }
  const source = yamlSourceMap(doc, lineCounter, file);
  if (doc.errors.length > 0) {
    const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    const findings: Finding[] = duplicates.map((e) => {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      return createFinding('DUPLICATE_KEY', { line, column: col }, { key: keyAt(text, e.pos[0]) });
    });
    const others = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    if (others.length > 0) {
      const errors = others.map((e) => ({ code: e.code, offset: e.pos[0], message: e.message }));
      findings.push(explainYamlErrors(text, errors, new LineIndex(text)));
    }
    return { ok: false, source, findings };
  }
  const commas = findDecimalCommas(doc, text, new LineIndex(text));
  if (commas.length > 0) return { ok: false, source, findings: commas };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: limits.maxAliasCount }), source };
  } catch (error) {
    const unresolved =
      error instanceof ReferenceError ? /^Unresolved alias.*: (.*)$/.exec(error.message) : null;
    if (unresolved) {
      // An alias whose anchor is missing (or comes later) is a mistake in the text: located at the alias.
      const at = text.indexOf(`*${unresolved[1]}`);
      const where = at >= 0 ? new LineIndex(text).position(at) : {};
      return {
        ok: false,
        source,
        findings: [createFinding('SYNTAX_ERROR', where, { format: 'YAML', cause: 'other' })],
      };
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        ok: false,
        source,
        findings: [
          createFinding(
            'LIMIT_EXCEEDED',
            {},
            { limit: 'maxAliasCount', max: limits.maxAliasCount, found: null },
          ),
        ],
      };
    }
    return { ok: false, source, findings: [crash(error)] };
  }
}

// A text too large for the full path: js-yaml's own error where it has one (located, as the full
// path would locate it), else the construct that sends the text there.
function treeTooLarge(text: string, count: number, limits: Limits): Finding {
  const why = whyNotFast(text, limits);
  const index = new LineIndex(text);
  if (why.kind === 'error') {
    if (/duplicated mapping key/.test(why.message)) {
      return createFinding('DUPLICATE_KEY', index.position(why.offset), { key: keyAt(text, why.offset) });
    }
    if (/maxDepth/.test(why.message)) {
      const details = { limit: 'maxDepth', max: limits.maxDepth, found: null };
      return createFinding('LIMIT_EXCEEDED', index.position(why.offset), details);
    }
    const code = /tab/i.test(why.message)
      ? 'TAB_AS_INDENT'
      : /quot/i.test(why.message)
        ? 'MISSING_CHAR'
        : /indent/i.test(why.message)
          ? 'BAD_INDENT'
          : 'UNEXPECTED_TOKEN';
    const message = code === 'MISSING_CHAR' ? 'missing closing quote' : why.message;
    return explainYamlErrors(text, [{ code, offset: why.offset, message }], index);
  }
  const at = why.offset === undefined ? {} : index.position(why.offset);
  return createFinding('YAML_TREE_TOO_LARGE', at, {
    max: limits.maxYamlTreeNodes,
    found: count,
    reason: why.reason,
  });
}

// yaml's message does not name the repeated key; read it from the text where the error points.
function keyAt(text: string, at: number): string {
  const m = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:#\n]*?))\s*:/.exec(text.slice(at, at + 1024));
  return (m?.[1] ?? m?.[2]?.replaceAll("''", "'") ?? m?.[3] ?? '').trim() || '?';
}

// Stack overflows on absurdly nested input end up here, as a limit finding rather than a crash.
function crash(error: unknown): Finding {
  if (error instanceof RangeError) {
    return createFinding('LIMIT_EXCEEDED', {}, { limit: 'maxDepth', max: null, found: null });
  }
  return createFinding('SYNTAX_ERROR', {}, { format: 'YAML', cause: 'other' });
}
