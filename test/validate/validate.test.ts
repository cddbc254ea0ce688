import { describe, expect, it } from 'vitest';
import { createCustomFinding, type Rule, validate } from '../../src/index.js';
import { validDocument } from '../support/documents.js';
import { findingData } from '../support/findings.js';
import { change, codes, plan } from './rules/support.js';

// The runner: options, custom rules, size. Each rule's own cases are in test/validate/rules/<rule>.test.ts.
describe('validate: all rules', () => {
  it('finds nothing in the valid document', () => {
    expect(codes(validDocument())).toEqual([]);
  });
});

describe('validate: data built in code', () => {
  it('takes null for a list left out, as JavaScript callers write it, without a rule failing', () => {
    // The schema refuses null, so only data that skipped parsing holds it; the rules read it as no list.
    const document = validDocument();
    const nulls = structuredClone(document) as unknown as {
      plans: { boxes: { indicators?: unknown }[] }[];
      participantLists?: unknown;
      strategy: { understrategier: { goals: { id: string; text: string; serves?: unknown }[] }[] };
    };
    for (const box of nulls.plans[0]!.boxes) if (box.indicators === undefined) box.indicators = null;
    nulls.participantLists = null;
    nulls.strategy.understrategier[0]!.goals.push({
      id: 'U9',
      text: 'Ett mål som inget tjänar',
      serves: null,
    });
    const report = validate(nulls as unknown as typeof document);
    expect(report.findings.filter((f) => f.code === 'RULE_FAILED')).toEqual([]);
  });
});

describe('validate: options', () => {
  const skipping = change((d) => void plan(d).links!.push({ from: 'a', to: 'l' }));

  it('turns rules off by name or code', () => {
    expect(codes(skipping)).toEqual(['LINK_SKIPS_LEVEL']);
    expect(validate(skipping, { disable: ['link-direction'] }).findings).toEqual([]);
    expect(validate(skipping, { disable: ['LINK_SKIPS_LEVEL'] }).findings).toEqual([]);
  });

  it('overrides severity globally and per plan', () => {
    expect(validate(skipping, { severity: { LINK_SKIPS_LEVEL: 'error' } }).summary.errors).toBe(1);
    const perPlan = validate(skipping, {
      severity: { LINK_SKIPS_LEVEL: 'error' },
      plans: { p: { severity: { LINK_SKIPS_LEVEL: 'off' } } },
    });
    expect(perPlan.findings).toEqual([]);
  });

  it('runs custom rules through the same interface and survives one that throws', () => {
    const noEnglish: Rule = {
      name: 'no-short-text',
      codes: ['X_SHORT_TEXT'],
      *check({ plans }) {
        for (const p of plans) {
          for (const b of p.plan.boxes) {
            if (b.text.length < 6) {
              yield createCustomFinding(
                'X_SHORT_TEXT',
                'info',
                { plan: p.plan.id, box: b.id },
                { box: b.id },
                {
                  sv: { text: (d) => `Kort text i ${d.box}` },
                  en: { text: (d) => `Short text in ${d.box}` },
                },
              );
            }
          }
        }
      },
    };
    const broken: Rule = {
      name: 'broken',
      codes: [],
      check: () => {
        throw new Error('boom');
      },
    };
    const report = validate(validDocument(), { rules: [noEnglish, broken] });
    expect(report.findings.map(findingData)).toEqual([
      {
        code: 'RULE_FAILED',
        severity: 'error',
        location: { path: [] },
        details: { rule: 'broken', reason: 'boom' },
      },
      { code: 'X_SHORT_TEXT', severity: 'info', location: { plan: 'p', box: 'r' }, details: { box: 'r' } },
    ]);
    // A custom rule brings its own words.
    expect(report.findings[1]!.message).toEqual({ sv: 'Kort text i r', en: 'Short text in r' });
  });

  it('never throws on a 5,000-box chain on one level or a 100,000-box chain', () => {
    const doc = validDocument();
    const many = Array.from({ length: 5000 }, (_, i) => ({
      id: `a${i}`,
      level: 'aktiviteter' as const,
      text: 'x',
    }));
    plan(doc).boxes.push(...many);
    plan(doc).links!.push(...many.slice(1).map((b, i) => ({ from: `a${i}`, to: b.id })));
    const report = validate(doc);
    expect(report.findings.filter((f) => f.code === 'LINK_SAME_LEVEL')).toHaveLength(4999);

    const long = validDocument();
    const chain = Array.from({ length: 100_000 }, (_, i) => ({
      id: `c${i}`,
      level: 'utfall' as const,
      text: 'x',
    }));
    plan(long).boxes.push(...chain);
    plan(long).links!.push(...chain.map((b, i) => ({ from: b.id, to: `c${(i + 1) % chain.length}` })));
    const cyc = validate(long).findings.filter((f) => f.code === 'CYCLE');
    expect(cyc).toHaveLength(1);
    expect(cyc[0]!.details.boxes).toHaveLength(100_000);
  });
});
