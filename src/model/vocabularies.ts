import { z } from 'zod';
import { Id, Text } from './ids.js';
import type { DeepReadonly } from './readonly.js';
import { Year } from './time.js';

/** The classification fields whose values come from a vocabulary. */
export const VOCABULARY_FIELDS = ['prioritering', 'fokusomrade', 'projekttyp', 'bransch', 'syfte'] as const;
/** A classification field whose values come from a vocabulary. */
export type VocabularyField = (typeof VOCABULARY_FIELDS)[number];

/**
 * A versioned vocabulary for classifying plans (insatsresa fields, domain §5).
 * The versions of one vocabulary share a `series` ("nationell-strategi"); each
 * version is valid for a span of years.
 */
export interface Vocabulary {
  /** The version's id, e.g. "nationell-strategi-2015-2020"; a plan names it in `classification.vocabulary`. */
  readonly id: string;
  readonly name: string;
  /** The id the versions of one vocabulary share; a plan that names it is checked against the version valid for its period. */
  readonly series: string;
  /** The version's label, e.g. "2015–2020". */
  readonly version: string;
  /** The first and the last year the version is valid (both included); left out, it is valid every year. */
  readonly valid?: { readonly from: number; readonly to: number };
  readonly prioritering: readonly string[];
  readonly fokusomrade: readonly string[];
  /** The prioritering each fokusområde belongs to; a fokusområde not named here belongs to none in particular. */
  readonly fokusomradeUnder?: Readonly<Record<string, string>>;
  readonly projekttyp: readonly string[];
  readonly bransch: readonly string[];
  readonly syfte: readonly string[];
  /**
   * Fields whose list no source documents for this version: their values are not
   * checked, except that a term of another version of the series is reported.
   */
  readonly undocumented?: readonly VocabularyField[];
}

/**
 * The national strategy 2015–2020's lists, as Tillväxtverket's sketch of the
 * insatsresa gives them (seed 004, the slides "Insatsresa" and "Typ av projekt …").
 * Which fokusområde belongs to which prioritering is read from the order of the
 * slide "Insatsresa – Innehåll" (see docs/format.md).
 */
export const NATIONELL_STRATEGI_2015_2020 = {
  id: 'nationell-strategi-2015-2020',
  name: 'Nationell strategi för hållbar regional tillväxt och attraktionskraft 2015–2020',
  series: 'nationell-strategi',
  version: '2015–2020',
  valid: { from: 2015, to: 2020 },
  prioritering: [
    'Innovation och företagande',
    'Attraktiva miljöer och tillgänglighet',
    'Kompetensförsörjning',
    'Internationellt samarbete',
    'Övrigt',
  ],
  fokusomrade: [
    'Innovation',
    'Företagande och entreprenörskap',
    'Miljödriven näringslivsutveckling',
    'Tillgänglighet genom transportsystemet',
    'Tillgänglighet genom informationsteknik',
    'Kompetensförsörjning',
    'Fysisk planering och boende',
    'Internationellt samarbete',
    'Kultur och fritid',
    'Kommersiell och offentlig service',
    'Närområdet både handel och stärkt samarbete',
  ],
  fokusomradeUnder: {
    Innovation: 'Innovation och företagande',
    'Företagande och entreprenörskap': 'Innovation och företagande',
    'Miljödriven näringslivsutveckling': 'Innovation och företagande',
    'Tillgänglighet genom transportsystemet': 'Attraktiva miljöer och tillgänglighet',
    'Tillgänglighet genom informationsteknik': 'Attraktiva miljöer och tillgänglighet',
    'Fysisk planering och boende': 'Attraktiva miljöer och tillgänglighet',
    'Kultur och fritid': 'Attraktiva miljöer och tillgänglighet',
    'Kommersiell och offentlig service': 'Attraktiva miljöer och tillgänglighet',
    Kompetensförsörjning: 'Kompetensförsörjning',
    'Internationellt samarbete': 'Internationellt samarbete',
    'Närområdet både handel och stärkt samarbete': 'Internationellt samarbete',
  },
  projekttyp: [
    'Förstudie',
    'Genomförandeprojekt',
    'Ramprojekt',
    'Samverkansprojekt',
    'Finansieringsinstrument',
  ],
  bransch: ['KKN', 'Besöksnäring', 'Industri', 'Hälsa/vård/omsorg', 'Livsmedel'],
  syfte: [
    'Export/nya marknader',
    'Smart specialisering',
    'Digitalisering',
    'Affärsutveckling',
    'Förenkling',
    'Fler nya företag',
    'Tillväxt i befintliga företag',
    'Destinationsutveckling',
  ],
} as const satisfies Vocabulary;

/**
 * The programme period 2021–2027: its id, version and validity. No source the
 * library builds on (seeds, domain notes) documents its lists, so they are empty
 * and unchecked; a region declares the terms it uses in its files (`vocabularies`).
 */
export const NATIONELL_STRATEGI_2021_2027 = {
  id: 'nationell-strategi-2021-2027',
  name: 'Programperioden 2021–2027',
  series: 'nationell-strategi',
  version: '2021–2027',
  valid: { from: 2021, to: 2027 },
  prioritering: [],
  fokusomrade: [],
  projekttyp: [],
  bransch: [],
  syfte: [],
  undocumented: ['prioritering', 'fokusomrade', 'projekttyp', 'bransch', 'syfte'],
} as const satisfies Vocabulary;

/** The vocabularies the library knows, by id. */
export const VOCABULARIES: ReadonlyMap<string, Vocabulary> = new Map<string, Vocabulary>([
  [NATIONELL_STRATEGI_2015_2020.id, NATIONELL_STRATEGI_2015_2020],
  [NATIONELL_STRATEGI_2021_2027.id, NATIONELL_STRATEGI_2021_2027],
]);

/** Fokusområden that belong to one prioritering, in a vocabulary a region declares. */
export const FokusomradeGroup = z.looseObject({
  prioritering: Text,
  fokusomrade: z.array(Text),
});
/** Fokusområden that belong to one prioritering. */
export type FokusomradeGroup = DeepReadonly<z.infer<typeof FokusomradeGroup>>;

/**
 * A vocabulary a region declares in its files (`vocabularies`). With the id of a
 * vocabulary the library knows, it adds terms to it (and `name`, `version` or
 * `valid`, when given, replace the library's); with an id of its own, it is a
 * whole vocabulary. A field whose list it does not give is not checked.
 */
export const VocabularyDef = z.looseObject({
  id: Id,
  name: Text.optional(),
  /** The id the versions of one vocabulary share; left out, the vocabulary's own id. */
  series: Id.optional(),
  /** The version's label ("2022–2025"); left out, the id. */
  version: Text.optional(),
  /** The first and the last year the version is valid (both included); a reversed one is `SPAN_REVERSED`. */
  valid: z.looseObject({ from: Year, to: Year }).optional(),
  prioritering: z.array(Text).optional(),
  fokusomrade: z.array(Text).optional(),
  /** Which prioritering fokusområden belong to: `[{ prioritering, fokusomrade: [..] }]`. */
  fokusomradeUnder: z.array(FokusomradeGroup).optional(),
  projekttyp: z.array(Text).optional(),
  bransch: z.array(Text).optional(),
  syfte: z.array(Text).optional(),
});
/** A vocabulary a region declares in its files. */
export type VocabularyDef = DeepReadonly<z.infer<typeof VocabularyDef>>;

/**
 * The vocabularies a document can name: the library's, with the region's
 * additions joined in, and the region's own. Declarations are applied in order.
 */
export function knownVocabularies(
  declared: readonly VocabularyDef[] | undefined,
): ReadonlyMap<string, Vocabulary> {
  if (!declared?.length) return VOCABULARIES;
  const out = new Map<string, Vocabulary>(VOCABULARIES);
  for (const d of declared) {
    const base = out.get(d.id);
    const undocumented: VocabularyField[] = [];
    const list = (field: VocabularyField): string[] => {
      const merged = [...(base?.[field] ?? [])];
      // The fokusområden of `fokusomradeUnder` are terms of `fokusomrade` too.
      const terms = [...(d[field] ?? [])];
      if (field === 'fokusomrade')
        for (const g of d.fokusomradeUnder ?? []) for (const t of g.fokusomrade) terms.push(t);
      for (const term of terms) if (!merged.includes(term)) merged.push(term);
      const given = d[field] !== undefined || (field === 'fokusomrade' && d.fokusomradeUnder !== undefined);
      if (base ? base.undocumented?.includes(field) && !given : !given) undocumented.push(field);
      return merged;
    };
    const valid = d.valid ? { from: d.valid.from, to: d.valid.to } : base?.valid;
    const under: Record<string, string> = { ...(base?.fokusomradeUnder ?? {}) };
    for (const group of d.fokusomradeUnder ?? [])
      for (const fokus of group.fokusomrade)
        Object.defineProperty(under, fokus, {
          value: group.prioritering,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    const vocabulary: Vocabulary = {
      id: d.id,
      name: d.name ?? base?.name ?? d.id,
      series: d.series ?? base?.series ?? d.id,
      version: d.version ?? base?.version ?? d.id,
      ...(valid ? { valid } : {}),
      prioritering: list('prioritering'),
      fokusomrade: list('fokusomrade'),
      ...(Object.keys(under).length ? { fokusomradeUnder: under } : {}),
      projekttyp: list('projekttyp'),
      bransch: list('bransch'),
      syfte: list('syfte'),
      ...(undocumented.length ? { undocumented } : {}),
    };
    out.set(d.id, vocabulary);
  }
  return out;
}
