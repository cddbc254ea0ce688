import type { Code } from '../findings/codes.js';
import type { Details } from '../findings/finding.js';
import { closest } from '../io/suggest.js';
import type { IndicatorKind, IndicatorValue } from '../model/indicator.js';
import { LEVEL_INFO, LEVELS, type Level } from '../model/levels.js';
import { isCalendarDate } from '../model/time.js';
import { fold } from '../text/fold.js';
import { parseNumber } from '../text/number.js';

/** A cell's value once formulas, rich text and links are unwrapped; `undefined` is a blank cell. */
export type Plain = string | number | boolean | Date | undefined;

/** What a cell reader knows besides the cell: its column, and for values the indicator's kind. */
export interface DecodeContext {
  /** The column's Swedish header, for findings. */
  readonly column: string;
  /** The indicator's kind, for value cells. */
  readonly kind?: IndicatorKind | undefined;
  /** True when the cell is formatted as a percentage (Excel stores 60 % as 0.6). */
  readonly percent?: boolean;
}

/** A problem with one cell: a finding code and its details. */
export interface CellProblem {
  readonly code: Code;
  readonly details: Details;
}

/** A decoded cell: its value (undefined for blank), or the problem that stopped it. */
export type Decoded = { readonly value: unknown } | { readonly problem: CellProblem };

/** How one kind of field is written into a cell and read back. */
export interface Codec {
  /** The cell the writer puts down for a value; undefined leaves the cell blank. */
  encode(value: unknown, ctx: DecodeContext): Plain;
  /** The value a cell holds; blank cells give undefined (or '' for required text). */
  decode(cell: Plain, ctx: DecodeContext): Decoded;
}

/** The longest text Excel keeps in one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

// Characters XML 1.0 cannot hold (exceljs drops them), carriage returns (XML turns
// them into line feeds), lone surrogates, and OOXML's own _xHHHH_ escapes (decoded on read).
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True if a text survives a trip through an xlsx cell exactly. */
export function isCellSafe(text: string): boolean {
  return !UNSAFE.test(text);
}

const ok = (value: unknown): Decoded => ({ value });
const problem = (code: Code, details: Details): Decoded => ({ problem: { code, details } });

/** A date as YYYY-MM-DD, read in UTC (exceljs gives Excel dates as UTC midnight). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(cell: Plain): string | undefined {
  if (cell === undefined) return undefined;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : isoDate(cell);
  return String(cell);
}

/** Lower case, no diacritics, single spaces, nothing in parentheses: how headers and names are compared. */
export function normalize(text: string): string {
  return fold(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// 0.07 * 100 is 7.000000000000001; a percentage cell means the number shown.
function fromPercent(n: number): number {
  return Number((n * 100).toPrecision(12));
}

/** Free text. Blank is absent; '' cannot be told from blank, so the writer carries it as JSON. */
export const text: Codec = {
  encode: (v) => (typeof v === 'string' && v !== '' ? v : undefined),
  decode: (cell) => {
    const t = cellText(cell);
    return ok(t === '' ? undefined : t);
  },
};

/** Free text a box or plan must have: a blank cell is the empty text. */
export const requiredText: Codec = {
  encode: text.encode,
  decode: (cell) => ok(cellText(cell) ?? ''),
};

/** An id: trimmed, numbers typed by a person become text. */
export const id: Codec = {
  encode: (v) => (typeof v === 'string' && v !== '' ? v : undefined),
  decode: (cell) => {
    const t = cellText(cell)?.trim();
    return ok(t === '' ? undefined : t);
  },
};

/** A list of ids, separated by commas, semicolons or spaces. */
export const ids: Codec = {
  encode: (v) => (Array.isArray(v) && v.length > 0 ? v.join(', ') : undefined),
  decode: (cell) => {
    const parts = (cellText(cell) ?? '').split(/[\s,;]+/).filter((s) => s !== '');
    return ok(parts.length > 0 ? parts : undefined);
  },
};

/** A list of short texts separated by semicolons ("Besöksnäring; Livsmedel"). */
export const list: Codec = {
  encode: (v) => (Array.isArray(v) && v.length > 0 ? v.join('; ') : undefined),
  decode: (cell) => {
    const parts = (cellText(cell) ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return ok(parts.length > 0 ? parts : undefined);
  },
};

/** A list of longer texts, one per line within the cell (Alt+Enter in Excel). */
export const lines: Codec = {
  encode: (v) => (Array.isArray(v) && v.length > 0 ? v.join('\n') : undefined),
  decode: (cell) => {
    const parts = (cellText(cell) ?? '').split(/\r?\n/).filter((s) => s.trim() !== '');
    return ok(parts.length > 0 ? parts : undefined);
  },
};

/** The Swedish labels of the levels, in chain order, as written and offered in drop-downs. */
export const LEVEL_LABELS: readonly string[] = LEVELS.map((l) => LEVEL_INFO[l].sv);

const LEVEL_WORDS = new Map<string, Level>();
for (const level of LEVELS) {
  const info = LEVEL_INFO[level];
  for (const word of [level, info.sv, info.en, info.sv.split(' ')[0] ?? level]) {
    LEVEL_WORDS.set(normalize(word), level);
  }
}
LEVEL_WORDS.set(normalize('Kortsiktiga effekter'), 'kortsiktiga');
LEVEL_WORDS.set(normalize('Långsiktiga effekter'), 'langsiktiga');
LEVEL_WORDS.set(normalize('Resources'), 'resurser');

/** A level: written as its Swedish label; read from a label (with or without å/ä/ö), an id or an English label. */
export const level: Codec = {
  encode: (v) => (typeof v === 'string' && v in LEVEL_INFO ? LEVEL_INFO[v as Level].sv : undefined),
  decode: (cell) => {
    const t = cellText(cell)?.trim();
    if (t === undefined || t === '') return ok(undefined);
    const found = LEVEL_WORDS.get(normalize(t));
    if (found) return ok(found);
    const suggestion = closest(t, LEVEL_LABELS);
    return problem('SHEET_BAD_LEVEL', {
      found: t,
      expected: [...LEVEL_LABELS],
      ...(suggestion ? { suggestion } : {}),
    });
  },
};

/** A choice among fixed values: written as its label, read from the label, the id or an alias. */
export function choice(
  labels: Readonly<Record<string, string>>,
  aliases: Readonly<Record<string, string>> = {},
): Codec {
  const words = new Map<string, string>();
  for (const [value, label] of Object.entries(labels)) {
    words.set(normalize(value), value);
    words.set(normalize(label), value);
  }
  for (const [alias, value] of Object.entries(aliases)) words.set(normalize(alias), value);
  const shown = Object.values(labels);
  return {
    encode: (v) => (typeof v === 'string' && Object.hasOwn(labels, v) ? labels[v] : undefined),
    decode: (cell, ctx) => {
      const t = cellText(cell)?.trim();
      if (t === undefined || t === '') return ok(undefined);
      const found = words.get(normalize(t));
      if (found !== undefined) return ok(found);
      const suggestion = closest(t, shown);
      return problem('SHEET_BAD_VALUE', {
        column: ctx.column,
        found: t,
        expected: shown,
        ...(suggestion ? { suggestion } : {}),
      });
    },
  };
}

/** Yes or no: written "ja"/"nej"; read from those, true/false, sant/falskt, yes/no, x, 1/0 or a boolean cell. */
export const yesNo: Codec = (() => {
  const inner = choice(
    { true: 'ja', false: 'nej' },
    {
      sant: 'true',
      falskt: 'false',
      yes: 'true',
      no: 'false',
      x: 'true',
      '1': 'true',
      '0': 'false',
      j: 'true',
      n: 'false',
    },
  );
  return {
    encode: (v) => (typeof v === 'boolean' ? (v ? 'ja' : 'nej') : undefined),
    decode: (cell, ctx) => {
      if (typeof cell === 'boolean') return ok(cell);
      const d = inner.decode(typeof cell === 'number' ? String(cell) : cell, ctx);
      return 'value' in d && d.value !== undefined ? ok(d.value === 'true') : d;
    },
  };
})();

function readNumber(cell: Plain, ctx: DecodeContext, integer: boolean): Decoded {
  if (cell === undefined) return ok(undefined);
  let n: number | undefined;
  if (typeof cell === 'number') n = ctx.percent ? fromPercent(cell) : cell;
  else if (typeof cell === 'string') {
    if (cell.trim() === '') return ok(undefined);
    n = parseNumber(cell);
  }
  if (n === undefined || (integer && !Number.isInteger(n))) {
    return problem('SHEET_BAD_NUMBER', {
      column: ctx.column,
      found: cellText(cell) ?? '',
      expected: integer ? 'integer' : 'number',
    });
  }
  return ok(n);
}

/** A whole number (sustainability scores 0–3). Numbers stored as text are accepted. */
export const integer: Codec = {
  encode: (v) => (typeof v === 'number' ? v : undefined),
  decode: (cell, ctx) => readNumber(cell, ctx, true),
};

/** Any number (a measurement's numerator and denominator). Numbers stored as text are accepted. */
export const number: Codec = {
  encode: (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined),
  decode: (cell, ctx) => readNumber(cell, ctx, false),
};

/** A year. A date typed into a year cell gives its year. */
export const year: Codec = {
  encode: integer.encode,
  decode: (cell, ctx) =>
    cell instanceof Date && !Number.isNaN(cell.getTime())
      ? ok(cell.getUTCFullYear())
      : readNumber(cell, ctx, true),
};

/**
 * A year, a date or a follow-up period ("2024-Q1"). Dates are written as Excel
 * dates; a four-digit text is read as a year. Other text is kept for the schema check.
 */
export const yearOrPeriod: Codec = {
  encode: (v) => {
    if (typeof v === 'number') return v;
    if (typeof v !== 'string' || v === '') return undefined;
    // Excel has no dates before 1900 and a phantom 29 February 1900.
    if (isCalendarDate(v) && v >= '1901-01-01' && v <= '9999-12-31') return new Date(`${v}T00:00:00Z`);
    return v;
  },
  decode: (cell) => {
    if (cell === undefined) return ok(undefined);
    if (cell instanceof Date) return ok(Number.isNaN(cell.getTime()) ? undefined : isoDate(cell));
    if (typeof cell === 'number') return ok(cell);
    const t = String(cell).trim();
    if (t === '') return ok(undefined);
    if (/^\d{4}$/.test(t)) return ok(Number(t));
    return ok(t);
  },
};

/** A point in time of the change log: text; a date cell gives YYYY-MM-DD (with the time if it has one). */
export const timestamp: Codec = {
  encode: text.encode,
  decode: (cell) => {
    if (cell instanceof Date) {
      if (Number.isNaN(cell.getTime())) return ok(undefined);
      const iso = cell.toISOString();
      return ok(iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso);
    }
    return text.decode(cell, { column: '' });
  },
};

/**
 * An indicator value. For `text` indicators the cell is text; for the others a
 * number, also when typed as text ("1 300 000", "41,2", "60 %") or formatted as a percentage.
 */
export const indicatorValue: Codec = {
  encode: (v) => (typeof v === 'number' || (typeof v === 'string' && v !== '') ? v : undefined),
  decode: (cell, ctx) => {
    if (ctx.kind === 'text') {
      if (typeof cell === 'number') return ok(String(ctx.percent ? fromPercent(cell) : cell));
      return text.decode(cell, ctx);
    }
    if (cell instanceof Date || typeof cell === 'boolean') {
      return problem('SHEET_BAD_NUMBER', {
        column: ctx.column,
        found: cellText(cell) ?? '',
        expected: 'number',
      });
    }
    return readNumber(cell, ctx, false) as Decoded & { value?: IndicatorValue };
  },
};

/** The indicator kinds as users write them. */
export const KIND_LABELS: Readonly<Record<IndicatorKind, string>> = {
  count: 'antal',
  sek: 'kronor',
  percent: 'procent',
  index: 'index',
  text: 'text',
};

/** An indicator's kind: antal, kronor, procent, index or text (English ids accepted). */
export const indicatorKind: Codec = choice(KIND_LABELS, {
  kr: 'sek',
  sek: 'sek',
  '%': 'percent',
  andel: 'percent',
  number: 'count',
  belopp: 'sek',
});
