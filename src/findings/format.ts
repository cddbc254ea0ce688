import { isLevel, levelIndex } from '../model/levels.js';
import type { Finding, Language, Location, Severity } from './finding.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const SEVERITY_WORD: Record<Language, Record<Severity, string>> = {
  sv: { error: 'fel', warning: 'varning', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Compares findings: by file, then plan, errors first, then line, code and path, so reports are deterministic. */
export function compareFindings(a: Finding<string>, b: Finding<string>): number {
  return (
    // Numbers in names compare as numbers: plan p2 before p10, as a person lists them.
    natural(a.location.file ?? '', b.location.file ?? '') ||
    natural(a.location.plan ?? '', b.location.plan ?? '') ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    cmp(a.code, b.code) ||
    cmp(pathText(a.location), pathText(b.location)) ||
    // Findings about levels (LEVEL_MISSING …) come in chain order, in any language.
    levelOrder(a) - levelOrder(b) ||
    cmp(a.message.en, b.message.en)
  );
}

function levelOrder(f: Finding<string>): number {
  const level = f.details.level;
  return typeof level === 'string' && isLevel(level) ? levelIndex(level) : -1;
}

const PARTS = /(\d+)|(\D+)/g;

/** Compares names with their runs of digits as numbers ("p2" < "p10"); otherwise by code unit, so the order is the same everywhere. */
export function natural(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.match(PARTS) ?? [];
  const y = b.match(PARTS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const pn = p.charCodeAt(0) >= 48 && p.charCodeAt(0) <= 57;
    const qn = q.charCodeAt(0) >= 48 && q.charCodeAt(0) <= 57;
    if (pn && qn) {
      // Compare digit runs by length without leading zeros, then as text: no overflow for long runs.
      const ps = p.replace(/^0+(?=\d)/, '');
      const qs = q.replace(/^0+(?=\d)/, '');
      if (ps.length !== qs.length) return ps.length - qs.length;
      if (ps !== qs) return cmp(ps, qs);
      return cmp(p, q);
    }
    return cmp(p, q);
  }
  return x.length - y.length || cmp(a, b);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The path of a location as text: `plans[0].boxes[3].level`. */
export function pathText(location: Location): string {
  let out = '';
  for (const seg of location.path ?? []) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** Where a finding is, as one short line: `file:line:col plans[0].boxes[3]`. */
export function locationText(location: Location): string {
  const parts: string[] = [];
  // A workbook's sheet and cell show even when the file is in a heading above.
  if (location.file || location.sheet) {
    let pos = location.file ?? '';
    if (location.sheet) pos += `#${location.sheet}`;
    if (location.line !== undefined) pos += `:${location.line}`;
    if (location.column !== undefined) pos += `:${location.column}`;
    if (location.cell) pos += `!${location.cell}`;
    // A finding about a whole row (a goal link, a value) names the row as Excel does: `!5:5`.
    else if (location.sheet && location.row !== undefined) pos += `!${location.row}:${location.row}`;
    parts.push(pos);
  } else if (location.line !== undefined) {
    parts.push(`${location.line}:${location.column ?? 1}`);
  }
  const path = pathText(location);
  if (path) parts.push(path);
  return parts.join(' ');
}

/** Options for text output of findings. */
export interface FormatOptions {
  readonly language?: Language;
  /** Show hints under each message (default true). */
  readonly hints?: boolean;
}

/** Findings as plain text, grouped by file and plan, errors first. */
export function formatFindings(findings: readonly Finding<string>[], options: FormatOptions = {}): string {
  const language = options.language ?? 'sv';
  const hints = options.hints ?? true;
  const sorted = [...findings].sort(compareFindings);
  const lines: string[] = [];
  let group: string | undefined;
  for (const f of sorted) {
    const heading = [f.location.file, f.location.plan && `plan ${f.location.plan}`]
      .filter(Boolean)
      .join(' · ');
    if (heading !== group) {
      if (lines.length) lines.push('');
      if (heading) lines.push(heading);
      group = heading;
    }
    const { file: _file, ...inFile } = f.location;
    const where = locationText(inFile);
    lines.push(
      `  ${SEVERITY_WORD[language][f.severity]} ${f.code}${where ? ` (${where})` : ''}: ${f.message[language]}`,
    );
    if (hints && f.hint) lines.push(`    → ${f.hint[language]}`);
  }
  return lines.join('\n');
}
