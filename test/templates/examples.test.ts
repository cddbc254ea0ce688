import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { createTemplateRegistry, instantiate } from '../../src/templates/index.js';
import { codes } from './helpers.js';

const dir = new URL('../../examples/templates/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const registry = createTemplateRegistry();

// Only what a user must still fill in: placeholders, baselines and targets, the goal links and the strategy.
const FILL_IN = new Set([
  'PLACEHOLDER_LEFT',
  'INDICATOR_WITHOUT_BASELINE',
  'INDICATOR_WITHOUT_TARGET',
  'STRATEGY_MISSING',
  'PLAN_WITHOUT_GOAL_LINKS',
]);

describe('examples/templates', () => {
  it('has one document per national template', () => {
    expect(files.map((f) => f.replace('.yaml', '')).sort()).toEqual(
      registry
        .list()
        .map((t) => t.id)
        .sort(),
    );
  });

  it.each(files)('%s parses, is what instantiate makes, and validates to only fill-in findings', (file) => {
    const r = parseDocument(readFileSync(new URL(file, dir), 'utf8'), { file });
    expect(r.findings).toEqual([]);
    if (!r.ok) return;
    const plan = r.value.plans![0]!;
    const template = registry.get(file.replace('.yaml', ''))!;
    expect(plan.template).toBe(template.id);
    expect(plan).toEqual(
      instantiate(template, {
        planId: plan.id,
        name: plan.name,
        kind: plan.kind,
        ...(plan.period ? { period: plan.period } : {}),
      }),
    );
    const found = codes(r.value);
    expect(found).toContain('PLACEHOLDER_LEFT');
    expect(found.filter((c) => !FILL_IN.has(c))).toEqual([]);
  });
});
