import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { CODES, checkDocument, type Document, type Plan, validate } from '../../src/index.js';
import { instantiate, NATIONAL_TEMPLATES } from '../../src/templates/index.js';
import { hostileValue } from '../robustness/fuzz.js';
import { validDocument } from '../support/arbitraries.js';
import { deepFreeze, mutate } from '../support/mutate.js';

// Documents that use templates: plans made from each national template (some
// renamed to unknown ids) and a region's own template beside them.
const withTemplates = fc
  .tuple(validDocument, fc.array(fc.constantFrom(...NATIONAL_TEMPLATES), { maxLength: 4 }), fc.boolean())
  .map(([doc, templates, unknown]): Document => {
    const made = templates.map((t, i) => instantiate(t, { planId: `t${i}`, name: t.name }) as Draft<Plan>);
    if (unknown && made[0]) made[0].template = 'kunskap-strategie';
    return {
      ...doc,
      templates: [
        {
          id: 'egen',
          name: 'Egen',
          keywords: ['insats'],
          boxes: [{ id: 'a', level: 'aktiviteter', text: 'Insats' }],
        },
      ],
      plans: [...(doc.plans ?? []).map((p) => ({ ...p, template: 'egen' })), ...made],
    };
  });

describe('the template rule on any document', () => {
  it('never fails, never changes its input, and gives well-formed findings', () => {
    fc.assert(
      fc.property(withTemplates, fc.nat(), hostileValue, (doc, pick, value) => {
        const raw = mutate(doc, pick, value);
        const checked = checkDocument(deepFreeze(raw));
        if (!checked.ok) return;
        const snapshot = structuredClone(checked.value);
        const report = validate(checked.value);
        expect(checked.value).toEqual(snapshot);
        expect(report.findings.filter((f) => f.code === 'RULE_FAILED')).toEqual([]);
        for (const f of report.findings) {
          expect(f.code in CODES).toBe(true);
          expect(f.message.sv.length > 0 && f.message.en.length > 0).toBe(true);
        }
      }),
      { numRuns: 300, seed: 404 },
    );
  });
});
