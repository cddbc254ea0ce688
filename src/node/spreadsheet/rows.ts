import { createFinding } from '../../findings/create.js';
import type { Finding, PathSegment } from '../../findings/finding.js';
import type { Document } from '../../model/document.js';
import type { IndicatorKind } from '../../model/indicator.js';
import * as c from '../../spreadsheet/cells.js';
import { encodeRow, isRecord } from '../../spreadsheet/entity.js';
import { jsonLosses, toJsonCell } from '../../spreadsheet/json.js';
import {
  ENTITIES,
  type EntityDef,
  type SheetKey,
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
const records = (value: unknown): Obj[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** True if rows of other sheets can point at this id through a cell. */
function referable(id: unknown): id is string {
  return typeof id === 'string' && id !== '' && id.trim() === id && c.isCellSafe(id);
}

/**
 * Lays a document out as rows of the workbook's sheets. Lists carried by
 * other sheets stay in their owner's Extra (JSON) cell when rows could not
 * point at the owner (an id used twice, an id a cell cannot hold) or when they
 * are empty (an empty list has no rows).
 */
export function layoutDocument(document: Document): Layout {
  const sheets: Record<Exclude<SheetKey, 'about'>, Row[]> = {
    plans: [],
    boxes: [],
    links: [],
    goalLinks: [],
    indicators: [],
    values: [],
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
  const findings: Finding[] = [];
  const carried = new Map<string, { count: number; keys: Set<string> }>();

  const note = (sheet: string, extras: Obj, path: readonly PathSegment[]) => {
    const keys = Object.keys(extras);
    if (keys.length === 0) return;
    const entry = carried.get(sheet) ?? { count: 0, keys: new Set<string>() };
    entry.count += keys.length;
    for (const k of keys) entry.keys.add(k);
    carried.set(sheet, entry);
    for (const loss of jsonLosses(extras)) {
      const full = [...path, ...loss.path];
      findings.push(
        createFinding(
          'SHEET_VALUE_NOT_CARRIED',
          { path: full },
          { key: full.join('.'), found: loss.found, becomes: loss.becomes },
        ),
      );
    }
  };

  const emit = (
    sheet: Exclude<SheetKey, 'about'>,
    sheetName: string,
    object: Obj,
    entity: EntityDef,
    path: readonly PathSegment[],
    refs: Record<string, c.Plain>,
    extraChildren: Obj,
    kind?: IndicatorKind,
  ) => {
    const { cells, extras } = encodeRow(object, entity, { kind });
    Object.assign(extras, extraChildren);
    note(sheetName, extras, path);
    const row: Record<string, c.Plain> = { ...refs, ...cells };
    if (Object.keys(extras).length > 0) row.extra = toJsonCell(extras);
    sheets[sheet].push({ cells: row, path });
  };

  /** Children of `owner` under `key` go to rows only if they can point at the owner and there are some. */
  const childRows = (owner: Obj, key: string, canRefer: boolean, extraChildren: Obj): Obj[] => {
    const value = owner[key];
    if (value === undefined) return [];
    if (!canRefer || !Array.isArray(value) || value.length === 0 || value.some((v) => !isRecord(v))) {
      extraChildren[key] = value;
      return [];
    }
    return value as Obj[];
  };

  const indicatorRows = (
    owner: Obj,
    ownerPath: readonly PathSegment[],
    refs: Record<string, c.Plain>,
    canRefer: boolean,
    ownerExtras: Obj,
  ) => {
    const indicators = childRows(owner, 'indicators', canRefer, ownerExtras);
    const seen = new Set<unknown>();
    indicators.forEach((ind, i) => {
      const path = [...ownerPath, 'indicators', i];
      const unique = referable(ind.id) && !seen.has(ind.id);
      seen.add(ind.id);
      const kind = typeof ind.kind === 'string' ? (ind.kind as IndicatorKind) : undefined;
      const extra: Obj = {};
      const targets = childRows(ind, 'targets', unique, extra);
      const measurements = childRows(ind, 'measurements', unique, extra);
      // Participants sit on plan indicators; a strategy goal's indicator keeps any in its Extra (JSON).
      const participants = refs.plan !== undefined ? childRows(ind, 'participants', unique, extra) : [];
      if (refs.plan === undefined && ind.participants !== undefined) extra.participants = ind.participants;
      emit('indicators', 'Indikatorer', ind, ENTITIES.indicator, path, refs, extra, kind);
      const valueRefs = { ...refs, indicator: ind.id as string };
      targets.forEach((t, j) => {
        emit(
          'values',
          'Värden',
          t,
          ENTITIES.target,
          [...path, 'targets', j],
          { ...valueRefs, type: VALUE_TYPES.target },
          {},
          kind,
        );
      });
      measurements.forEach((m, j) => {
        emit(
          'values',
          'Värden',
          m,
          ENTITIES.measurement,
          [...path, 'measurements', j],
          { ...valueRefs, type: VALUE_TYPES.measurement },
          {},
          kind,
        );
      });
      participants.forEach((p, j) => {
        emit(
          'participants',
          'Deltagare',
          p,
          ENTITIES.participant,
          [...path, 'participants', j],
          valueRefs,
          {},
        );
      });
    });
  };

  // The document itself: the Om sheet.
  const doc = document as unknown as Obj;
  const top = encodeRow(doc, DOCUMENT_ENTITY);
  const docExtras: Obj = { ...top.extras };
  for (const key of ['plans', 'templates'] as const) {
    const v = doc[key];
    if (v !== undefined && (!Array.isArray(v) || v.length === 0 || v.some((x) => !isRecord(x))))
      docExtras[key] = v;
  }

  // The strategy: Strategier and Mål.
  const strategy = doc.strategy;
  let strategyExtra: string | undefined;
  if (strategy !== undefined && !isRecord(strategy)) docExtras.strategy = strategy;
  else if (isRecord(strategy)) {
    const extras: Obj = {};
    for (const [k, v] of Object.entries(strategy)) if (k !== 'rus' && k !== 'understrategier') extras[k] = v;
    const rus = isRecord(strategy.rus) ? strategy.rus : undefined;
    if (strategy.rus !== undefined && !rus) extras.rus = strategy.rus;
    const uss = childRows(strategy, 'understrategier', true, extras);
    const owners: { s: Obj; type: string; path: PathSegment[] }[] = [
      ...(rus ? [{ s: rus, type: STRATEGY_TYPES.rus, path: ['strategy', 'rus'] }] : []),
      ...uss.map((s, i) => ({
        s,
        type: STRATEGY_TYPES.understrategi,
        path: ['strategy', 'understrategier', i],
      })),
    ];
    if (owners.length === 0 || Object.keys(extras).length > 0) {
      strategyExtra = toJsonCell(extras);
      note('Om', extras, ['strategy']);
    }
    const seenStrategies = new Set<unknown>();
    for (const { s, type, path } of owners) {
      const canRefer = referable(s.id) && !seenStrategies.has(s.id);
      seenStrategies.add(s.id);
      const extra: Obj = {};
      const goals = childRows(s, 'goals', canRefer, extra);
      if (goals.length === 0 && Array.isArray(s.goals) && s.goals.length === 0) delete extra.goals;
      emit('strategies', 'Strategier', s, ENTITIES.strategy, path, { type }, extra);
      const seenGoals = new Set<unknown>();
      goals.forEach((g, gi) => {
        const gPath = [...path, 'goals', gi];
        const goalRefer = referable(g.id) && !seenGoals.has(g.id);
        seenGoals.add(g.id);
        const gExtra: Obj = {};
        const inds = g.indicators;
        const rows = goalRefer && Array.isArray(inds) && inds.length > 0 && inds.every(isRecord);
        if (!rows && inds !== undefined) gExtra.indicators = inds;
        emit('goals', 'Mål', g, ENTITIES.goal, gPath, { strategy: s.id as string }, gExtra);
        if (rows) indicatorRows(g, gPath, { strategy: s.id as string, goal: g.id as string }, true, gExtra);
      });
    }
  }

  // The plans: Planer and the sheets of their chains.
  const seenPlans = new Set<unknown>();
  records(doc.plans).forEach((p, pi) => {
    const path: PathSegment[] = ['plans', pi];
    const canRefer = referable(p.id) && !seenPlans.has(p.id);
    seenPlans.add(p.id);
    const extra: Obj = {};
    const boxes = childRows(p, 'boxes', canRefer, extra);
    if (Array.isArray(p.boxes) && p.boxes.length === 0) delete extra.boxes;
    const links = childRows(p, 'links', canRefer, extra);
    const goalLinks = childRows(p, 'goalLinks', canRefer, extra);
    const changelog = childRows(p, 'changelog', canRefer, extra);
    const participants = childRows(p, 'participants', canRefer, extra);
    const reports = childRows(p, 'reports', canRefer, extra);
    // The lärande notes go to rows of Lärande; the three texts stay in the plan's row.
    let row = p;
    let notes: Obj[] = [];
    const larande = p.larande;
    if (
      canRefer &&
      isRecord(larande) &&
      Array.isArray(larande.notes) &&
      larande.notes.length > 0 &&
      larande.notes.every(isRecord)
    ) {
      notes = larande.notes as Obj[];
      const rest: Obj = {};
      for (const [k, v] of Object.entries(larande)) if (k !== 'notes') rest[k] = v;
      row = { ...p };
      if (Object.keys(rest).length > 0) row.larande = rest;
      else delete row.larande;
    }
    emit('plans', 'Planer', row, ENTITIES.plan, path, {}, extra);
    const plan = p.id as string;
    const seenBoxes = new Set<unknown>();
    boxes.forEach((b, bi) => {
      const bPath = [...path, 'boxes', bi];
      const boxRefer = referable(b.id) && !seenBoxes.has(b.id);
      seenBoxes.add(b.id);
      const bExtra: Obj = {};
      const inds = b.indicators;
      const rows = boxRefer && Array.isArray(inds) && inds.length > 0 && inds.every(isRecord);
      if (!rows && inds !== undefined) bExtra.indicators = inds;
      emit('boxes', 'Rutor', b, ENTITIES.box, bPath, { plan }, bExtra);
      if (rows) indicatorRows(b, bPath, { plan, box: b.id as string }, true, bExtra);
    });
    links.forEach((l, i) => {
      emit('links', 'Länkar', l, ENTITIES.link, [...path, 'links', i], { plan }, {});
    });
    goalLinks.forEach((l, i) => {
      emit('goalLinks', 'Målkopplingar', l, ENTITIES.goalLink, [...path, 'goalLinks', i], { plan }, {});
    });
    changelog.forEach((e, i) => {
      emit('changelog', 'Ändringslogg', e, ENTITIES.change, [...path, 'changelog', i], { plan }, {});
    });
    participants.forEach((e, i) => {
      emit('participants', 'Deltagare', e, ENTITIES.participant, [...path, 'participants', i], { plan }, {});
    });
    notes.forEach((n, i) => {
      emit('larande', 'Lärande', n, ENTITIES.larandeNote, [...path, 'larande', 'notes', i], { plan }, {});
    });
    reports.forEach((r, i) => {
      emit('reports', 'Rapporter', r, ENTITIES.report, [...path, 'reports', i], { plan }, {});
    });
  });

  records(doc.templates).forEach((t, i) => {
    emit('templates', 'Mallar', t, ENTITIES.template, ['templates', i], {}, {});
  });

  // The årshjul: one row per duty on Årshjul; the recipients (and anything else) stay in the Om sheet's JSON.
  const arshjul = doc.arshjul;
  if (arshjul !== undefined) {
    const events = isRecord(arshjul) ? childRows(arshjul, 'events', true, {}) : [];
    if (events.length === 0) docExtras.arshjul = arshjul;
    else {
      const rest: Obj = {};
      for (const [k, v] of Object.entries(arshjul as Obj)) if (k !== 'events') rest[k] = v;
      const recipients = childRows(rest, 'recipients', true, {});
      if (recipients.length > 0) delete rest.recipients;
      if (Object.keys(rest).length > 0) docExtras.arshjul = rest;
      events.forEach((e, i) => {
        emit('arshjul', 'Årshjul', e, ENTITIES.arshjulEvent, ['arshjul', 'events', i], {}, {});
      });
      recipients.forEach((r, i) => {
        emit('recipients', 'Mottagare', r, ENTITIES.recipient, ['arshjul', 'recipients', i], {}, {});
      });
    }
  }

  note('Om', docExtras, []);
  const about: Record<string, c.Plain> = { ...top.cells };
  if (Object.keys(docExtras).length > 0) about.extra = toJsonCell(docExtras);
  if (strategyExtra !== undefined) about.strategyExtra = strategyExtra;

  for (const [sheet, { count, keys }] of carried) {
    const list = [...keys].sort();
    findings.push(
      createFinding(
        'SHEET_CARRIED_AS_JSON',
        { sheet },
        { sheet, count, keys: list.length > 6 ? [...list.slice(0, 6), '…'] : list },
      ),
    );
  }
  return { about, sheets, findings };
}
