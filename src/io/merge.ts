import { append } from '../collections/append.js';
import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import { compareFindings } from '../findings/format.js';
import type { DataClassDef } from '../model/contribution.js';
import type { DimensionDef } from '../model/disaggregation.js';
import { type Document, FORMAT_VERSION } from '../model/document.js';
import type { ParticipantList } from '../model/participants.js';
import type { Plan } from '../model/plan.js';
import type { Tier, Understrategi } from '../model/strategy.js';
import type { Template } from '../model/template.js';
import type { VocabularyDef } from '../model/vocabularies.js';
import type { SourceMap } from './position.js';
import { attachLocations } from './source-map.js';

/** One document of a set, with the file it came from. */
export interface DocumentPart {
  readonly document: Document;
  readonly file?: string;
  readonly source?: SourceMap;
  /** Places findings inside the part where a source map cannot (a workbook's sheet, row and cell); wins over `source`. */
  readonly locate?: (findings: readonly Finding[]) => readonly Finding[];
}

/** Several documents of one region read as one: the merged document and the way back to each file. */
export interface DocumentSet {
  readonly document: Document;
  /** Problems of the set itself (regions that differ, things defined twice). */
  readonly findings: readonly Finding[];
  /** Turns findings about the merged document into findings located in the original files. */
  locate(findings: readonly Finding[]): Finding[];
}

type Origin = { part: number; index: number };

/** Items taken from the parts, in merged order, and where each came from. */
interface Collected<T> {
  readonly items: T[];
  readonly origin: Origin[];
}

/** What the merge has gathered so far, part by part. */
interface MergeState {
  readonly parts: readonly DocumentPart[];
  readonly findings: Finding[];
  /** The part that first defined each kind and id. */
  readonly firstFile: Map<string, number>;
  readonly tiers: Collected<Tier>;
  readonly understrategier: Collected<Understrategi>;
  readonly plans: Collected<Plan>;
  readonly templates: Collected<Template>;
  // Participant lists are kept as they are, in file order: the validator joins them to plans by id.
  readonly participantLists: Collected<ParticipantList>;
  // The region's own data classes and dimensions, declared in any of its files.
  readonly dataClasses: Collected<DataClassDef>;
  readonly dimensions: Collected<DimensionDef>;
  // Vocabularies, or a region's additions to one of the library's, each declared in one file.
  readonly vocabularies: Collected<VocabularyDef>;
  tierSkipping: { value: 'forbidden' | 'allowed'; part: number } | undefined;
  rusPart: number | undefined;
  arshjulPart: number | undefined;
}

const collected = <T>(): Collected<T> => ({ items: [], origin: [] });

/**
 * Merges a region's documents: the RUS from the one file that has it,
 * understrategier, plans and templates from all. References between files
 * resolve by id in the merged document. Documents with different `region`
 * values cannot be merged; a document without `region` joins any set.
 */
export function mergeDocuments(parts: readonly DocumentPart[]): DocumentSet {
  const state: MergeState = {
    parts,
    findings: [],
    firstFile: new Map(),
    tiers: collected(),
    understrategier: collected(),
    plans: collected(),
    templates: collected(),
    participantLists: collected(),
    dataClasses: collected(),
    dimensions: collected(),
    vocabularies: collected(),
    tierSkipping: undefined,
    rusPart: undefined,
    arshjulPart: undefined,
  };
  const regions = [
    ...new Set(parts.map((p) => p.document.region).filter((r): r is string => r !== undefined)),
  ];
  if (regions.length > 1)
    state.findings.push(createFinding('REGION_MISMATCH', { path: ['region'] }, { regions }));
  for (const [part, { document }] of parts.entries()) collectPart(state, document, part);
  const document = mergedDocument(state, regions[0]);
  const locate = (list: readonly Finding[]): Finding[] => locateInParts(state, list);
  return { document, findings: locate(state.findings), locate };
}

// Takes one part's definitions into the set, in the order the findings about them have always come.
function collectPart(state: MergeState, document: Document, part: number): void {
  const { parts, findings } = state;
  const rus = document.strategy?.rus;
  if (rus) {
    if (state.rusPart === undefined) state.rusPart = part;
    else findings.push(duplicateRus(parts, state.rusPart, part));
  }
  // The ladder's tiers are collected like understrategier; `tierSkipping` is said once.
  collectById(state, state.tiers, 'strategy.tiers', document.strategy?.tiers, part, ['strategy', 'tiers']);
  const skipping = document.strategy?.tierSkipping;
  if (skipping !== undefined) {
    if (state.tierSkipping === undefined) state.tierSkipping = { value: skipping, part };
    else
      findings.push(
        duplicate(state, state.tierSkipping.part, part, ['strategy', 'tierSkipping'], {
          kind: 'strategy.tierSkipping',
          id: skipping,
        }),
      );
  }
  const understrategier = document.strategy?.understrategier;
  collectById(state, state.understrategier, 'Understrategi', understrategier, part, [
    'strategy',
    'understrategier',
  ]);
  collectById(state, state.plans, 'Plan', document.plans, part, ['plans']);
  collectById(state, state.templates, 'Template', document.templates, part, ['templates']);
  // The årshjul, like the RUS, is the region's one: from the first file that has it.
  if (document.arshjul) {
    if (state.arshjulPart === undefined) state.arshjulPart = part;
    else
      findings.push(
        duplicate(state, state.arshjulPart, part, ['arshjul'], { kind: 'Årshjul', id: 'arshjul' }),
      );
  }
  (document.participantLists ?? []).forEach((l, index) => {
    state.participantLists.items.push(l);
    state.participantLists.origin.push({ part, index });
  });
  collectById(state, state.dataClasses, 'dataClasses', document.dataClasses, part, ['dataClasses']);
  collectById(state, state.dimensions, 'dimensions', document.dimensions, part, ['dimensions']);
  collectById(state, state.vocabularies, 'vocabularies', document.vocabularies, part, ['vocabularies']);
}

// Adds each item whose id no earlier file defined; a second file's definition is a DUPLICATE_DEFINITION.
function collectById<T extends { readonly id: string }>(
  state: MergeState,
  into: Collected<T>,
  kind: string,
  items: readonly T[] | undefined,
  part: number,
  at: readonly PathSegment[],
): void {
  (items ?? []).forEach((item, index) => {
    if (!once(state, kind, item.id, part, [...at, index])) return;
    into.items.push(item);
    into.origin.push({ part, index });
  });
}

function once(state: MergeState, kind: string, id: string, part: number, path: PathSegment[]): boolean {
  const key = `${kind}\u0000${id}`;
  const first = state.firstFile.get(key);
  if (first === undefined) {
    state.firstFile.set(key, part);
    return true;
  }
  if (first !== part) {
    state.findings.push(duplicate(state, first, part, path, { kind, id }));
    return false;
  }
  return true; // twice in one file: the validator's DUPLICATE_ID reports it with its location
}

function duplicate(
  state: MergeState,
  first: number,
  part: number,
  path: PathSegment[],
  what: { kind: string; id: string },
): Finding {
  const { parts } = state;
  const files = [parts[first]?.file ?? `#${first + 1}`, parts[part]?.file ?? `#${part + 1}`];
  return createFinding(
    'DUPLICATE_DEFINITION',
    { path, ...fileOf(parts[part]) },
    { kind: what.kind, id: what.id, files },
  );
}

function mergedDocument(state: MergeState, region: string | undefined): Document {
  const { parts, rusPart, arshjulPart, tierSkipping } = state;
  const rus = rusPart === undefined ? undefined : parts[rusPart]!.document.strategy?.rus;
  const tiers = state.tiers.items;
  const understrategier = state.understrategier.items;
  const strategy =
    rus || understrategier.length || tiers.length
      ? {
          ...(rus ? { rus } : {}),
          ...(tiers.length ? { tiers } : {}),
          ...(tierSkipping ? { tierSkipping: tierSkipping.value } : {}),
          ...(understrategier.length ? { understrategier } : {}),
        }
      : undefined;
  const plans = state.plans.items;
  const templates = state.templates.items;
  const participantLists = state.participantLists.items;
  const dataClasses = state.dataClasses.items;
  const dimensions = state.dimensions.items;
  const vocabularies = state.vocabularies.items;
  return {
    formatVersion: FORMAT_VERSION,
    ...(region !== undefined ? { region } : {}),
    ...(strategy ? { strategy } : {}),
    ...(plans.length ? { plans } : {}),
    ...(templates.length ? { templates } : {}),
    ...(arshjulPart !== undefined ? { arshjul: parts[arshjulPart]!.document.arshjul! } : {}),
    ...(participantLists.length ? { participantLists } : {}),
    ...(dataClasses.length ? { dataClasses } : {}),
    ...(dimensions.length ? { dimensions } : {}),
    ...(vocabularies.length ? { vocabularies } : {}),
  };
}

// Maps a path in the merged document back to the part and path it came from.
function originOf(state: MergeState, path: readonly PathSegment[]): { part: number; path: PathSegment[] } {
  const [head, second, third] = path;
  const lists: readonly (readonly [string, Collected<unknown>])[] = [
    ['plans', state.plans],
    ['templates', state.templates],
    ['participantLists', state.participantLists],
    ['dataClasses', state.dataClasses],
    ['dimensions', state.dimensions],
    ['vocabularies', state.vocabularies],
  ];
  for (const [name, list] of lists) {
    const o = head === name && typeof second === 'number' ? list.origin[second] : undefined;
    if (o) return { part: o.part, path: [name, o.index, ...path.slice(2)] };
  }
  if (head === 'strategy' && typeof third === 'number') {
    const list =
      second === 'understrategier' ? state.understrategier : second === 'tiers' ? state.tiers : undefined;
    const o = list?.origin[third];
    if (o) return { part: o.part, path: ['strategy', second as string, o.index, ...path.slice(3)] };
  }
  const { tierSkipping, rusPart, arshjulPart } = state;
  if (head === 'strategy' && second === 'tierSkipping' && tierSkipping)
    return { part: tierSkipping.part, path: [...path] };
  if (head === 'strategy' && second === 'rus' && rusPart !== undefined)
    return { part: rusPart, path: [...path] };
  if (head === 'arshjul' && arshjulPart !== undefined) return { part: arshjulPart, path: [...path] };
  return { part: 0, path: [...path] };
}

// Moves findings about the merged document into the files they came from, each part located its own way.
function locateInParts(state: MergeState, list: readonly Finding[]): Finding[] {
  const { parts } = state;
  const byPart = new Map<number, Finding[]>();
  const out: Finding[] = [];
  for (const f of list) {
    if (!f.location.path || f.location.file !== undefined || parts.length === 0) {
      out.push(f);
      continue;
    }
    const o = originOf(state, f.location.path);
    const moved = { ...f, location: { ...f.location, path: o.path, ...fileOf(parts[o.part]) } };
    const group = byPart.get(o.part);
    if (group) group.push(moved);
    else byPart.set(o.part, [moved]);
  }
  for (const [part, group] of byPart) {
    const p = parts[part];
    append(out, p?.locate ? p.locate(group) : attachLocations(group, p?.source));
  }
  return out.sort(compareFindings);
}

function fileOf(part: DocumentPart | undefined): { file?: string } {
  return part?.file === undefined ? {} : { file: part.file };
}

function duplicateRus(parts: readonly DocumentPart[], first: number, part: number): Finding {
  return createFinding(
    'DUPLICATE_DEFINITION',
    { path: ['strategy', 'rus'], ...fileOf(parts[part]) },
    {
      kind: 'RUS',
      id: parts[part]!.document.strategy!.rus!.id,
      files: [parts[first]?.file ?? '#1', parts[part]?.file ?? '#2'],
    },
  );
}
