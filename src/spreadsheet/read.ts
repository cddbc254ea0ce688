import ExcelJS from 'exceljs';
import { append } from '../collections/append.js';
import type { Code } from '../findings/codes.js';
import { createFinding } from '../findings/create.js';
import type { Details, Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/format.js';
import { hasErrors } from '../findings/result.js';
import type { Limits } from '../io/limits.js';
import { checkDocument } from '../io/parse.js';
import { closest } from '../io/suggest.js';
import { type Document, FORMAT_VERSION } from '../model/document.js';
import type { IndicatorKind } from '../model/indicator.js';
import * as c from './cells.js';
import { decodeRow, deepEqual, isRecord, ordered, setKey } from './entity.js';
import { type Inflate, streamInflate } from './inflate.js';
import { fromJsonCell } from './json.js';
import {
  ABOUT_FIELDS,
  ENTITIES,
  type EntityDef,
  SHEETS,
  type SheetDef,
  type SheetKey,
  SPLIT_VALUE_TYPES,
  STRATEGY_TYPES,
  VALUE_TYPES,
} from './layout.js';
import { buildLocator, type Origin } from './locate.js';
import { readCell, readTable, type Table, type TableRow } from './table.js';
import { sheetCounts, unpackedSize, zipSize } from './zip.js';

/** Options for reading a workbook. */
export interface ReadWorkbookOptions {
  /** The file name, shown in findings. */
  readonly file?: string;
  readonly limits?: Partial<Limits>;
  /** Largest workbook accepted, in bytes (default 64 MB). */
  readonly maxBytes?: number;
  /** Largest total size of the workbook's unpacked parts, in bytes (default 512 MB): guards against zip bombs. */
  readonly maxUnpackedBytes?: number;
  /** Most cells in all sheets together (default 2,000,000): bounds the spreadsheet library's memory. */
  readonly maxCells?: number;
  /** Most cells covered by merged ranges in all sheets together (default 250,000): each is expanded into a cell. */
  readonly maxMergedCells?: number;
  /**
   * How zip entries are unpacked while the limits are checked: the browser's
   * `DecompressionStream` by default; `effektkedja/node`'s `readWorkbook` passes Node's zlib.
   */
  readonly inflate?: Inflate;
}

/** What reading a workbook gives: the document if it could be read, the findings, and a way to locate later findings. */
export interface WorkbookReadResult {
  /** The document, when the workbook had no errors. Validate it like any other document. */
  readonly document?: Document;
  /** Findings of reading, located by sheet, row and cell. */
  readonly findings: readonly Finding[];
  /**
   * Adds sheet, row and cell to findings that point into the document by
   * path (such as those of `validate`), so they can be shown in the workbook.
   */
  readonly locate: (findings: readonly Finding[]) => Finding[];
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const DEFAULT_MAX_UNPACKED = 512 * 1024 * 1024;
const DEFAULT_MAX_CELLS = 2_000_000;
const DEFAULT_MAX_MERGED_CELLS = 250_000;

// The parts of a sheet the reader never uses; skipping them also skips
// exceljs's expansion of huge data-validation ranges.
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'drawing',
  'picture',
  'tableParts',
  'headerFooter',
  'rowBreaks',
  'pageSetup',
  'printOptions',
  'pageMargins',
  'sheetProtection',
  'hyperlinks',
];

type Obj = Record<string, unknown>;

const STRATEGY_TYPE = c.choice(STRATEGY_TYPES, {
  regional: 'rus',
  'regional utvecklingsstrategi': 'rus',
  delstrategi: 'understrategi',
  program: 'understrategi',
  substrategy: 'understrategi',
  'sub-strategy': 'understrategi',
  'led i styrkedjan': 'tier',
});
// The words for a target and a measurement, on the Värden sheet and on Uppdelning alike.
const TARGET_OR_MEASUREMENT = {
  mål: 'target',
  target: 'target',
  mätvärde: 'measurement',
  mätt: 'measurement',
  measurement: 'measurement',
  measured: 'measurement',
  utfallsvärde: 'measurement',
} as const;
const VALUE_TYPE = c.choice(VALUE_TYPES, TARGET_OR_MEASUREMENT);
const SPLIT_VALUE_TYPE = c.choice(SPLIT_VALUE_TYPES, {
  baseline: 'baseline',
  utgångsläge: 'baseline',
  'baseline value': 'baseline',
  ...TARGET_OR_MEASUREMENT,
});

function header(table: Table, key: string): string {
  return (table.def.columns.find((col) => col.key === key)?.header ?? key).replace(/\s*\(.*\)$/, '');
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

type NodeBuffer = { from(b: ArrayBufferLike, at: number, n: number): unknown };
// exceljs reads a Buffer in Node (without a copy) and a Uint8Array in a browser.
function zipInput(bytes: Uint8Array): unknown {
  const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  return buffer !== undefined ? buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** The sheet definition a sheet name stands for (Swedish or English, case and diacritics ignored). */
export function sheetFor(name: string): SheetDef | undefined {
  const n = c.normalize(name);
  return SHEETS.find((def) => [def.name, ...def.aliases].some((a) => c.normalize(a) === n));
}

/**
 * Reads an .xlsx workbook in the layout of docs/spreadsheet.md into a
 * document. Never throws: a file that is not a workbook, a broken cell or a
 * wrong level is a finding with its sheet, row and cell. The document is
 * given only when there are no errors; check it with `validate` like any other.
 */
export async function readWorkbook(
  input: Uint8Array | ArrayBuffer,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookReadResult> {
  const file = options.file;
  const withFile = (findings: readonly Finding[]): Finding[] =>
    findings
      .map((f) =>
        file !== undefined && f.location.file === undefined ? { ...f, location: { ...f.location, file } } : f,
      )
      .sort(compareFindings);
  const refuse = (findings: Finding[]): WorkbookReadResult => ({
    findings: withFile(findings),
    locate: (more) => withFile(more),
  });

  let bytes: Uint8Array;
  try {
    bytes = toBytes(input);
  } catch {
    return refuse([createFinding('FILE_UNREADABLE', {}, { file: file ?? '', reason: 'not-bytes' })]);
  }
  const refusal = await zipRefusal(bytes, options);
  if (refusal) return refuse([refusal]);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(
      zipInput(bytes) as never,
      {
        ignoreNodes: IGNORED_NODES,
      } as never,
    );
  } catch (error) {
    // The reason is a word the messages know; the library's own error stays in `detail`.
    const detail = error instanceof Error ? error.message : String(error);
    return refuse([createFinding('FILE_UNREADABLE', {}, { file: file ?? '', reason: 'not-xlsx', detail })]);
  }

  const reader = new WorkbookReader();
  let raw: Obj | undefined;
  try {
    raw = reader.read(book);
  } catch (error) {
    // A workbook exceljs accepted but whose parts are malformed in ways it did not check.
    const detail = error instanceof Error ? error.message : String(error);
    return refuse([
      ...reader.findings,
      createFinding('FILE_UNREADABLE', {}, { file: file ?? '', reason: 'damaged-workbook', detail }),
    ]);
  }
  if (raw === undefined) return refuse(reader.findings);
  return checkRead(raw, reader, options, withFile);
}

/**
 * Why the bytes are not opened as a workbook, if they are not: larger than allowed, not a zip,
 * a damaged zip, more unpacked bytes than allowed (declared or measured while unpacking), or
 * more cells or merged cells than allowed, counted in the sheets' XML.
 */
async function zipRefusal(bytes: Uint8Array, options: ReadWorkbookOptions): Promise<Finding | undefined> {
  const file = options.file;
  const damaged = () => createFinding('FILE_UNREADABLE', {}, { file: file ?? '', reason: 'damaged-zip' });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return createFinding('LIMIT_EXCEEDED', {}, { limit: 'maxBytes', max: maxBytes, found: bytes.length });
  }
  if (!isZip(bytes)) return createFinding('FILE_UNREADABLE', {}, { file: file ?? '', reason: 'not-xlsx' });
  const unpacked = zipSize(bytes);
  const maxUnpacked = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED;
  if (unpacked === undefined) return damaged();
  if (unpacked > maxUnpacked) {
    return createFinding(
      'LIMIT_EXCEEDED',
      {},
      { limit: 'maxUnpackedBytes', max: maxUnpacked, found: unpacked },
    );
  }
  // The declared sizes can lie: measure by inflating, and stop at the limit.
  const inflate = options.inflate ?? streamInflate;
  const measured = await unpackedSize(bytes, maxUnpacked, inflate);
  if (measured === 'over') {
    return createFinding('LIMIT_EXCEEDED', {}, { limit: 'maxUnpackedBytes', max: maxUnpacked });
  }
  if (measured === undefined) return damaged();
  // Cells and merged ranges, counted in the sheets' XML before exceljs makes an object of each.
  const counts = await sheetCounts(bytes, inflate);
  if (counts === undefined) return damaged();
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  if (counts.cells > maxCells) {
    return createFinding('LIMIT_EXCEEDED', {}, { limit: 'maxCells', max: maxCells, found: counts.cells });
  }
  const maxMerged = options.maxMergedCells ?? DEFAULT_MAX_MERGED_CELLS;
  if (counts.mergedCells > maxMerged) {
    return createFinding(
      'LIMIT_EXCEEDED',
      {},
      { limit: 'maxMergedCells', max: maxMerged, found: counts.mergedCells },
    );
  }
  return undefined;
}

/**
 * The document read from the sheets, checked as any document is: the reader's findings with
 * the schema's, located in the workbook (a cell already reported once, not twice).
 */
function checkRead(
  raw: Obj,
  reader: WorkbookReader,
  options: ReadWorkbookOptions,
  withFile: (findings: readonly Finding[]) => Finding[],
): WorkbookReadResult {
  const locator = buildLocator(raw, reader.origins);
  const checked = checkDocument(raw, { ...(options.limits ? { limits: options.limits } : {}) });
  // A cell already reported (a bad level) would come back from the schema check as a missing key.
  const reported = new Set(
    reader.findings
      .filter((f) => f.severity === 'error' && f.location.cell)
      .map((f) => `${f.location.sheet}!${f.location.cell}`),
  );
  const located = locator(checked.findings).filter(
    (f) => !f.location.cell || !reported.has(`${f.location.sheet}!${f.location.cell}`),
  );
  const findings = withFile([...reader.findings, ...located]);
  const locate = (more: readonly Finding[]) => withFile(locator(more));
  if (hasErrors(findings) || !checked.ok) return { findings, locate };
  return { document: checked.value, findings, locate };
}

interface Registered {
  readonly object: Obj;
  readonly row: number;
}

/** Builds a document from the tables of a workbook, collecting located findings on the way. */
class WorkbookReader {
  readonly findings: Finding[] = [];
  readonly origins = new WeakMap<object, Origin>();

  private readonly plans = new Map<string, Registered>();
  private readonly boxes = new WeakMap<Obj, Map<string, Registered>>();
  private readonly strategies = new Map<string, Registered>();
  private readonly goals = new WeakMap<Obj, Map<string, Registered>>();
  private readonly indicators = new WeakMap<Obj, Map<string, Registered>>();
  private readonly allIndicators = new Map<string, Obj[]>();
  /** Each plan's lärande notes, read from Lärande. */
  private readonly notes = new WeakMap<Obj, Obj[]>();

  read(book: ExcelJS.Workbook): Obj | undefined {
    const sheets = this.sheets(book);
    if (!sheets) return undefined;
    const { tables, about } = sheets;

    const doc: Obj = {};
    const { docExtras, strategyExtras } = about
      ? this.readAbout(about, doc)
      : { docExtras: {}, strategyExtras: undefined };
    if (!Object.hasOwn(doc, 'formatVersion')) setKey(doc, 'formatVersion', FORMAT_VERSION);

    const strategy = this.readStrategies(tables.get('strategies'), strategyExtras);
    if (strategy) setKey(doc, 'strategy', strategy);
    this.readGoals(tables.get('goals'));

    const plans = this.readPlans(tables.get('plans'));
    if (plans.length > 0) setKey(doc, 'plans', plans);
    this.readPlanRows(tables.get('boxes'), ENTITIES.box, 'boxes', (plan, box, row) => {
      const id = box.id;
      if (typeof id !== 'string') return;
      const map = this.boxes.get(plan) ?? new Map<string, Registered>();
      this.boxes.set(plan, map);
      this.register(map, id, box, row, 'box', tables.get('boxes')!);
    });
    this.readPlanRows(tables.get('links'), ENTITIES.link, 'links');
    this.readPlanRows(tables.get('goalLinks'), ENTITIES.goalLink, 'goalLinks');
    this.readPlanRows(tables.get('changelog'), ENTITIES.change, 'changelog');
    this.readPlanRows(tables.get('reports'), ENTITIES.report, 'reports');
    this.readNotes(tables.get('larande'));
    this.readIndicators(tables.get('indicators'));
    this.readValues(tables.get('values'));
    this.readSplits(tables.get('splits'));
    this.readParticipants(tables.get('participants'));

    const templates = this.readTemplates(tables.get('templates'));
    if (templates.length > 0) setKey(doc, 'templates', templates);
    const arshjul = this.readArshjul(tables, docExtras);
    if (arshjul) setKey(doc, 'arshjul', arshjul);

    for (const [key, value] of Object.entries(docExtras))
      if (!Object.hasOwn(doc, key)) setKey(doc, key, value);
    this.finish(doc);
    const out = ordered(doc, ['formatVersion', 'region', 'strategy', 'plans', 'templates', 'arshjul']);
    const origin = this.origins.get(doc);
    if (origin) this.origins.set(out, origin);
    return out;
  }

  /**
   * Which sheet is which: each known sheet's table (the first of a name; Om kept as
   * its sheet), a finding for each unknown or repeated sheet; nothing when no sheet is known.
   */
  private sheets(
    book: ExcelJS.Workbook,
  ): { tables: Map<SheetKey, Table>; about: ExcelJS.Worksheet | undefined } | undefined {
    const tables = new Map<SheetKey, Table>();
    let about: ExcelJS.Worksheet | undefined;
    const firstName = new Map<SheetKey, string>();
    book.eachSheet((sheet) => {
      const def = sheetFor(sheet.name);
      if (!def) {
        const names = SHEETS.map((s) => s.name);
        const suggestion = closest(sheet.name, [...names, ...SHEETS.flatMap((s) => s.aliases)]);
        const suggested = suggestion ? sheetFor(suggestion)?.name : undefined;
        this.findings.push(
          createFinding(
            'SHEET_UNKNOWN_SHEET',
            { sheet: sheet.name },
            { sheet: sheet.name, expected: names, ...(suggested ? { suggestion: suggested } : {}) },
          ),
        );
        return;
      }
      const first = firstName.get(def.key);
      if (first !== undefined) {
        this.findings.push(
          createFinding('SHEET_DUPLICATE_SHEET', { sheet: sheet.name }, { sheet: sheet.name, first }),
        );
        return;
      }
      firstName.set(def.key, sheet.name);
      if (def.key === 'about') about = sheet;
      else tables.set(def.key, readTable(sheet, def, this.findings));
    });
    if (firstName.size === 0) {
      this.findings.push(createFinding('SHEET_NO_DATA', {}));
      return undefined;
    }
    return { tables, about };
  }

  /** Each plan's lärande notes, from Lärande, kept until `finish` puts them in the plan. */
  private readNotes(table: Table | undefined): void {
    for (const row of table?.rows ?? []) {
      const plan = this.resolveOne(table!, row, 'plan', this.plans, 'plan', 'Planer');
      if (!plan) continue;
      const note = this.readRow(table!, row, ENTITIES.larandeNote);
      const list = this.notes.get(plan);
      if (list) list.push(note);
      else this.notes.set(plan, [note]);
    }
  }

  /** The årshjul: its events from Årshjul, its recipients from Mottagare, the rest from Om's extra keys. */
  private readArshjul(tables: ReadonlyMap<SheetKey, Table>, docExtras: Obj): Obj | undefined {
    const events = (tables.get('arshjul')?.rows ?? []).map((row) =>
      this.readRow(tables.get('arshjul')!, row, ENTITIES.arshjulEvent),
    );
    const recipients = (tables.get('recipients')?.rows ?? []).map((row) =>
      this.readRow(tables.get('recipients')!, row, ENTITIES.recipient),
    );
    if (events.length === 0) return undefined;
    const rest = docExtras.arshjul;
    const arshjul: Obj = isRecord(rest) ? { ...rest } : {};
    if (recipients.length > 0) setKey(arshjul, 'recipients', recipients);
    setKey(arshjul, 'events', events);
    return ordered(arshjul, ['recipients', 'events']);
  }

  /** Puts each object's keys in schema order and fills required lists, bottom up. */
  private finish(doc: Obj): void {
    if (Array.isArray(doc.plans))
      setKey(
        doc,
        'plans',
        this.inOrder(doc.plans, ENTITIES.plan, (p) => this.finishPlan(p)),
      );
    const strategy = doc.strategy;
    if (isRecord(strategy)) this.finishStrategy(doc, strategy);
    if (Array.isArray(doc.templates))
      setKey(doc, 'templates', this.inOrder(doc.templates, ENTITIES.template));
    const arshjul = doc.arshjul;
    if (isRecord(arshjul) && Array.isArray(arshjul.events)) {
      setKey(
        arshjul,
        'events',
        this.inOrder(arshjul.events, ENTITIES.arshjulEvent, (e) => {
          if (isRecord(e.perPlan)) setKey(e, 'perPlan', ordered(e.perPlan, ['at', 'months']));
        }),
      );
    }
  }

  /**
   * Each object of a list with its keys in the entity's order (after `each` has finished its own
   * lists), keeping the sheet row it came from.
   */
  private inOrder(list: unknown, entity: EntityDef, each?: (o: Obj) => void): unknown {
    if (!Array.isArray(list)) return list;
    return list.map((o) => {
      if (!isRecord(o)) return o;
      each?.(o);
      const out = ordered(o, entity.order);
      const origin = this.origins.get(o);
      if (origin) this.origins.set(out, origin);
      return out;
    });
  }

  /** A box's or goal's indicators, with their baseline, targets, measurements and participants. */
  private finishIndicators(owner: Obj): void {
    if (!Array.isArray(owner.indicators)) return;
    setKey(
      owner,
      'indicators',
      this.inOrder(owner.indicators, ENTITIES.indicator, (ind) => {
        if (isRecord(ind.baseline))
          setKey(ind, 'baseline', ordered(ind.baseline, ['value', 'year', 'splits']));
        if (Array.isArray(ind.targets)) setKey(ind, 'targets', this.inOrder(ind.targets, ENTITIES.target));
        if (Array.isArray(ind.measurements))
          setKey(ind, 'measurements', this.inOrder(ind.measurements, ENTITIES.measurement));
        if (Array.isArray(ind.participants))
          setKey(ind, 'participants', this.inOrder(ind.participants, ENTITIES.participant));
      }),
    );
  }

  /** A plan's boxes (always a list), links, goal links, changelog, reports, participants and lärande notes. */
  private finishPlan(p: Obj): void {
    if (!Object.hasOwn(p, 'boxes')) setKey(p, 'boxes', []);
    setKey(
      p,
      'boxes',
      this.inOrder(p.boxes, ENTITIES.box, (box) => this.finishIndicators(box)),
    );
    for (const [key, entity] of [
      ['links', ENTITIES.link],
      ['goalLinks', ENTITIES.goalLink],
      ['changelog', ENTITIES.change],
      ['reports', ENTITIES.report],
      ['participants', ENTITIES.participant],
    ] as const) {
      if (Array.isArray(p[key])) setKey(p, key, this.inOrder(p[key], entity));
    }
    const notes = this.notes.get(p);
    if (notes) {
      const larande: Obj = isRecord(p.larande) ? p.larande : {};
      setKey(larande, 'notes', this.inOrder(notes, ENTITIES.larandeNote));
      setKey(p, 'larande', ordered(larande, ['uppfoljning', 'aterkoppling', 'omvarldsbevakning', 'notes']));
    }
  }

  /** The strategy: the RUS and each understrategi with their goals (always a list), and the tiers. */
  private finishStrategy(doc: Obj, strategy: Obj): void {
    const finishGoals = (s: Obj) => {
      if (!Object.hasOwn(s, 'goals')) setKey(s, 'goals', []);
      setKey(
        s,
        'goals',
        this.inOrder(s.goals, ENTITIES.goal, (goal) => this.finishIndicators(goal)),
      );
    };
    if (isRecord(strategy.rus)) {
      const [rus] = this.inOrder([strategy.rus], ENTITIES.strategy, finishGoals) as Obj[];
      setKey(strategy, 'rus', rus);
    }
    if (Array.isArray(strategy.tiers)) setKey(strategy, 'tiers', this.inOrder(strategy.tiers, ENTITIES.tier));
    if (Array.isArray(strategy.understrategier)) {
      setKey(
        strategy,
        'understrategier',
        this.inOrder(strategy.understrategier, ENTITIES.strategy, finishGoals),
      );
    }
    setKey(doc, 'strategy', ordered(strategy, ['rus', 'tiers', 'tierSkipping', 'understrategier']));
  }

  private problem(
    table: { name: string },
    row: number,
    letter: string | undefined,
    code: Code,
    details: Details,
  ): void {
    const cell = letter ? `${letter}${row}` : undefined;
    this.findings.push(createFinding(code, { sheet: table.name, row, ...(cell ? { cell } : {}) }, details));
  }

  private readAbout(sheet: ExcelJS.Worksheet, doc: Obj): { docExtras: Obj; strategyExtras: Obj | undefined } {
    const labels = new Map<string, keyof typeof ABOUT_FIELDS>();
    for (const [key, f] of Object.entries(ABOUT_FIELDS)) {
      for (const word of [f.label, ...f.aliases])
        labels.set(c.normalize(word), key as keyof typeof ABOUT_FIELDS);
    }
    let docExtras: Obj = {};
    let strategyExtras: Obj | undefined;
    const cells: Record<string, { row: number; cell: string }> = {};
    const seen = new Set<string>();
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const label = c.text.decode(readCell(row.getCell(1), sheet.name, this.findings).value, {
        column: 'Fält',
      });
      const key =
        'value' in label && typeof label.value === 'string'
          ? labels.get(c.normalize(label.value))
          : undefined;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const cell = row.getCell(2);
      const value = readCell(cell, sheet.name, this.findings).value;
      const where = { sheet: sheet.name, row: r, cell: cell.address };
      const table = { name: sheet.name };
      if (key === 'formatVersion') {
        const d = c.integer.decode(value, { column: ABOUT_FIELDS.formatVersion.label });
        if ('problem' in d) this.problem(table, r, 'B', d.problem.code, d.problem.details);
        else if (d.value !== undefined && d.value !== FORMAT_VERSION) {
          this.findings.push(
            createFinding('UNSUPPORTED_VERSION', where, {
              found: String(d.value),
              supported: FORMAT_VERSION,
            }),
          );
        } else if (d.value !== undefined) setKey(doc, 'formatVersion', d.value);
        cells.formatVersion = { row: r, cell: cell.address };
      } else if (key === 'region') {
        const d = c.text.decode(value, { column: 'Region' });
        if ('value' in d && d.value !== undefined) setKey(doc, 'region', d.value);
        cells.region = { row: r, cell: cell.address };
      } else {
        const t = typeof value === 'string' ? value.trim() : value === undefined ? '' : String(value);
        if (t === '') continue;
        const parsed = fromJsonCell(t);
        if ('reason' in parsed) {
          this.problem(table, r, 'B', 'SHEET_BAD_JSON', {
            column: ABOUT_FIELDS[key].label,
            reason: parsed.reason,
            ...(parsed.detail ? { detail: parsed.detail } : {}),
          });
        } else if (key === 'extra') {
          docExtras = parsed.value;
          for (const k of Object.keys(parsed.value)) cells[k] ??= { row: r, cell: cell.address };
        } else strategyExtras = parsed.value;
      }
    }
    this.origins.set(doc, { sheet: sheet.name, cells });
    return { docExtras, strategyExtras };
  }

  /** Reads one row into an object: cells, then its Extra (JSON); records where each field came from. */
  private readRow(table: Table, row: TableRow, entity: EntityDef, kind?: IndicatorKind): Obj {
    let extras: Obj | undefined;
    const extraLetter = table.letters.get('extra');
    const extraCell = row.cells.get('extra');
    if (extraCell !== undefined && !(typeof extraCell === 'string' && extraCell.trim() === '')) {
      const parsed = fromJsonCell(String(extraCell));
      if ('reason' in parsed) {
        this.problem(table, row.row, extraLetter, 'SHEET_BAD_JSON', {
          column: 'Extra (JSON)',
          reason: parsed.reason,
          ...(parsed.detail ? { detail: parsed.detail } : {}),
        });
      } else extras = parsed.value;
    }
    const present = new Set(table.letters.keys());
    const decoded = decodeRow(row.cells, present, entity, extras, { kind, percent: row.percent });
    for (const p of decoded.problems) {
      this.problem(table, row.row, table.letters.get(p.column), p.problem.code, {
        ...p.problem.details,
        column: header(table, p.column),
      });
    }
    const cells: Record<string, { row: number; cell: string }> = {};
    for (const field of entity.fields) {
      const letter = table.letters.get(field.column);
      if (letter) cells[field.path.join('.')] = { row: row.row, cell: `${letter}${row.row}` };
    }
    if (extraLetter)
      for (const k of decoded.fromExtras) cells[k] = { row: row.row, cell: `${extraLetter}${row.row}` };
    this.origins.set(decoded.object, { sheet: table.name, row: row.row, cells });
    return decoded.object;
  }

  private ref(row: TableRow, key: string): string | undefined {
    const d = c.id.decode(row.cells.get(key), { column: key });
    return 'value' in d && typeof d.value === 'string' ? d.value : undefined;
  }

  private register(
    map: Map<string, Registered>,
    id: string,
    object: Obj,
    row: number,
    kind: string,
    table: Table,
  ): void {
    const first = map.get(id);
    if (first) {
      this.problem(table, row, table.letters.get('id'), 'SHEET_DUPLICATE_ID', {
        kind,
        id,
        firstRow: first.row,
      });
    } else map.set(id, { object, row });
  }

  private unknownRef(
    table: Table,
    row: TableRow,
    column: string,
    kind: string,
    id: string,
    candidates: Iterable<string>,
    target: string,
  ): void {
    const suggestion = closest(id, candidates);
    this.problem(table, row.row, table.letters.get(column), 'SHEET_UNKNOWN_REFERENCE', {
      kind,
      id,
      column: header(table, column),
      target,
      ...(suggestion ? { suggestion } : {}),
    });
  }

  private missing(table: Table, row: TableRow, column: string): void {
    this.problem(table, row.row, table.letters.get(column), 'SHEET_MISSING_VALUE', {
      column: header(table, column),
    });
  }

  private readStrategies(table: Table | undefined, extras: Obj | undefined): Obj | undefined {
    if (!table?.rows.length && extras === undefined) return undefined;
    const strategy: Obj = {};
    for (const [k, v] of Object.entries(extras ?? {})) setKey(strategy, k, v);
    let rusRow: number | undefined;
    const uss: Obj[] = [];
    const tiers: Obj[] = [];
    for (const row of table?.rows ?? []) {
      const t = STRATEGY_TYPE.decode(row.cells.get('type'), { column: 'Typ' });
      if ('problem' in t) {
        this.problem(table!, row.row, table!.letters.get('type'), t.problem.code, {
          ...t.problem.details,
          column: 'Typ',
        });
        continue;
      }
      if (t.value === undefined) {
        this.missing(table!, row, 'type');
        continue;
      }
      if (t.value === 'tier') {
        // A tier of the ladder: no goals of its own, so nothing on Mål points at it.
        tiers.push(this.readRow(table!, row, ENTITIES.tier));
        continue;
      }
      const s = this.readRow(table!, row, ENTITIES.strategy);
      if (t.value === 'rus') {
        if (rusRow !== undefined) {
          this.problem(table!, row.row, table!.letters.get('type'), 'SHEET_SECOND_RUS', { firstRow: rusRow });
          continue;
        }
        rusRow = row.row;
        setKey(strategy, 'rus', s);
      } else uss.push(s);
      if (typeof s.id === 'string') this.register(this.strategies, s.id, s, row.row, 'strategy', table!);
    }
    if (tiers.length > 0) setKey(strategy, 'tiers', tiers);
    if (uss.length > 0) setKey(strategy, 'understrategier', uss);
    return strategy;
  }

  private readGoals(table: Table | undefined): void {
    if (!table) return;
    for (const row of table.rows) {
      const owner = this.resolveOne(table, row, 'strategy', this.strategies, 'strategy', 'Strategier');
      if (!owner) continue;
      const goal = this.readRow(table, row, ENTITIES.goal);
      this.attach(owner, 'goals', goal);
      if (typeof goal.id === 'string') {
        const map = this.goals.get(owner) ?? new Map<string, Registered>();
        this.goals.set(owner, map);
        this.register(map, goal.id, goal, row.row, 'goal', table);
      }
    }
  }

  /** Lists made from rows, as opposed to lists that came whole from an Extra (JSON) cell (rows replace those). */
  private readonly fromRows = new WeakSet<unknown[]>();

  private attach(owner: Obj, key: string, child: Obj): void {
    const current = owner[key];
    if (Array.isArray(current) && this.fromRows.has(current)) current.push(child);
    else {
      const list = [child];
      this.fromRows.add(list);
      setKey(owner, key, list);
    }
  }

  /** The object a reference column names; blank is fine when there is only one. */
  private resolveOne(
    table: Table,
    row: TableRow,
    column: string,
    map: Map<string, Registered>,
    kind: string,
    target: string,
  ): Obj | undefined {
    const id = this.ref(row, column);
    if (id === undefined) {
      if (map.size === 1) return [...map.values()][0]!.object;
      this.missing(table, row, column);
      return undefined;
    }
    const found = map.get(id);
    if (!found) {
      this.unknownRef(table, row, column, kind, id, map.keys(), target);
      return undefined;
    }
    return found.object;
  }

  private readPlans(table: Table | undefined): Obj[] {
    const plans: Obj[] = [];
    for (const row of table?.rows ?? []) {
      const plan = this.readRow(table!, row, ENTITIES.plan);
      plans.push(plan);
      if (typeof plan.id === 'string') this.register(this.plans, plan.id, plan, row.row, 'plan', table!);
    }
    return plans;
  }

  private readPlanRows(
    table: Table | undefined,
    entity: EntityDef,
    key: string,
    then?: (plan: Obj, child: Obj, row: number) => void,
  ): void {
    if (!table) return;
    for (const row of table.rows) {
      const plan = this.resolveOne(table, row, 'plan', this.plans, 'plan', 'Planer');
      if (!plan) continue;
      const child = this.readRow(table, row, entity);
      this.attach(plan, key, child);
      then?.(plan, child, row.row);
    }
  }

  /** The box or goal an indicator or value row belongs to. */
  private owner(table: Table, row: TableRow, allowNone: boolean): Obj | undefined | null {
    const box = this.ref(row, 'box');
    const goal = this.ref(row, 'goal');
    if (box !== undefined && goal !== undefined) {
      this.problem(table, row.row, table.letters.get('goal'), 'SHEET_BOTH_OWNERS', {});
      return undefined;
    }
    if (box !== undefined) {
      const plan = this.resolveOne(table, row, 'plan', this.plans, 'plan', 'Planer');
      if (!plan) return undefined;
      const map = this.boxes.get(plan) ?? new Map<string, Registered>();
      const found = map.get(box);
      if (!found) this.unknownRef(table, row, 'box', 'box', box, map.keys(), 'Rutor');
      return found?.object;
    }
    if (goal !== undefined) {
      const strategyId = this.ref(row, 'strategy');
      if (strategyId !== undefined) {
        const s = this.resolveOne(table, row, 'strategy', this.strategies, 'strategy', 'Strategier');
        if (!s) return undefined;
        const map = this.goals.get(s) ?? new Map<string, Registered>();
        const found = map.get(goal);
        if (!found) this.unknownRef(table, row, 'goal', 'goal', goal, map.keys(), 'Mål');
        return found?.object;
      }
      const matches: Obj[] = [];
      const all: string[] = [];
      for (const s of this.strategies.values()) {
        const map = this.goals.get(s.object);
        const found = map?.get(goal);
        if (found) matches.push(found.object);
        append(all, map?.keys() ?? []);
      }
      if (matches.length === 1) return matches[0];
      if (matches.length > 1) this.missing(table, row, 'strategy');
      else this.unknownRef(table, row, 'goal', 'goal', goal, all, 'Mål');
      return undefined;
    }
    if (allowNone) return null;
    this.missing(table, row, 'box');
    return undefined;
  }

  private readIndicators(table: Table | undefined): void {
    if (!table) return;
    for (const row of table.rows) {
      const owner = this.owner(table, row, false);
      if (!owner) continue;
      const ind = this.readRow(table, row, ENTITIES.indicator);
      this.attach(owner, 'indicators', ind);
      if (typeof ind.id === 'string') {
        const map = this.indicators.get(owner) ?? new Map<string, Registered>();
        this.indicators.set(owner, map);
        this.register(map, ind.id, ind, row.row, 'indicator', table);
        this.allIndicators.set(ind.id, [...(this.allIndicators.get(ind.id) ?? []), ind]);
      }
    }
  }

  /** The indicator a row of Värden or Uppdelning is about; undefined (with a finding) when it cannot be told. */
  private indicatorOf(table: Table, row: TableRow): Obj | undefined {
    const owner = this.owner(table, row, true);
    if (owner === undefined) return undefined;
    const id = this.ref(row, 'indicator');
    if (id === undefined) {
      this.missing(table, row, 'indicator');
      return undefined;
    }
    let indicator: Obj | undefined;
    if (owner === null) {
      const all = this.allIndicators.get(id) ?? [];
      if (all.length === 1) indicator = all[0];
      else if (all.length > 1) {
        this.missing(table, row, 'box');
        return undefined;
      }
    } else indicator = this.indicators.get(owner)?.get(id)?.object;
    if (!indicator) {
      this.unknownRef(table, row, 'indicator', 'indicator', id, this.allIndicators.keys(), 'Indikatorer');
      return undefined;
    }
    return indicator;
  }

  private readValues(table: Table | undefined): void {
    if (!table) return;
    for (const row of table.rows) {
      const indicator = this.indicatorOf(table, row);
      if (!indicator) continue;
      const t = VALUE_TYPE.decode(row.cells.get('type'), { column: 'Typ' });
      if ('problem' in t) {
        this.problem(table, row.row, table.letters.get('type'), t.problem.code, {
          ...t.problem.details,
          column: 'Typ',
        });
        continue;
      }
      if (t.value === undefined) {
        this.missing(table, row, 'type');
        continue;
      }
      const kind = typeof indicator.kind === 'string' ? (indicator.kind as IndicatorKind) : undefined;
      const target = t.value === 'target';
      const value = this.readRow(table, row, target ? ENTITIES.target : ENTITIES.measurement, kind);
      this.attach(indicator, target ? 'targets' : 'measurements', value);
    }
  }

  /** Each value's splits read from Uppdelning so far, by dimension (they replace splits from an Extra (JSON) cell). */
  private readonly splitsOf = new WeakMap<Obj, Map<string, Obj>>();

  /** A decoded cell, or undefined with the cell's problem reported. */
  private cell(table: Table, row: TableRow, key: string, codec: c.Codec): { value: unknown } | undefined {
    const d = codec.decode(row.cells.get(key), { column: header(table, key), percent: row.percent.has(key) });
    if ('problem' in d) {
      this.problem(table, row.row, table.letters.get(key), d.problem.code, {
        ...d.problem.details,
        column: header(table, key),
      });
      return undefined;
    }
    return d;
  }

  /**
   * The baseline, target or measurement a row of Uppdelning belongs to: the
   * indicator's baseline, or its target of the year, or its measurement of the
   * period in År/period.
   */
  private splitOwner(table: Table, row: TableRow, indicator: Obj): Obj | undefined {
    const t = this.cell(table, row, 'type', SPLIT_VALUE_TYPE);
    if (!t) return undefined;
    if (t.value === undefined) {
      this.missing(table, row, 'type');
      return undefined;
    }
    const type = t.value as keyof typeof SPLIT_VALUE_TYPES;
    const when = this.cell(table, row, 'when', type === 'measurement' ? c.yearOrPeriod : c.year);
    if (!when) return undefined;
    const shown = (v: unknown) =>
      typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
    const wrong = (letter: string | undefined, column: string, found: string, expected: string[]) => {
      const suggestion = closest(found, expected);
      this.problem(table, row.row, letter, 'SHEET_BAD_VALUE', {
        column,
        found,
        expected,
        ...(suggestion ? { suggestion } : {}),
      });
      return undefined;
    };
    if (type === 'baseline') {
      const baseline = indicator.baseline;
      if (!isRecord(baseline)) {
        const types: string[] = [];
        if (Array.isArray(indicator.targets) && indicator.targets.length > 0)
          types.push(SPLIT_VALUE_TYPES.target);
        if (Array.isArray(indicator.measurements) && indicator.measurements.length > 0)
          types.push(SPLIT_VALUE_TYPES.measurement);
        return wrong(table.letters.get('type'), header(table, 'type'), SPLIT_VALUE_TYPES.baseline, types);
      }
      // The year may be left blank; written, it must be the baseline's.
      if (when.value !== undefined && !deepEqual(when.value, baseline.year))
        return wrong(table.letters.get('when'), header(table, 'when'), shown(when.value), [
          shown(baseline.year),
        ]);
      return baseline;
    }
    if (when.value === undefined) {
      this.missing(table, row, 'when');
      return undefined;
    }
    const list = type === 'target' ? indicator.targets : indicator.measurements;
    const key = type === 'target' ? 'year' : 'period';
    const values = Array.isArray(list) ? list.filter(isRecord) : [];
    // Two values of one period cannot be told apart: the first is taken (the rules report the duplicate).
    const found = values.find((v) => deepEqual(v[key], when.value));
    if (found) return found;
    return wrong(
      table.letters.get('when'),
      header(table, 'when'),
      shown(when.value),
      values.map((v) => shown(v[key])),
    );
  }

  /** Uppdelning: one row per part of a split; rows of one value and one dimension make one split, in row order. */
  private readSplits(table: Table | undefined): void {
    if (!table) return;
    for (const row of table.rows) {
      const indicator = this.indicatorOf(table, row);
      if (!indicator) continue;
      const value = this.splitOwner(table, row, indicator);
      if (!value) continue;
      const dimension = this.cell(table, row, 'dimension', c.id);
      if (!dimension) continue;
      if (typeof dimension.value !== 'string') {
        this.missing(table, row, 'dimension');
        continue;
      }
      const complete = this.cell(table, row, 'complete', c.yesNo);
      if (!complete) continue;
      const part = this.readRow(table, row, ENTITIES.splitPart);
      let byDimension = this.splitsOf.get(value);
      if (!byDimension) {
        byDimension = new Map();
        this.splitsOf.set(value, byDimension);
        setKey(value, 'splits', []);
      }
      let split = byDimension.get(dimension.value);
      const letter = (key: string) => table.letters.get(key);
      if (!split) {
        split = {};
        setKey(split, 'dimension', dimension.value);
        setKey(split, 'parts', []);
        const cells: Record<string, { row: number; cell: string }> = {};
        for (const key of ['dimension', 'complete']) {
          const l = letter(key);
          if (l) cells[key] = { row: row.row, cell: `${l}${row.row}` };
        }
        this.origins.set(split, { sheet: table.name, row: row.row, cells });
        byDimension.set(dimension.value, split);
        (value.splits as Obj[]).push(split);
      }
      if (typeof complete.value === 'boolean') {
        if (split.complete === undefined) setKey(split, 'complete', complete.value);
        else if (split.complete !== complete.value) {
          // One split is complete or not: rows of it that disagree are a mistake, not a choice.
          this.problem(table, row.row, letter('complete'), 'SHEET_BAD_VALUE', {
            column: header(table, 'complete'),
            found: complete.value ? 'ja' : 'nej',
            expected: [split.complete ? 'ja' : 'nej'],
          });
          continue;
        }
      }
      const out = ordered(part, ENTITIES.splitPart.order);
      const origin = this.origins.get(part);
      if (origin) this.origins.set(out, origin);
      (split.parts as Obj[]).push(out);
    }
  }

  /** Deltagare: a row with a box and an indicator belongs to that indicator, without them to the plan. */
  private readParticipants(table: Table | undefined): void {
    if (!table) return;
    for (const row of table.rows) {
      const indicatorId = this.ref(row, 'indicator');
      if (indicatorId === undefined) {
        if (this.ref(row, 'box') !== undefined) {
          this.missing(table, row, 'indicator');
          continue;
        }
        const plan = this.resolveOne(table, row, 'plan', this.plans, 'plan', 'Planer');
        if (plan) this.attach(plan, 'participants', this.readRow(table, row, ENTITIES.participant));
        continue;
      }
      const owner = this.owner(table, row, false);
      if (!owner) continue;
      const indicator = this.indicators.get(owner)?.get(indicatorId)?.object;
      if (!indicator) {
        const known = this.indicators.get(owner)?.keys() ?? [];
        this.unknownRef(table, row, 'indicator', 'indicator', indicatorId, known, 'Indikatorer');
        continue;
      }
      this.attach(indicator, 'participants', this.readRow(table, row, ENTITIES.participant));
    }
  }

  private readTemplates(table: Table | undefined): Obj[] {
    return (table?.rows ?? []).map((row) => this.readRow(table!, row, ENTITIES.template));
  }
}
