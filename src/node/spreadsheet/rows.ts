import { createFinding } from '../../findings/create.js';
import type { Finding, PathSegment } from '../../findings/finding.js';
import type { Document } from '../../model/document.js';
import type { IndicatorKind } from '../../model/indicator.js';
import * as c from '../../spreadsheet/cells.js';
import { deepEqual, encodeRow, isRecord } from '../../spreadsheet/entity.js';
import { jsonLosses, toJsonCell } from '../../spreadsheet/json.js';
import {
  ENTITIES,
  type EntityDef,
  type SheetKey,
  SPLIT_VALUE_TYPES,
  STRATEGY_TYPES,
  VALUE_TYPES,
} from '../../spreadsheet/layout.js';

/** One row to write: its cells by column key, and the document path of the object it holds. */
export interface Row {
  readonly cells: Record<string, c.Plain>;
  readonly path: readonly PathSegment[];
}

/** A document laid out as rows per sheet, before any workbook exists. */
export interface Layout {
  /** The Om sheet: field key → cell. */
  readonly about: Record<string, c.Plain>;
  readonly sheets: Readonly<Record<Exclude<SheetKey, 'about'>, Row[]>>;
  /** What the cells cannot carry (as JSON) or cannot carry at all. */
  readonly findings: readonly Finding[];
}

const DOCUMENT_ENTITY: EntityDef = {
  fields: [
    { column: 'formatVersion', path: ['formatVersion'], codec: c.integer },
    { column: 'region', path: ['region'], codec: c.text },
  ],
  children: ['strategy', 'plans', 'templates', 'arshjul'],
  order: [],
};

type Obj = Record<string, unknown>;
type Sheet = Exclude<SheetKey, 'about'>;
type Refs = Record<string, c.Plain>;
const records = (value: unknown): Obj[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** True if rows of other sheets can point at this id through a cell. */
function referable(id: unknown): id is string {
  return typeof id === 'string' && id !== '' && id.trim() === id && c.isCellSafe(id);
}

/** Tells ids met for the first time (and referable) from repeats: only those can own rows. */
class FirstIds {
  private readonly seen = new Set<unknown>();
  /** True if `id` can be pointed at and was not met before; remembers it either way. */
  first(id: unknown): boolean {
    const ok = referable(id) && !this.seen.has(id);
    this.seen.add(id);
    return ok;
  }
}

/** The rows laid out so far, with what went to Extra (JSON) cells, per sheet. */
class Rows {
  readonly sheets: Record<Sheet, Row[]> = {
    plans: [],
    boxes: [],
    links: [],
    goalLinks: [],
    indicators: [],
    values: [],
    splits: [],
    strategies: [],
    goals: [],
    changelog: [],
    templates: [],
    arshjul: [],
    larande: [],
    reports: [],
    recipients: [],
    participants: [],
  };
  readonly findings: Finding[] = [];
  private readonly carried = new Map<string, { count: number; keys: Set<string> }>();

  /** Notes what a sheet carries as JSON, and what JSON cannot carry at all. */
  note(sheet: string, extras: Obj, path: readonly PathSegment[]): void {
    const keys = Object.keys(extras);
    if (keys.length === 0) return;
    const entry = this.carried.get(sheet) ?? { count: 0, keys: new Set<string>() };
    entry.count += keys.length;
    for (const k of keys) entry.keys.add(k);
    this.carried.set(sheet, entry);
    for (const loss of jsonLosses(extras)) {
      const full = [...path, ...loss.path];
      this.findings.push(
        createFinding(
          'SHEET_VALUE_NOT_CARRIED',
          { path: full },
          { key: full.join('.'), found: loss.found, becomes: loss.becomes },
        ),
      );
    }
  }

  /** One row: the reference cells, the object's own cells, the rest in Extra (JSON). */
  emit(
    sheet: Sheet,
    sheetName: string,
    object: Obj,
    entity: EntityDef,
    path: readonly PathSegment[],
    refs: Refs,
    extraChildren: Obj,
    kind?: IndicatorKind,
  ): void {
    const { cells, extras } = encodeRow(object, entity, { kind });
    Object.assign(extras, extraChildren);
    this.note(sheetName, extras, path);
    const row: Record<string, c.Plain> = { ...refs, ...cells };
    if (Object.keys(extras).length > 0) row.extra = toJsonCell(extras);
    this.sheets[sheet].push({ cells: row, path });
  }

  /** One SHEET_CARRIED_AS_JSON per sheet that carries keys as JSON. */
  carriedFindings(): void {
    for (const [sheet, { count, keys }] of this.carried) {
      const list = [...keys].sort();
      this.findings.push(
        createFinding(
          'SHEET_CARRIED_AS_JSON',
          { sheet },
          { sheet, count, keys: list.length > 6 ? [...list.slice(0, 6), '…'] : list },
        ),
      );
    }
  }
}

/** Children of `owner` under `key` go to rows only if they can point at the owner and there are some. */
function childRows(owner: Obj, key: string, canRefer: boolean, extraChildren: Obj): Obj[] {
  const value = owner[key];
  if (value === undefined) return [];
  if (!canRefer || !Array.isArray(value) || value.length === 0 || value.some((v) => !isRecord(v))) {
    extraChildren[key] = value;
    return [];
  }
  return value as Obj[];
}

/** True if a split can be laid out as rows of Uppdelning and read back the same. */
function splitRowable(split: unknown): split is Obj {
  if (!isRecord(split)) return false;
  for (const key of Object.keys(split))
    if (key !== 'dimension' && key !== 'parts' && key !== 'complete') return false;
  if (split.complete !== undefined && typeof split.complete !== 'boolean') return false;
  const parts = split.parts;
  return referable(split.dimension) && Array.isArray(parts) && parts.length > 0 && parts.every(isRecord);
}

/** A value's splits, if all of them go to rows of Uppdelning: each can be, and no dimension comes twice. */
function rowSplits(value: Obj): Obj[] | undefined {
  const splits = value.splits;
  if (!Array.isArray(splits) || splits.length === 0) return undefined;
  const seen = new Set<unknown>();
  for (const split of splits) {
    if (!splitRowable(split) || seen.has(split.dimension)) return undefined;
    seen.add(split.dimension);
  }
  return splits as Obj[];
}

/** The value without its splits (they go to rows of their own). */
function withoutSplits(value: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'splits') out[k] = v;
  return out;
}

/** The cell of År/period that points at one value: undefined when the cell would not read back as `when`. */
function whenCell(when: unknown, codec: c.Codec): c.Plain | 'none' {
  const cell = codec.encode(when, { column: 'when' });
  if (cell === undefined || (typeof cell === 'string' && !c.isCellSafe(cell))) return 'none';
  const back = codec.decode(cell, { column: 'when' });
  return 'value' in back && deepEqual(back.value, when) ? cell : 'none';
}

/** Values that point at one of `values` by `key` (year or period) and the cell to point with; the rest stay whole. */
function pointable(values: readonly Obj[], key: string, codec: c.Codec): (c.Plain | 'none')[] {
  const cells = values.map((v) => whenCell(v[key], codec));
  return values.map((v, i) => {
    if (cells[i] === 'none') return 'none';
    // Two values of the same year or period: a row of Uppdelning could not tell them apart.
    for (let j = 0; j < values.length; j++) if (j !== i && deepEqual(values[j]![key], v[key])) return 'none';
    return cells[i]!;
  });
}

/** The rows of Uppdelning for one value's splits: one per part. */
function splitRows(out: Rows, splits: readonly Obj[], path: readonly PathSegment[], refs: Refs): void {
  splits.forEach((split, si) => {
    const splitRefs: Refs = { ...refs, dimension: split.dimension as string };
    if (typeof split.complete === 'boolean') splitRefs.complete = split.complete ? 'ja' : 'nej';
    (split.parts as Obj[]).forEach((part, pi) => {
      const partPath = [...path, 'splits', si, 'parts', pi];
      out.emit('splits', 'Uppdelning', part, ENTITIES.splitPart, partPath, splitRefs, {});
    });
  });
}

/** An indicator's targets and measurements on Värden, their splits on Uppdelning, its participants on Deltagare. */
function valueRows(
  out: Rows,
  path: readonly PathSegment[],
  valueRefs: Refs,
  lists: { targets: Obj[]; measurements: Obj[]; participants: Obj[] },
  kind: IndicatorKind | undefined,
): void {
  const later: (() => void)[] = [];
  const each = (
    values: Obj[],
    key: 'targets' | 'measurements',
    entity: EntityDef,
    whenKey: string,
    codec: c.Codec,
    type: string,
  ) => {
    const cells = pointable(values, whenKey, codec);
    values.forEach((v, j) => {
      const splits = cells[j] !== 'none' ? rowSplits(v) : undefined;
      const row = splits ? withoutSplits(v) : v;
      const refs = {
        ...valueRefs,
        type: type === SPLIT_VALUE_TYPES.target ? VALUE_TYPES.target : VALUE_TYPES.measurement,
      };
      out.emit('values', 'Värden', row, entity, [...path, key, j], refs, {}, kind);
      if (splits) {
        const splitRefs: Refs = { ...valueRefs, type, when: cells[j] as c.Plain };
        later.push(() => splitRows(out, splits, [...path, key, j], splitRefs));
      }
    });
  };
  each(lists.targets, 'targets', ENTITIES.target, 'year', c.year, SPLIT_VALUE_TYPES.target);
  each(
    lists.measurements,
    'measurements',
    ENTITIES.measurement,
    'period',
    c.yearOrPeriod,
    SPLIT_VALUE_TYPES.measurement,
  );
  for (const f of later) f();
  lists.participants.forEach((p, j) => {
    out.emit(
      'participants',
      'Deltagare',
      p,
      ENTITIES.participant,
      [...path, 'participants', j],
      valueRefs,
      {},
    );
  });
}

/** The indicators of a box or a goal on Indikatorer, with their values and participants. */
function indicatorRows(
  out: Rows,
  owner: Obj,
  ownerPath: readonly PathSegment[],
  refs: Refs,
  canRefer: boolean,
  ownerExtras: Obj,
): void {
  const indicators = childRows(owner, 'indicators', canRefer, ownerExtras);
  const ids = new FirstIds();
  indicators.forEach((ind, i) => {
    const path = [...ownerPath, 'indicators', i];
    const unique = ids.first(ind.id);
    const kind = typeof ind.kind === 'string' ? (ind.kind as IndicatorKind) : undefined;
    const extra: Obj = {};
    const targets = childRows(ind, 'targets', unique, extra);
    const measurements = childRows(ind, 'measurements', unique, extra);
    // Participants sit on plan indicators; a strategy goal's indicator keeps any in its Extra (JSON).
    const participants = refs.plan !== undefined ? childRows(ind, 'participants', unique, extra) : [];
    if (refs.plan === undefined && ind.participants !== undefined) extra.participants = ind.participants;
    // A baseline's splits go to Uppdelning (type Utgångsvärde) when rows can point at the indicator.
    const baseline = ind.baseline;
    const baselineSplits = unique && isRecord(baseline) ? rowSplits(baseline) : undefined;
    const row = baselineSplits && isRecord(baseline) ? { ...ind, baseline: withoutSplits(baseline) } : ind;
    out.emit('indicators', 'Indikatorer', row, ENTITIES.indicator, path, refs, extra, kind);
    if (baselineSplits && isRecord(baseline)) {
      const when = whenCell(baseline.year, c.year);
      const splitRefs: Refs = { ...refs, indicator: ind.id as string, type: SPLIT_VALUE_TYPES.baseline };
      if (when !== 'none') splitRefs.when = when;
      splitRows(out, baselineSplits, [...path, 'baseline'], splitRefs);
    }
    valueRows(
      out,
      path,
      { ...refs, indicator: ind.id as string },
      { targets, measurements, participants },
      kind,
    );
  });
}

/** A box or a goal with indicators: they go to rows when the owner can be pointed at and all are objects. */
function ownerWithIndicators(
  out: Rows,
  sheet: 'boxes' | 'goals',
  sheetName: string,
  entity: EntityDef,
  owner: Obj,
  path: readonly PathSegment[],
  refs: Refs,
  ids: FirstIds,
  ownRef: Refs,
): void {
  const canRefer = ids.first(owner.id);
  const extra: Obj = {};
  const inds = owner.indicators;
  const rows = canRefer && Array.isArray(inds) && inds.length > 0 && inds.every(isRecord);
  if (!rows && inds !== undefined) extra.indicators = inds;
  out.emit(sheet, sheetName, owner, entity, path, refs, extra);
  if (rows) indicatorRows(out, owner, path, { ...refs, ...ownRef }, true, extra);
}

/** A strategy (the RUS or an understrategi) on Strategier, its goals on Mål. */
function strategyOwnerRows(
  out: Rows,
  { s, type, path }: { s: Obj; type: string; path: PathSegment[] },
  strategies: FirstIds,
): void {
  const canRefer = strategies.first(s.id);
  const extra: Obj = {};
  const goals = childRows(s, 'goals', canRefer, extra);
  if (goals.length === 0 && Array.isArray(s.goals) && s.goals.length === 0) delete extra.goals;
  out.emit('strategies', 'Strategier', s, ENTITIES.strategy, path, { type }, extra);
  const goalIds = new FirstIds();
  const refs = { strategy: s.id as string };
  goals.forEach((g, gi) => {
    ownerWithIndicators(out, 'goals', 'Mål', ENTITIES.goal, g, [...path, 'goals', gi], refs, goalIds, {
      goal: g.id as string,
    });
  });
}

/**
 * The strategy on Strategier in ladder order: the RUS, the ladder's tiers (type
 * Led), the understrategier; their goals on Mål. Returns the strategy's own
 * Extra (JSON) cell, if it has keys no row carries.
 */
function strategyRows(out: Rows, strategy: Obj): string | undefined {
  const extras: Obj = {};
  for (const [k, v] of Object.entries(strategy))
    if (k !== 'rus' && k !== 'understrategier' && k !== 'tiers') extras[k] = v;
  const rus = isRecord(strategy.rus) ? strategy.rus : undefined;
  if (strategy.rus !== undefined && !rus) extras.rus = strategy.rus;
  const tiers = childRows(strategy, 'tiers', true, extras);
  const uss = childRows(strategy, 'understrategier', true, extras);
  let strategyExtra: string | undefined;
  if ((!rus && uss.length === 0 && tiers.length === 0) || Object.keys(extras).length > 0) {
    strategyExtra = toJsonCell(extras);
    out.note('Om', extras, ['strategy']);
  }
  const strategies = new FirstIds();
  if (rus)
    strategyOwnerRows(out, { s: rus, type: STRATEGY_TYPES.rus, path: ['strategy', 'rus'] }, strategies);
  tiers.forEach((t, i) => {
    out.emit(
      'strategies',
      'Strategier',
      t,
      ENTITIES.tier,
      ['strategy', 'tiers', i],
      { type: STRATEGY_TYPES.tier },
      {},
    );
  });
  uss.forEach((s, i) => {
    const path = ['strategy', 'understrategier', i];
    strategyOwnerRows(out, { s, type: STRATEGY_TYPES.understrategi, path }, strategies);
  });
  return strategyExtra;
}

/** A plan's lärande: the notes go to rows of Lärande, the three texts stay in the plan's row. */
function splitLarande(plan: Obj, canRefer: boolean): { row: Obj; notes: Obj[] } {
  const larande = plan.larande;
  if (
    !canRefer ||
    !isRecord(larande) ||
    !Array.isArray(larande.notes) ||
    larande.notes.length === 0 ||
    !larande.notes.every(isRecord)
  )
    return { row: plan, notes: [] };
  const rest: Obj = {};
  for (const [k, v] of Object.entries(larande)) if (k !== 'notes') rest[k] = v;
  const row = { ...plan };
  if (Object.keys(rest).length > 0) row.larande = rest;
  else delete row.larande;
  return { row, notes: larande.notes as Obj[] };
}

/** The lists of a plan carried by sheets of their own, one row per entry, pointing at the plan. */
const PLAN_LISTS = [
  ['links', 'Länkar', ENTITIES.link],
  ['goalLinks', 'Målkopplingar', ENTITIES.goalLink],
  ['changelog', 'Ändringslogg', ENTITIES.change],
  ['participants', 'Deltagare', ENTITIES.participant],
] as const;

/** A plan on Planer and its chain on the sheets of boxes, links, goal links and the rest. */
function planRows(out: Rows, p: Obj, pi: number, plans: FirstIds): void {
  const path: PathSegment[] = ['plans', pi];
  const canRefer = plans.first(p.id);
  const extra: Obj = {};
  const boxes = childRows(p, 'boxes', canRefer, extra);
  if (Array.isArray(p.boxes) && p.boxes.length === 0) delete extra.boxes;
  const lists = PLAN_LISTS.map(([key]) => childRows(p, key, canRefer, extra));
  const reports = childRows(p, 'reports', canRefer, extra);
  const { row, notes } = splitLarande(p, canRefer);
  out.emit('plans', 'Planer', row, ENTITIES.plan, path, {}, extra);
  const refs = { plan: p.id as string };
  const boxIds = new FirstIds();
  boxes.forEach((b, bi) => {
    ownerWithIndicators(out, 'boxes', 'Rutor', ENTITIES.box, b, [...path, 'boxes', bi], refs, boxIds, {
      box: b.id as string,
    });
  });
  PLAN_LISTS.forEach(([key, sheetName, entity], k) => {
    lists[k]!.forEach((e, i) => {
      out.emit(key, sheetName, e, entity, [...path, key, i], refs, {});
    });
  });
  notes.forEach((n, i) => {
    out.emit('larande', 'Lärande', n, ENTITIES.larandeNote, [...path, 'larande', 'notes', i], refs, {});
  });
  reports.forEach((r, i) => {
    out.emit('reports', 'Rapporter', r, ENTITIES.report, [...path, 'reports', i], refs, {});
  });
}

/** The årshjul: one row per duty on Årshjul, its recipients on Mottagare; anything else stays in the Om sheet's JSON. */
function arshjulRows(out: Rows, arshjul: unknown, docExtras: Obj): void {
  const events = isRecord(arshjul) ? childRows(arshjul, 'events', true, {}) : [];
  if (events.length === 0) {
    docExtras.arshjul = arshjul;
    return;
  }
  const rest: Obj = {};
  for (const [k, v] of Object.entries(arshjul as Obj)) if (k !== 'events') rest[k] = v;
  const recipients = childRows(rest, 'recipients', true, {});
  if (recipients.length > 0) delete rest.recipients;
  if (Object.keys(rest).length > 0) docExtras.arshjul = rest;
  events.forEach((e, i) => {
    out.emit('arshjul', 'Årshjul', e, ENTITIES.arshjulEvent, ['arshjul', 'events', i], {}, {});
  });
  recipients.forEach((r, i) => {
    out.emit('recipients', 'Mottagare', r, ENTITIES.recipient, ['arshjul', 'recipients', i], {}, {});
  });
}

/**
 * Lays a document out as rows of the workbook's sheets. Lists carried by
 * other sheets stay in their owner's Extra (JSON) cell when rows could not
 * point at the owner (an id used twice, an id a cell cannot hold) or when they
 * are empty (an empty list has no rows).
 */
export function layoutDocument(document: Document): Layout {
  const out = new Rows();
  // The document itself: the Om sheet.
  const doc = document as unknown as Obj;
  const top = encodeRow(doc, DOCUMENT_ENTITY);
  const docExtras: Obj = { ...top.extras };
  for (const key of ['plans', 'templates'] as const) {
    const v = doc[key];
    if (v !== undefined && (!Array.isArray(v) || v.length === 0 || v.some((x) => !isRecord(x))))
      docExtras[key] = v;
  }
  const strategy = doc.strategy;
  let strategyExtra: string | undefined;
  if (strategy !== undefined && !isRecord(strategy)) docExtras.strategy = strategy;
  else if (isRecord(strategy)) strategyExtra = strategyRows(out, strategy);

  const plans = new FirstIds();
  records(doc.plans).forEach((p, pi) => {
    planRows(out, p, pi, plans);
  });
  records(doc.templates).forEach((t, i) => {
    out.emit('templates', 'Mallar', t, ENTITIES.template, ['templates', i], {}, {});
  });
  if (doc.arshjul !== undefined) arshjulRows(out, doc.arshjul, docExtras);

  out.note('Om', docExtras, []);
  const about: Record<string, c.Plain> = { ...top.cells };
  if (Object.keys(docExtras).length > 0) about.extra = toJsonCell(docExtras);
  if (strategyExtra !== undefined) about.strategyExtra = strategyExtra;
  out.carriedFindings();
  return { about, sheets: out.sheets, findings: out.findings };
}
