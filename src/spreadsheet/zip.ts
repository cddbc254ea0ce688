import type { Inflate } from './inflate.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The total unpacked size of a zip archive's entries, read from its central
 * directory without unpacking anything; undefined if the directory is damaged.
 * Zip64 archives (over 4 GB) count as infinitely large.
 */
export function zipSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(bytes, view);
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return Number.POSITIVE_INFINITY;
  let at = offset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

const LOCAL = 0x04034b50;

/**
 * The unpacked size of a zip archive's entries, measured by inflating them
 * with a budget: a zip can declare small sizes and still unpack to gigabytes
 * (a zip bomb), so the declared sizes of {@link zipSize} are only a first check.
 * Returns `'over'` as soon as the budget is spent, undefined if the archive is damaged.
 */
export async function unpackedSize(
  bytes: Uint8Array,
  budget: number,
  inflate: Inflate,
): Promise<number | 'over' | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(bytes, view);
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return undefined;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + packed > bytes.length) return undefined;
    const data = bytes.subarray(start, start + packed);
    if (method === 0) total += packed;
    else if (method === 8) {
      const out = await inflate(data, Math.max(1, budget - total + 1));
      if (out === 'over') return 'over';
      if (out === undefined) return undefined;
      total += out.length;
    } else return undefined;
    if (total > budget) return 'over';
  }
  return total;
}

// The end-of-central-directory record: the last 22 bytes, or up to 64 kB earlier behind a comment.
function endOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** What the sheets of a workbook hold, counted in their XML before any spreadsheet library reads them. */
export interface SheetCounts {
  /** Cells written in the sheets (`<c …>` elements). */
  readonly cells: number;
  /** Cells covered by merged ranges (`<mergeCell ref="A2:C4"/>` covers 9), summed over the sheets. */
  readonly mergedCells: number;
}

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?"/g;

/**
 * Counts the cells and merged cells of every worksheet of a zip archive whose
 * unpacked size was already checked. exceljs makes one object per cell and
 * expands every merged range cell by cell (`A2:XFD1048576` is 17 billion
 * cells), so these counts, not the bytes, bound its memory. Undefined if the
 * archive is damaged.
 */
export async function sheetCounts(bytes: Uint8Array, inflate: Inflate): Promise<SheetCounts | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(bytes, view);
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let cells = 0;
  let mergedCells = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = latin1(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (!SHEET.test(name)) continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return undefined;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + packed > bytes.length) return undefined;
    const data = bytes.subarray(start, start + packed);
    const unpacked = method === 8 ? await inflate(data) : data;
    if (unpacked === undefined || unpacked === 'over') return undefined;
    const xml = latin1(unpacked);
    for (let i = xml.indexOf('<c'); i !== -1; i = xml.indexOf('<c', i + 2)) {
      const next = xml.charCodeAt(i + 2);
      // <c> or <c …>, not <col …> or <cfRule …>
      if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) cells++;
    }
    for (const m of xml.matchAll(MERGE)) {
      const rows = m[4] === undefined ? 1 : Math.abs(Number(m[4]) - Number(m[2])) + 1;
      const columns = m[3] === undefined ? 1 : Math.abs(column(m[3]) - column(m[1]!)) + 1;
      mergedCells += rows * columns;
    }
  }
  return { cells, mergedCells };
}

// Bytes as Latin-1 text, one character per byte. Node's Buffer does exactly that (and V8 keeps
// the string at one byte a character); a browser has TextDecoder, whose 'latin1' is windows-1252
// (0x80–0x9f map elsewhere). Only ASCII is searched for, so the counts are the same either way.
type NodeBuffer = { from(b: ArrayBufferLike, at: number, n: number): { toString(e: 'latin1'): string } };
let decoder: TextDecoder | undefined;
function latin1(bytes: Uint8Array): string {
  const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (buffer !== undefined)
    return buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  decoder ??= new TextDecoder('latin1');
  return decoder.decode(bytes);
}

// A1 column letters as a number: A = 1, Z = 26, AA = 27 … XFD = 16384.
function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
