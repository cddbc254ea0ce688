import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachLocations,
  type Classification,
  type Document,
  knownVocabularies,
  mergeDocuments,
  NATIONELL_STRATEGI_2015_2020,
  parseDocument,
  VOCABULARIES,
  type VocabularyDef,
  validate,
} from '../../../src/index.js';
import { readWorkbook, writeWorkbook } from '../../../src/node/spreadsheet/index.js';
import { classification } from '../../../src/validate/rules/classification.js';
import { findingData } from '../../support/findings.js';
import { plan, ruleCases } from './support.js';

// Versioned classification vocabularies (issue 16, item 4): a plan is checked against the
// version valid for its period; a term of another version and a fokusområde under another
// prioritering are findings.
const CODES = [
  'CLASSIFICATION_UNKNOWN_VALUE',
  'VOCABULARY_UNKNOWN',
  'CLASSIFICATION_OTHER_VERSION',
  'FOKUSOMRADE_OUTSIDE_PRIORITERING',
  'VOCABULARY_NO_VERSION',
];

function doc(
  classification: Classification,
  period?: { from: number | string; to: number | string },
  vocabularies?: VocabularyDef[],
): Document {
  return {
    formatVersion: 1,
    plans: [
      {
        id: 'p',
        name: 'Företagslotsen',
        kind: 'projekt',
        ...(period ? { period } : {}),
        classification,
        boxes: [],
      },
    ],
    ...(vocabularies ? { vocabularies } : {}),
  } as Document;
}

const ofCodes = (d: Document) => validate(d).findings.filter((f) => CODES.includes(f.code));
const brief = (d: Document) => ofCodes(d).map((f) => [f.code, f.location.path, f.details]);

describe('the bundled vocabularies', () => {
  it('hold the insatsresa 2015–2020 complete, with the three terms seed 004 adds', () => {
    const v = NATIONELL_STRATEGI_2015_2020;
    expect(v.fokusomrade).toContain('Närområdet både handel och stärkt samarbete');
    expect(v.projekttyp).toContain('Finansieringsinstrument');
    expect(v.syfte).toContain('Destinationsutveckling');
    expect(
      ofCodes(
        doc({
          vocabulary: 'nationell-strategi-2015-2020',
          prioritering: 'Internationellt samarbete',
          fokusomrade: 'Närområdet både handel och stärkt samarbete',
          projekttyp: 'Finansieringsinstrument',
          syfte: ['Destinationsutveckling'],
        }),
      ),
    ).toEqual([]);
  });

  it('place every fokusområde of 2015–2020 under one of its prioriteringar', () => {
    const v = NATIONELL_STRATEGI_2015_2020;
    expect(Object.keys(v.fokusomradeUnder).sort()).toEqual([...v.fokusomrade].sort());
    for (const p of Object.values(v.fokusomradeUnder)) expect(v.prioritering).toContain(p);
  });

  it('carry a series, a version and a validity period each', () => {
    expect(
      [...VOCABULARIES.values()].map((v) => [v.id, v.series, v.version, v.valid?.from, v.valid?.to]),
    ).toEqual([
      ['nationell-strategi-2015-2020', 'nationell-strategi', '2015–2020', 2015, 2020],
      ['nationell-strategi-2021-2027', 'nationell-strategi', '2021–2027', 2021, 2027],
    ]);
  });
});

describe('CLASSIFICATION_OTHER_VERSION', () => {
  it('names both versions when a plan of 2022–2024 uses a 2015–2020 term', () => {
    const d = doc(
      { vocabulary: 'nationell-strategi', prioritering: 'Innovation och företagande', bransch: ['KKN'] },
      { from: 2022, to: 2024 },
    );
    expect(brief(d)).toEqual([
      [
        'CLASSIFICATION_OTHER_VERSION',
        ['plans', 0, 'classification', 'bransch', 0],
        {
          plan: 'p',
          field: 'bransch',
          term: 'KKN',
          planPeriod: '2022–2024',
          vocabulary: ['nationell-strategi-2021-2027'],
          foundIn: ['nationell-strategi-2015-2020'],
        },
      ],
      [
        'CLASSIFICATION_OTHER_VERSION',
        ['plans', 0, 'classification', 'prioritering'],
        {
          plan: 'p',
          field: 'prioritering',
          term: 'Innovation och företagande',
          planPeriod: '2022–2024',
          vocabulary: ['nationell-strategi-2021-2027'],
          foundIn: ['nationell-strategi-2015-2020'],
        },
      ],
    ]);
    const f = ofCodes(d)[1]!;
    expect(f.severity).toBe('warning');
    expect(f.location.plan).toBe('p');
    expect(findingData(f)).toEqual({
      code: 'CLASSIFICATION_OTHER_VERSION',
      details: {
        field: 'prioritering',
        foundIn: ['nationell-strategi-2015-2020'],
        plan: 'p',
        planPeriod: '2022–2024',
        term: 'Innovation och företagande',
        vocabulary: ['nationell-strategi-2021-2027'],
      },
      location: { path: ['plans', 0, 'classification', 'prioritering'], plan: 'p' },
      severity: 'warning',
    });
  });

  it('also when a plan names a version whose list does not hold a term of another version', () => {
    const d = doc({ vocabulary: 'nationell-strategi-2021-2027', syfte: ['Digitalisering'] });
    expect(brief(d)).toEqual([
      [
        'CLASSIFICATION_OTHER_VERSION',
        ['plans', 0, 'classification', 'syfte', 0],
        {
          plan: 'p',
          field: 'syfte',
          term: 'Digitalisering',
          planPeriod: null,
          vocabulary: ['nationell-strategi-2021-2027'],
          foundIn: ['nationell-strategi-2015-2020'],
        },
      ],
    ]);
  });

  it('is silenced by the region adding the term to the version of its period', () => {
    const d = doc(
      { vocabulary: 'nationell-strategi', prioritering: 'Innovation och företagande' },
      { from: 2022, to: 2024 },
      [{ id: 'nationell-strategi-2021-2027', prioritering: ['Innovation och företagande'] }],
    );
    expect(brief(d)).toEqual([]);
  });

  it('is located in the YAML file', () => {
    const text = [
      'formatVersion: 1',
      'plans:',
      '  - id: p',
      '    name: Företagslotsen',
      '    kind: projekt',
      '    period: { from: 2023, to: 2025 }',
      '    classification:',
      '      vocabulary: nationell-strategi',
      '      projekttyp: Förstudie',
      '    boxes: []',
      '',
    ].join('\n');
    const parsed = parseDocument(text, { file: 'p.yaml' });
    if (!parsed.ok) throw new Error('the document does not parse');
    const f = validate(parsed.value, { locate: (x) => attachLocations(x, parsed.source) }).findings.find(
      (x) => x.code === 'CLASSIFICATION_OTHER_VERSION',
    );
    expect(f?.location).toMatchObject({ plan: 'p', line: 9 });
  });
});

describe('a period that spans two versions', () => {
  const spanning = (c: Omit<Classification, 'vocabulary'>) =>
    doc({ vocabulary: 'nationell-strategi', ...c }, { from: 2019, to: 2021 });

  it('accepts a term of either version', () => {
    expect(brief(spanning({ prioritering: 'Kompetensförsörjning', syfte: ['Fler nya företag'] }))).toEqual(
      [],
    );
    // A term the region added to 2021–2027 only.
    const added = doc(
      { vocabulary: 'nationell-strategi', prioritering: 'Regionens egen prioritering' },
      { from: 2019, to: 2021 },
      [{ id: 'nationell-strategi-2021-2027', prioritering: ['Regionens egen prioritering'] }],
    );
    expect(brief(added)).toEqual([]);
  });

  it('reports a term of neither against the version that documents the field', () => {
    expect(brief(spanning({ prioritering: 'Innovation & företagande' }))).toEqual([
      [
        'CLASSIFICATION_UNKNOWN_VALUE',
        ['plans', 0, 'classification', 'prioritering'],
        {
          field: 'prioritering',
          value: 'Innovation & företagande',
          vocabulary: 'nationell-strategi-2015-2020',
          expected: [...NATIONELL_STRATEGI_2015_2020.prioritering],
          suggestion: 'Innovation och företagande',
        },
      ],
    ]);
  });

  it('reads dates in the period by their year', () => {
    const d = doc(
      { vocabulary: 'nationell-strategi', prioritering: 'Övrigt' },
      { from: '2021-03-01', to: '2022-06-30' },
    );
    expect(ofCodes(d).map((f) => [f.code, f.details.planPeriod])).toEqual([
      ['CLASSIFICATION_OTHER_VERSION', '2021–2022'],
    ]);
  });
});

describe('VOCABULARY_NO_VERSION', () => {
  it('notes a plan whose period no version of the named series covers', () => {
    const d = doc({ vocabulary: 'nationell-strategi', prioritering: 'Övrigt' }, { from: 2030, to: 2032 });
    const found = ofCodes(d);
    expect(brief(d)).toEqual([
      [
        'VOCABULARY_NO_VERSION',
        ['plans', 0, 'classification', 'vocabulary'],
        {
          plan: 'p',
          series: 'nationell-strategi',
          planPeriod: '2030–2032',
          versions: ['nationell-strategi-2015-2020 (2015–2020)', 'nationell-strategi-2021-2027 (2021–2027)'],
        },
      ],
    ]);
    expect(found[0]!.severity).toBe('info');
  });

  it('is not given to a plan without a period: it is checked against every version', () => {
    expect(brief(doc({ vocabulary: 'nationell-strategi', prioritering: 'Övrigt' }))).toEqual([]);
    expect(brief(doc({ vocabulary: 'nationell-strategi', prioritering: 'Övrig' })).map((f) => f[0])).toEqual([
      'CLASSIFICATION_UNKNOWN_VALUE',
    ]);
  });
});

describe('FOKUSOMRADE_OUTSIDE_PRIORITERING', () => {
  it('reports a fokusområde under another prioritering, at the fokusområde', () => {
    const d = doc({
      vocabulary: 'nationell-strategi-2015-2020',
      prioritering: 'Kompetensförsörjning',
      fokusomrade: 'Innovation',
    });
    expect(brief(d)).toEqual([
      [
        'FOKUSOMRADE_OUTSIDE_PRIORITERING',
        ['plans', 0, 'classification', 'fokusomrade'],
        {
          plan: 'p',
          fokusomrade: 'Innovation',
          prioritering: 'Kompetensförsörjning',
          belongsTo: 'Innovation och företagande',
          vocabulary: 'nationell-strategi-2015-2020',
        },
      ],
    ]);
  });

  it('says nothing more when the prioritering itself is unknown', () => {
    const d = doc({
      vocabulary: 'nationell-strategi-2015-2020',
      prioritering: 'Innovation',
      fokusomrade: 'Innovation',
    });
    expect(brief(d).map((f) => f[0])).toEqual(['CLASSIFICATION_UNKNOWN_VALUE']);
  });

  it('accepts every pair the vocabulary declares', () => {
    const v = NATIONELL_STRATEGI_2015_2020;
    for (const [fokus, prio] of Object.entries(v.fokusomradeUnder))
      expect(brief(doc({ vocabulary: v.id, prioritering: prio, fokusomrade: fokus }))).toEqual([]);
  });

  it('holds for any pair: a finding exactly when the pair is not declared (property)', () => {
    const v = NATIONELL_STRATEGI_2015_2020;
    const under: Record<string, string> = v.fokusomradeUnder;
    fc.assert(
      fc.property(fc.constantFrom(...v.prioritering), fc.constantFrom(...v.fokusomrade), (prio, fokus) => {
        const codes = brief(doc({ vocabulary: v.id, prioritering: prio, fokusomrade: fokus })).map(
          (f) => f[0],
        );
        expect(codes).toEqual(under[fokus] === prio ? [] : ['FOKUSOMRADE_OUTSIDE_PRIORITERING']);
      }),
    );
  });
});

describe("a region's own vocabulary", () => {
  const gotland: VocabularyDef = {
    id: 'gotland-2022',
    series: 'gotland',
    version: '2022–2025',
    valid: { from: 2022, to: 2025 },
    prioritering: ['Besöksnäring', 'Mat och livsmedel'],
    fokusomrade: ['Året-runt-turism', 'Förädling'],
    fokusomradeUnder: [
      { prioritering: 'Besöksnäring', fokusomrade: ['Året-runt-turism'] },
      { prioritering: 'Mat och livsmedel', fokusomrade: ['Förädling'] },
    ],
  };

  it('is checked like the library’s, by id or by series and period', () => {
    expect(
      brief(
        doc(
          { vocabulary: 'gotland', prioritering: 'Besöksnäring', fokusomrade: 'Förädling' },
          { from: 2023, to: 2024 },
          [gotland],
        ),
      ),
    ).toEqual([
      [
        'FOKUSOMRADE_OUTSIDE_PRIORITERING',
        ['plans', 0, 'classification', 'fokusomrade'],
        {
          plan: 'p',
          fokusomrade: 'Förädling',
          prioritering: 'Besöksnäring',
          belongsTo: 'Mat och livsmedel',
          vocabulary: 'gotland-2022',
        },
      ],
    ]);
    expect(
      brief(
        doc({ vocabulary: 'gotland-2022', prioritering: 'Besöksnäringen' }, undefined, [gotland]),
      )[0]?.[2],
    ).toMatchObject({ suggestion: 'Besöksnäring', vocabulary: 'gotland-2022' });
  });

  it('counts the fokusområden of fokusomradeUnder as terms', () => {
    const groupsOnly: VocabularyDef = {
      id: 'g',
      prioritering: ['A'],
      fokusomradeUnder: [{ prioritering: 'A', fokusomrade: ['Ett'] }],
    };
    expect(knownVocabularies([groupsOnly]).get('g')!.fokusomrade).toEqual(['Ett']);
    expect(
      brief(doc({ vocabulary: 'g', prioritering: 'A', fokusomrade: 'Två' }, undefined, [groupsOnly]))[0]?.[0],
    ).toBe('CLASSIFICATION_UNKNOWN_VALUE');
  });

  it('leaves a field whose list it does not give unchecked', () => {
    expect(
      brief(doc({ vocabulary: 'gotland-2022', bransch: ['Vad som helst'] }, undefined, [gotland])),
    ).toEqual([]);
  });

  it('joins additions to a library vocabulary and may move its validity', () => {
    const known = knownVocabularies([
      { id: 'nationell-strategi-2015-2020', syfte: ['Kompetensutveckling'], valid: { from: 2014, to: 2021 } },
    ]);
    const v = known.get('nationell-strategi-2015-2020')!;
    expect(v.syfte.at(-1)).toBe('Kompetensutveckling');
    expect(v.syfte.slice(0, -1)).toEqual([...NATIONELL_STRATEGI_2015_2020.syfte]);
    expect(v.valid).toEqual({ from: 2014, to: 2021 });
    expect(v.fokusomradeUnder).toEqual(NATIONELL_STRATEGI_2015_2020.fokusomradeUnder);
    // The library's own table is untouched.
    expect(VOCABULARIES.get('nationell-strategi-2015-2020')!.syfte).not.toContain('Kompetensutveckling');
  });

  it('has SPAN_REVERSED, located in its file, when its validity runs backwards', () => {
    const text = [
      'formatVersion: 1',
      'vocabularies:',
      '  - id: gotland-2022',
      '    valid: { from: 2025, to: 2022 }',
      '',
    ].join('\n');
    const parsed = parseDocument(text, { file: 'v.yaml' });
    if (!parsed.ok) throw new Error('the document does not parse');
    const f = validate(parsed.value, { locate: (x) => attachLocations(x, parsed.source) }).findings;
    expect(f.map((x) => [x.code, x.location.path, x.location.line, x.details])).toEqual([
      ['SPAN_REVERSED', ['vocabularies', 0, 'valid'], 4, { from: 2025, to: 2022 }],
    ]);
  });

  it('cannot reach the prototype through a fokusområde named __proto__', () => {
    const known = knownVocabularies([
      { id: 'x', prioritering: ['A'], fokusomradeUnder: [{ prioritering: 'A', fokusomrade: ['__proto__'] }] },
    ]);
    const under = known.get('x')!.fokusomradeUnder!;
    expect(Object.hasOwn(under, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(under)).toBe(Object.prototype);
    expect(
      brief(
        doc({ vocabulary: 'x', prioritering: 'A', fokusomrade: 'constructor' }, undefined, [
          { id: 'x', prioritering: ['A'] },
        ]),
      ),
    ).toEqual([]);
  });

  it('is declared in any file of the region, once', () => {
    const plans = doc({ vocabulary: 'gotland', prioritering: 'Besöksnäring' }, { from: 2023, to: 2024 });
    const set = mergeDocuments([
      { document: plans, file: 'plans.yaml' },
      { document: { formatVersion: 1, vocabularies: [gotland] } as Document, file: 'vocabularies.yaml' },
    ]);
    expect(set.findings).toEqual([]);
    expect(brief(set.document)).toEqual([]);
    const twice = mergeDocuments([
      { document: { formatVersion: 1, vocabularies: [gotland] } as Document, file: 'a.yaml' },
      { document: { formatVersion: 1, vocabularies: [gotland] } as Document, file: 'b.yaml' },
    ]);
    expect(twice.findings.map((f) => [f.code, f.location.file, f.details.kind])).toEqual([
      ['DUPLICATE_DEFINITION', 'b.yaml', 'vocabularies'],
    ]);
  });

  it('travels through a workbook and back unchanged', async () => {
    const d = doc({ vocabulary: 'gotland', prioritering: 'Besöksnäring' }, { from: 2023, to: 2024 }, [
      gotland,
      { id: 'nationell-strategi-2021-2027', prioritering: ['Kompetensförsörjning'] },
    ]);
    const written = await writeWorkbook(d, { spareRows: 0 });
    expect(written.findings.map((f) => [f.code, f.details.sheet, f.details.keys])).toEqual([
      ['SHEET_CARRIED_AS_JSON', 'Om', ['vocabularies']],
    ]);
    const read = await readWorkbook(written.bytes, { file: 'plan.xlsx' });
    expect(read.findings).toEqual([]);
    expect(JSON.stringify(read.document)).toBe(JSON.stringify(d));
  });
});

describe('classification: the small valid document, edited', () => {
  ruleCases(classification, [
    [
      'CLASSIFICATION_UNKNOWN_VALUE',
      (d) =>
        void (plan(d).classification = {
          vocabulary: 'nationell-strategi-2015-2020',
          prioritering: 'Innovation och företagand',
        }),
      ['CLASSIFICATION_UNKNOWN_VALUE'],
    ],
    [
      'VOCABULARY_UNKNOWN',
      (d) => void (plan(d).classification = { vocabulary: 'nationell-strategi-2030' }),
      ['VOCABULARY_UNKNOWN'],
    ],
  ]);
});
