import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachLocations,
  type Document,
  mergeDocuments,
  parseDocument,
  type Split,
  validate,
} from '../../../src/index.js';
import {
  allowsGroup,
  isComplete,
  knownDimensions,
  splitTolerance,
} from '../../../src/model/disaggregation.js';

const CODES = [
  'DISAGGREGATION_PARTS_EXCEED_TOTAL',
  'DISAGGREGATION_SUM_MISMATCH',
  'DISAGGREGATION_DIMENSION_UNKNOWN',
  'DISAGGREGATION_GROUP_UNKNOWN',
];

const ofCodes = (doc: Document) => validate(doc).findings.filter((f) => CODES.includes(f.code));

function doc(
  kind: 'count' | 'sek' | 'percent',
  value: number,
  splits: Split[],
  extra: Partial<Document> = {},
) {
  return {
    formatVersion: 1,
    ...extra,
    plans: [
      {
        id: 'p',
        name: 'Företagslotsen',
        kind: 'projekt',
        boxes: [
          {
            id: 'lotsade',
            level: 'prestationer',
            text: 'Företagare lotsas',
            indicators: [
              {
                id: 'antal',
                name: 'Antal lotsade',
                kind,
                baseline: { value: 0, year: 2023 },
                measurements: [{ period: 2025, value, splits }],
              },
            ],
          },
        ],
      },
    ],
  } as Document;
}

describe('disaggregation rule', () => {
  it('parts over the total are an error located at the parts, with the sums in details', () => {
    const found = ofCodes(
      doc('count', 40, [
        {
          dimension: 'kon',
          parts: [
            { group: 'kvinnor', value: 24 },
            { group: 'män', value: 19 },
          ],
        },
      ]),
    );
    expect(found).toMatchObject([
      {
        code: 'DISAGGREGATION_PARTS_EXCEED_TOTAL',
        severity: 'error',
        location: {
          plan: 'p',
          box: 'lotsade',
          indicator: 'antal',
          path: ['plans', 0, 'boxes', 0, 'indicators', 0, 'measurements', 0, 'splits', 0, 'parts'],
        },
        details: {
          indicator: 'antal',
          plan: 'p',
          field: 'measurements[0]',
          dimension: 'kon',
          total: 40,
          sum: 43,
        },
      },
    ]);
  });

  it('a complete split (every kön value, or complete: true) must add up; a partial one may fall short', () => {
    const all = [
      { group: 'kvinnor', value: 18 },
      { group: 'män', value: 19 },
      { group: 'annat', value: 1 },
    ];
    expect(ofCodes(doc('count', 40, [{ dimension: 'kon', parts: all }]))).toMatchObject([
      {
        code: 'DISAGGREGATION_SUM_MISMATCH',
        severity: 'warning',
        details: { completeBy: 'values', sum: 38 },
      },
    ]);
    expect(ofCodes(doc('count', 40, [{ dimension: 'kon', parts: all, complete: false }]))).toEqual([]);
    expect(
      ofCodes(
        doc('count', 40, [
          {
            dimension: 'kon',
            parts: [
              { group: 'kvinnor', value: 18 },
              { group: 'män', value: 19 },
            ],
          },
        ]),
      ),
    ).toEqual([]);
    expect(
      ofCodes(
        doc('count', 40, [
          {
            dimension: 'alder',
            parts: [
              { group: '16-29', value: 10 },
              { group: '65+', value: 3 },
            ],
            complete: true,
          },
        ]),
      ),
    ).toMatchObject([{ code: 'DISAGGREGATION_SUM_MISMATCH', details: { completeBy: 'stated' } }]);
  });

  it('an unknown dimension and an unknown value get the closest known one', () => {
    const found = ofCodes(
      doc('count', 40, [
        {
          dimension: 'kön',
          parts: [
            { group: 'kvinnor', value: 21 },
            { group: 'män', value: 19 },
          ],
        },
        {
          dimension: 'kon',
          parts: [
            { group: 'kvinnor', value: 21 },
            { group: 'man', value: 19 },
          ],
        },
        { dimension: 'alder', parts: [{ group: 'unga', value: 4 }] },
      ]),
    );
    expect(found).toMatchObject([
      {
        code: 'DISAGGREGATION_DIMENSION_UNKNOWN',
        location: {
          path: ['plans', 0, 'boxes', 0, 'indicators', 0, 'measurements', 0, 'splits', 0, 'dimension'],
        },
        details: { dimension: 'kön', suggestion: 'kon', known: ['kon', 'alder', 'kommun'] },
      },
      {
        code: 'DISAGGREGATION_GROUP_UNKNOWN',
        location: {
          path: [
            'plans',
            0,
            'boxes',
            0,
            'indicators',
            0,
            'measurements',
            0,
            'splits',
            1,
            'parts',
            1,
            'group',
          ],
        },
        details: { dimension: 'kon', group: 'man', suggestion: 'män', allowed: ['kvinnor', 'män', 'annat'] },
      },
      { code: 'DISAGGREGATION_GROUP_UNKNOWN', details: { dimension: 'alder', group: 'unga' } },
    ]);
    expect(found[2]!.details).not.toHaveProperty('allowed');
  });

  it("a region's declared dimension is known, closed, and replaces a built-in one of the same id", () => {
    const dimensions = [
      { id: 'bransch', name: 'Bransch', groups: ['besöksnäring', 'livsmedel'] },
      { id: 'kommun', name: 'Kommun', groups: ['Växjö', 'Ljungby'] },
    ];
    const found = ofCodes(
      doc(
        'count',
        40,
        [
          {
            dimension: 'bransch',
            parts: [
              { group: 'besöksnäring', value: 25 },
              { group: 'livsmedel', value: 14 },
            ],
          },
          {
            dimension: 'kommun',
            parts: [
              { group: 'Växjö', value: 30 },
              { group: 'Lungby', value: 10 },
            ],
          },
        ],
        { dimensions },
      ),
    );
    expect(found.map((f) => [f.code, f.details.dimension])).toEqual([
      ['DISAGGREGATION_GROUP_UNKNOWN', 'kommun'],
      ['DISAGGREGATION_SUM_MISMATCH', 'bransch'],
    ]);
    expect(found[0]!.details.suggestion).toBe('Ljungby');
  });

  it('percent parts are shares within each group and are never added', () => {
    expect(
      ofCodes(
        doc('percent', 30, [
          {
            dimension: 'kon',
            parts: [
              { group: 'kvinnor', value: 40 },
              { group: 'män', value: 25 },
              { group: 'annat', value: 0 },
            ],
          },
        ]),
      ),
    ).toEqual([]);
  });

  it('kronor rounded part by part pass; counts must be exact', () => {
    const thirds = {
      dimension: 'kommun',
      parts: [
        { group: 'a', value: 3.3 },
        { group: 'b', value: 3.3 },
        { group: 'c', value: 3.3 },
      ],
      complete: true,
    };
    expect(ofCodes(doc('sek', 10, [thirds]))).toEqual([]);
    const off = {
      dimension: 'kommun',
      parts: [
        { group: 'a', value: 3.3 },
        { group: 'b', value: 3.3 },
        { group: 'c', value: 3.1 },
      ],
      complete: true,
    };
    expect(ofCodes(doc('sek', 10, [off]))).toMatchObject([{ code: 'DISAGGREGATION_SUM_MISMATCH' }]);
    // Whole kronor, each rounded: 3 + 3 + 3 of 10 is within 3 × ½.
    const whole = {
      dimension: 'kommun',
      parts: [
        { group: 'a', value: 3 },
        { group: 'b', value: 3 },
        { group: 'c', value: 3 },
      ],
      complete: true,
    };
    expect(ofCodes(doc('sek', 10, [whole]))).toEqual([]);
    expect(ofCodes(doc('count', 10, [whole]))).toMatchObject([{ details: { tolerance: 0 } }]);
  });

  it('is located on the line of the YAML split', () => {
    const text = `formatVersion: 1
plans:
  - id: p
    name: P
    kind: projekt
    boxes:
      - id: b
        level: prestationer
        text: T
        indicators:
          - id: i
            name: I
            kind: count
            targets:
              - value: 10
                year: 2026
                splits:
                  - dimension: kon
                    parts: [{ group: kvinnor, value: 6 }, { group: män, value: 6 }]
`;
    const read = parseDocument(text, { file: 'p.yaml' });
    if (!read.ok) throw new Error('parse');
    const [f] = attachLocations(ofCodes(read.value), read.source);
    expect(f).toMatchObject({
      code: 'DISAGGREGATION_PARTS_EXCEED_TOTAL',
      location: { line: 19 },
      details: { field: 'targets[0]', total: 10, sum: 12 },
    });
  });
});

describe('split completeness and groups', () => {
  const dims = knownDimensions(undefined);
  it('ålder takes bands, kön only its three values, kommun any name', () => {
    expect(['16-29', '16–29', '65+', '0-15'].every((v) => allowsGroup(dims.get('alder')!, v))).toBe(true);
    expect(['29-16', 'unga', '65'].some((v) => allowsGroup(dims.get('alder')!, v))).toBe(false);
    expect(allowsGroup(dims.get('kon')!, 'kvinnor')).toBe(true);
    expect(allowsGroup(dims.get('kon')!, 'Kvinnor')).toBe(false);
    expect(allowsGroup(dims.get('kommun')!, 'Tingsryd')).toBe(true);
  });
  it('kön is complete when it gives every value, and complete: false overrides', () => {
    const kon = dims.get('kon')!;
    expect(
      isComplete(
        {
          dimension: 'kon',
          parts: [
            { group: 'kvinnor', value: 1 },
            { group: 'män', value: 1 },
            { group: 'annat', value: 0 },
          ],
        },
        kon,
      ),
    ).toBe(true);
    expect(
      isComplete(
        {
          dimension: 'kon',
          parts: [
            { group: 'kvinnor', value: 1 },
            { group: 'män', value: 1 },
          ],
        },
        kon,
      ),
    ).toBe(false);
    expect(
      isComplete(
        {
          dimension: 'kon',
          parts: [
            { group: 'kvinnor', value: 1 },
            { group: 'män', value: 1 },
            { group: 'annat', value: 0 },
          ],
          complete: false,
        },
        kon,
      ),
    ).toBe(false);
    expect(isComplete({ dimension: 'kommun', parts: [{ group: 'a', value: 1 }] }, dims.get('kommun'))).toBe(
      false,
    );
  });
});

describe('the sum finding, as a property', () => {
  // For any total split into parts (the exact split moved by some delta), a complete
  // split gets a sum finding iff the parts do not add up within the documented tolerance.
  const split = fc.record({
    kind: fc.constantFrom('count' as const, 'sek' as const),
    parts: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 6 }),
    delta: fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -1000, max: 1000 })),
    scale: fc.constantFrom(1, 10, 100),
  });
  it('fires iff the parts do not add up (counts exactly, kronor within n × ½ × 10^−d)', () => {
    fc.assert(
      fc.property(split, ({ kind, parts, delta, scale }) => {
        // Counts are whole; kronor may carry decimals (scale 10 → one decimal …).
        const s = kind === 'count' ? 1 : scale;
        const values = parts.map((p) => p / s);
        const total = (parts.reduce((a, b) => a + b, 0) + delta) / s;
        const named = values.map((value, i) => ({ group: `v${i}`, value }));
        const found = ofCodes(doc(kind, total, [{ dimension: 'kommun', parts: named, complete: true }]));
        const sum = values.reduce((a, b) => a + b, 0);
        // The documented tolerance, computed here from the written numbers: counts none,
        // kronor n × ½ × 10^−d with d the most decimals written in the total and the parts.
        const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;
        const d = Math.max(decimals(total), ...values.map(decimals));
        const tolerance = kind === 'count' ? 0 : values.length * 0.5 * 10 ** -d;
        const addsUp = kind === 'count' ? delta === 0 : Math.abs(sum - total) <= tolerance + 1e-9;
        // The library's own tolerance is the documented one, plus floating-point noise only.
        const noise = 1e-9 * Math.max(1, Math.abs(total));
        expect(Math.abs(splitTolerance(kind, total, values) - tolerance)).toBeLessThanOrEqual(noise * 1.01);
        expect(found.length).toBe(addsUp ? 0 : 1);
        if (!addsUp) {
          expect(found[0]!.code).toBe(
            sum > total ? 'DISAGGREGATION_PARTS_EXCEED_TOTAL' : 'DISAGGREGATION_SUM_MISMATCH',
          );
        }
        // With an exact split nothing fires; with a whole unit off a count, always.
        if (delta === 0) expect(found).toEqual([]);
        if (kind === 'count' && delta !== 0) expect(found).toHaveLength(1);
      }),
    );
  });
});

describe('dimensions in a document set', () => {
  it("a dimension declared in one file is known in another's splits; declared twice is DUPLICATE_DEFINITION", () => {
    const strategy = {
      formatVersion: 1,
      dimensions: [{ id: 'bransch', name: 'Bransch', groups: ['besöksnäring', 'livsmedel'] }],
      dataClasses: [{ id: 'kommunernas', name: 'Kommunernas uppgifter' }],
    } as Document;
    const plan = doc('count', 40, [{ dimension: 'bransch', parts: [{ group: 'livsmedel', value: 40 }] }]);
    const set = mergeDocuments([
      { document: strategy, file: 'strategi.yaml' },
      { document: plan, file: 'plan.yaml' },
    ]);
    expect(set.findings).toEqual([]);
    expect(set.document.dimensions).toEqual(strategy.dimensions);
    expect(set.document.dataClasses).toEqual(strategy.dataClasses);
    expect(ofCodes(set.document)).toEqual([]);
    const twice = mergeDocuments([
      { document: strategy, file: 'strategi.yaml' },
      { document: { ...plan, dimensions: strategy.dimensions } as Document, file: 'plan.yaml' },
    ]);
    expect(twice.findings.map((f) => [f.code, f.location.file, f.details.kind])).toEqual([
      ['DUPLICATE_DEFINITION', 'plan.yaml', 'dimensions'],
    ]);
  });
});
