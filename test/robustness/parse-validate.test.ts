import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  CODES,
  checkDocument,
  type Finding,
  parseDocument,
  validate,
  writeDocument,
} from '../../src/index.js';
import { validDocument } from '../support/arbitraries.js';
import { deepFreeze, mutate } from '../support/mutate.js';
import { FUZZ, hostileKey, hostileValue, PER_INPUT_MS } from './fuzz.js';

function wellFormed(findings: readonly Finding[]) {
  for (const f of findings) {
    expect(f.code in CODES, f.code).toBe(true);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.sv.length > 0 && f.message.en.length > 0).toBe(true);
    expect(f.location).toBeTypeOf('object');
  }
}

function timed<T>(run: () => T): T {
  const t = performance.now();
  const out = run();
  expect(performance.now() - t).toBeLessThan(PER_INPUT_MS);
  return out;
}

// One pass of everything the library does with untrusted data.
function exercise(raw: unknown) {
  const snapshot = structuredClone(raw);
  const result = timed(() => checkDocument(deepFreeze(raw)));
  expect(raw).toEqual(snapshot); // the caller's data is never changed
  wellFormed(result.findings);
  expect(checkDocument(raw)).toEqual(result); // same input, same output
  if (!result.ok) {
    expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
    return;
  }
  const report = timed(() => validate(result.value));
  wellFormed(report.findings);
  expect(validate(result.value)).toEqual(report);
  // Text cannot hold undefined or -0; what text can hold survives the round trip.
  const asText = JSON.parse(JSON.stringify(result.value));
  for (const format of ['yaml', 'json'] as const) {
    const again = parseDocument(writeDocument(asText, { format }), { format });
    expect(again.ok && again.value).toEqual(asText);
  }
}

describe('hostile input never crashes, hangs, mutates or loses data', () => {
  it('near-valid documents with one value replaced', () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), hostileValue, (doc, pick, value) =>
        exercise(mutate(doc, pick, value)),
      ),
      FUZZ,
    );
  });

  it('near-valid documents with an extra key anywhere', () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), hostileKey, hostileValue, (doc, pick, key, value) => {
        const target = mutate(doc, pick, undefined) as Record<string, unknown>;
        Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        exercise(target);
      }),
      FUZZ,
    );
  });

  it('arbitrary values of any shape', () => {
    fc.assert(
      fc.property(hostileValue, (value) => exercise(value)),
      FUZZ,
    );
  });

  it('YAML and JSON text made of hostile tokens', () => {
    const token = fc.constantFrom(
      'formatVersion: 1\n',
      'plans:\n',
      '  - ',
      'id: a\n',
      '&a [x, x]\n',
      '*a',
      ': ',
      '{',
      '}',
      '[',
      ']',
      '\n',
      '  ',
      '"',
      "'",
      '# kommentar\n',
      '---\n',
      '!!str ',
      '? ',
      '|\n',
      '>\n',
      '%YAML 1.2\n',
      '<<: *a\n',
      '\t',
      '\\',
      '\u0000',
      'ä',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), fc.boolean(), (tokens, asJson) => {
        const text = asJson ? JSON.stringify(tokens) : tokens.join('');
        const r = timed(() => parseDocument(text));
        wellFormed(r.findings);
        if (!r.ok) {
          for (const f of r.findings)
            if (f.location.line !== undefined) expect(f.location.line).toBeGreaterThan(0);
        }
      }),
      FUZZ,
    );
  });

  it('documents written back as YAML text parse to the same value', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const r = parseDocument(stringify(doc));
        expect(r.ok && r.value).toEqual(doc);
      }),
      { ...FUZZ, numRuns: 200 },
    );
  });
});
