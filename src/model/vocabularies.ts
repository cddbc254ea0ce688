/** A versioned vocabulary for classifying plans (insatsresa fields, domain §5). */
export interface Vocabulary {
  readonly id: string;
  readonly name: string;
  readonly prioritering: readonly string[];
  readonly fokusomrade: readonly string[];
  readonly projekttyp: readonly string[];
  readonly bransch: readonly string[];
  readonly syfte: readonly string[];
}

/** The national strategy 2015–2020's lists, as Tillväxtverket's sketch gives them (seed 004). */
export const NATIONELL_STRATEGI_2015_2020 = {
  id: 'nationell-strategi-2015-2020',
  name: 'Nationell strategi för hållbar regional tillväxt och attraktionskraft 2015–2020',
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
  ],
  projekttyp: ['Förstudie', 'Genomförandeprojekt', 'Ramprojekt', 'Samverkansprojekt'],
  bransch: ['KKN', 'Besöksnäring', 'Industri', 'Hälsa/vård/omsorg', 'Livsmedel'],
  syfte: [
    'Export/nya marknader',
    'Smart specialisering',
    'Digitalisering',
    'Affärsutveckling',
    'Förenkling',
    'Fler nya företag',
    'Tillväxt i befintliga företag',
  ],
} as const satisfies Vocabulary;

/** The vocabularies the library knows, by id. */
export const VOCABULARIES: ReadonlyMap<string, Vocabulary> = new Map([
  [NATIONELL_STRATEGI_2015_2020.id, NATIONELL_STRATEGI_2015_2020],
]);
