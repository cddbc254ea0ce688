import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  exportMermaid,
  type MermaidView,
  parseDocument,
  toHtmlPage,
  validate,
} from '../../src/index.js';
import { editSeed } from '../edit/support.js';
import { parseFlowchart } from '../setup/mermaid-dom.js';
import { deepFreeze } from '../support/mutate.js';
import { exerciseEdits, exerciseFollowup, exerciseMermaid } from './exercise.js';
import { expectOwnMarkup, expectSafeMermaid } from './modules.js';

const dir = new URL('../fixtures/hostile/', import.meta.url);

// The codes each fixture must produce (and the document must not be accepted).
const expected: Record<string, string[]> = {
  'billion-laughs.yaml': ['LIMIT_EXCEEDED'],
  'proto-pollution.json': ['FORBIDDEN_KEY'],
  'constructor-key.yaml': ['FORBIDDEN_KEY'],
  'bad-date-and-string-number.yaml': ['INVALID_FORMAT'],
  'duplicate-key.yaml': ['DUPLICATE_KEY'],
  'nan-infinity.yaml': ['INVALID_TYPE', 'INVALID_VALUE'],
  'two-documents.yaml': ['SYNTAX_ERROR'],
  'rtl-zero-width-id.yaml': ['INVALID_FORMAT'],
};

// Fixtures the parser accepts: broken in ways validation reports, and hostile to every module after it.
const accepted: Record<string, string[]> = {
  'object-property-ids.yaml': ['GOAL_LINK_UNKNOWN_GOAL', 'LINK_UNKNOWN_BOX'],
  'markup-everywhere.yaml': [],
  'broken-references.yaml': [
    'CYCLE',
    'DUPLICATE_ID',
    'GOAL_LINK_UNKNOWN_BOX',
    'GOAL_LINK_UNKNOWN_GOAL',
    'LEVEL_MISSING',
    'LINK_BACKWARDS',
    'LINK_SAME_LEVEL',
    'LINK_SKIPS_LEVEL',
    'LINK_UNKNOWN_BOX',
    'MEASUREMENT_BEFORE_BASELINE',
    'MEASUREMENT_REPEATED',
    'PERCENT_OVER_100',
    'PLAN_SKIPS_UNDERSTRATEGI',
    'PLAN_WITHOUT_GOAL_LINKS',
    'RESOURCE_UNUSED',
    'ROLLUP_UNKNOWN_TARGET',
    'SPAN_REVERSED',
    'TARGET_BEFORE_BASELINE',
    'TARGET_OUTSIDE_PERIOD',
    'TARGET_REPEATED',
    'VALUE_KIND_MISMATCH',
  ],
};

describe('hostile fixture corpus', () => {
  const files = readdirSync(dir).filter((f) => f !== 'README.md');
  const refused = files.filter((f) => f in expected);
  it('lists every fixture', () => {
    expect(files.sort()).toEqual([...Object.keys(expected), ...Object.keys(accepted)].sort());
  });
  it.each(refused)('%s gives its findings and nothing else breaks', (file) => {
    const r = parseDocument(readFileSync(new URL(file, dir), 'utf8'), { file });
    expect(r.ok).toBe(false);
    expect([...new Set(r.findings.map((f) => f.code))].sort()).toEqual(expected[file]);
    for (const f of r.findings) expect(f.location.file).toBe(file);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB YAML file at once, and reads a 50 MB JSON file', () => {
    const t = performance.now();
    const yaml = parseDocument(`formatVersion: 1\nregion: ${'x'.repeat(50 * 1024 * 1024)}\n`);
    expect(yaml.findings.map((f) => f.details.limit)).toEqual(['maxYamlChars']);
    expect(performance.now() - t).toBeLessThan(1000);
    const box = { id: 'b', level: 'utfall', text: 'x'.repeat(90_000) };
    const plans = Array.from({ length: 580 }, (_, i) => ({
      id: `p${i}`,
      name: 'P',
      kind: 'projekt',
      boxes: [box],
    }));
    const json = JSON.stringify({ formatVersion: 1, plans });
    expect(json.length).toBeGreaterThan(50_000_000);
    const r = parseDocument(json);
    expect(r.ok).toBe(true);
    expect(r.ok && validate(r.value).summary.plans).toBe(580);
  });

  it.each(Object.keys(accepted))(
    '%s is accepted, validates with its codes and goes through every module',
    async (file) => {
      const r = parseDocument(readFileSync(new URL(file, dir), 'utf8'), { file });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const doc = deepFreeze(r.value);
      const report = validate(doc);
      expect([...new Set(report.findings.map((f) => f.code))].sort()).toEqual(accepted[file]);
      exerciseMermaid(doc);
      exerciseFollowup(doc);
      exerciseEdits(doc, fc.sample(editSeed, { seed: 7, numRuns: 30 }));
      for (const view of ['plan', 'portfolio', 'template'] as MermaidView[]) {
        const result = exportMermaid(doc, {
          view,
          strategy: true,
          showIndicators: true,
          findings: report.findings,
        });
        expectSafeMermaid(result.text);
        await parseFlowchart(result.text);
      }
      const page = toHtmlPage(exportMermaid(doc).text, { title: doc.region ?? '', mermaidScript: 'void 0' });
      expectOwnMarkup(page, 4);
      expectOwnMarkup(buildReport(doc, { diagrams: (plan) => exportMermaid(plan).text }).html);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});
