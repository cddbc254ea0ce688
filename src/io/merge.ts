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

/**
 * Merges a region's documents: the RUS from the one file that has it,
 * understrategier, plans and templates from all. References between files
 * resolve by id in the merged document. Documents with different `region`
 * values cannot be merged; a document without `region` joins any set.
 */
export function mergeDocuments(parts: readonly DocumentPart[]): DocumentSet {
  const findings: Finding[] = [];
  const regions = [
    ...new Set(parts.map((p) => p.document.region).filter((r): r is string => r !== undefined)),
  ];
  if (regions.length > 1) findings.push(createFinding('REGION_MISMATCH', { path: ['region'] }, { regions }));

  const plans: Plan[] = [];
  const planOrigin: Origin[] = [];
  const understrategier: Understrategi[] = [];
  const tiers: Tier[] = [];
  const tierOrigin: Origin[] = [];
  let tierSkipping: { value: 'forbidden' | 'allowed'; part: number } | undefined;
  const understrategiOrigin: Origin[] = [];
  const templates: Template[] = [];
  const templateOrigin: Origin[] = [];
  // Participant lists are kept as they are, in file order: the validator joins them to plans by id.
  const participantLists: ParticipantList[] = [];
  const listOrigin: Origin[] = [];
  // The region's own data classes and dimensions, declared in any of its files.
  const dataClasses: DataClassDef[] = [];
  const dataClassOrigin: Origin[] = [];
  const dimensions: DimensionDef[] = [];
  const dimensionOrigin: Origin[] = [];
  const vocabularies: VocabularyDef[] = [];
  const vocabularyOrigin: Origin[] = [];
  let rusPart: number | undefined;
  let arshjulPart: number | undefined;
  const firstFile = new Map<string, number>();
  const once = (kind: string, id: string, part: number, path: PathSegment[]) => {
    const key = `${kind}\u0000${id}`;
    const first = firstFile.get(key);
    if (first === undefined) {
      firstFile.set(key, part);
      return true;
    }
    if (first !== part) {
      const files = [parts[first]?.file ?? `#${first + 1}`, parts[part]?.file ?? `#${part + 1}`];
      findings.push(
        createFinding('DUPLICATE_DEFINITION', { path, ...fileOf(parts[part]) }, { kind, id, files }),
      );
      return false;
    }
    return true; // twice in one file: the validator's DUPLICATE_ID reports it with its location
  };

  parts.forEach(({ document }, part) => {
    const rus = document.strategy?.rus;
    if (rus) {
      if (rusPart === undefined) rusPart = part;
      else findings.push(duplicateRus(parts, rusPart, part));
    }
    // The ladder's tiers are collected like understrategier; `tierSkipping` is said once.
    (document.strategy?.tiers ?? []).forEach((t, index) => {
      if (!once('strategy.tiers', t.id, part, ['strategy', 'tiers', index])) return;
      tiers.push(t);
      tierOrigin.push({ part, index });
    });
    const skipping = document.strategy?.tierSkipping;
    if (skipping !== undefined) {
      if (tierSkipping === undefined) tierSkipping = { value: skipping, part };
      else {
        const files = [
          parts[tierSkipping.part]?.file ?? `#${tierSkipping.part + 1}`,
          parts[part]?.file ?? `#${part + 1}`,
        ];
        findings.push(
          createFinding(
            'DUPLICATE_DEFINITION',
            { path: ['strategy', 'tierSkipping'], ...fileOf(parts[part]) },
            { kind: 'strategy.tierSkipping', id: skipping, files },
          ),
        );
      }
    }
    (document.strategy?.understrategier ?? []).forEach((u, index) => {
      if (!once('Understrategi', u.id, part, ['strategy', 'understrategier', index])) return;
      understrategier.push(u);
      understrategiOrigin.push({ part, index });
    });
    (document.plans ?? []).forEach((p, index) => {
      if (!once('Plan', p.id, part, ['plans', index])) return;
      plans.push(p);
      planOrigin.push({ part, index });
    });
    (document.templates ?? []).forEach((t, index) => {
      if (!once('Template', t.id, part, ['templates', index])) return;
      templates.push(t);
      templateOrigin.push({ part, index });
    });
    // The årshjul, like the RUS, is the region's one: from the first file that has it.
    if (document.arshjul) {
      if (arshjulPart === undefined) arshjulPart = part;
      else
        findings.push(
          createFinding(
            'DUPLICATE_DEFINITION',
            { path: ['arshjul'], ...fileOf(parts[part]) },
            {
              kind: 'Årshjul',
              id: 'arshjul',
              files: [parts[arshjulPart]?.file ?? `#${arshjulPart + 1}`, parts[part]?.file ?? `#${part + 1}`],
            },
          ),
        );
    }
    (document.participantLists ?? []).forEach((l, index) => {
      participantLists.push(l);
      listOrigin.push({ part, index });
    });
    (document.dataClasses ?? []).forEach((d, index) => {
      if (!once('dataClasses', d.id, part, ['dataClasses', index])) return;
      dataClasses.push(d);
      dataClassOrigin.push({ part, index });
    });
    (document.dimensions ?? []).forEach((d, index) => {
      if (!once('dimensions', d.id, part, ['dimensions', index])) return;
      dimensions.push(d);
      dimensionOrigin.push({ part, index });
    });
    // A region declares each vocabulary (or its additions to one of the library's) in one file.
    (document.vocabularies ?? []).forEach((v, index) => {
      if (!once('vocabularies', v.id, part, ['vocabularies', index])) return;
      vocabularies.push(v);
      vocabularyOrigin.push({ part, index });
    });
  });

  const rus = rusPart === undefined ? undefined : parts[rusPart]!.document.strategy?.rus;
  const strategy =
    rus || understrategier.length || tiers.length
      ? {
          ...(rus ? { rus } : {}),
          ...(tiers.length ? { tiers } : {}),
          ...(tierSkipping ? { tierSkipping: tierSkipping.value } : {}),
          ...(understrategier.length ? { understrategier } : {}),
        }
      : undefined;
  const document: Document = {
    formatVersion: FORMAT_VERSION,
    ...(regions[0] !== undefined ? { region: regions[0] } : {}),
    ...(strategy ? { strategy } : {}),
    ...(plans.length ? { plans } : {}),
    ...(templates.length ? { templates } : {}),
    ...(arshjulPart !== undefined ? { arshjul: parts[arshjulPart]!.document.arshjul! } : {}),
    ...(participantLists.length ? { participantLists } : {}),
    ...(dataClasses.length ? { dataClasses } : {}),
    ...(dimensions.length ? { dimensions } : {}),
    ...(vocabularies.length ? { vocabularies } : {}),
  };

  // Maps a path in the merged document back to the part and path it came from.
  const origin = (path: readonly PathSegment[]): { part: number; path: PathSegment[] } => {
    const [head, second, third, ...rest] = path;
    if (head === 'plans' && typeof second === 'number' && planOrigin[second]) {
      const o = planOrigin[second]!;
      return { part: o.part, path: ['plans', o.index, ...(third === undefined ? [] : [third]), ...rest] };
    }
    if (head === 'templates' && typeof second === 'number' && templateOrigin[second]) {
      const o = templateOrigin[second]!;
      return { part: o.part, path: ['templates', o.index, ...(third === undefined ? [] : [third]), ...rest] };
    }
    if (head === 'participantLists' && typeof second === 'number' && listOrigin[second]) {
      const o = listOrigin[second]!;
      return {
        part: o.part,
        path: ['participantLists', o.index, ...(third === undefined ? [] : [third]), ...rest],
      };
    }
    if (head === 'dataClasses' && typeof second === 'number' && dataClassOrigin[second]) {
      const o = dataClassOrigin[second]!;
      return {
        part: o.part,
        path: ['dataClasses', o.index, ...(third === undefined ? [] : [third]), ...rest],
      };
    }
    if (head === 'dimensions' && typeof second === 'number' && dimensionOrigin[second]) {
      const o = dimensionOrigin[second]!;
      return {
        part: o.part,
        path: ['dimensions', o.index, ...(third === undefined ? [] : [third]), ...rest],
      };
    }
    if (head === 'vocabularies' && typeof second === 'number' && vocabularyOrigin[second]) {
      const o = vocabularyOrigin[second]!;
      return {
        part: o.part,
        path: ['vocabularies', o.index, ...(third === undefined ? [] : [third]), ...rest],
      };
    }
    if (
      head === 'strategy' &&
      second === 'understrategier' &&
      typeof third === 'number' &&
      understrategiOrigin[third]
    ) {
      const o = understrategiOrigin[third]!;
      return { part: o.part, path: ['strategy', 'understrategier', o.index, ...rest] };
    }
    if (head === 'strategy' && second === 'tiers' && typeof third === 'number' && tierOrigin[third]) {
      const o = tierOrigin[third]!;
      return { part: o.part, path: ['strategy', 'tiers', o.index, ...rest] };
    }
    if (head === 'strategy' && second === 'tierSkipping' && tierSkipping)
      return { part: tierSkipping.part, path: [...path] };
    if (head === 'strategy' && second === 'rus' && rusPart !== undefined)
      return { part: rusPart, path: [...path] };
    if (head === 'arshjul' && arshjulPart !== undefined) return { part: arshjulPart, path: [...path] };
    return { part: 0, path: [...path] };
  };

  const locate = (list: readonly Finding[]): Finding[] => {
    const byPart = new Map<number, Finding[]>();
    const out: Finding[] = [];
    for (const f of list) {
      if (!f.location.path || f.location.file !== undefined || parts.length === 0) {
        out.push(f);
        continue;
      }
      const o = origin(f.location.path);
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
  };

  return { document, findings: locate(findings), locate };
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
