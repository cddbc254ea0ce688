import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adversarial } from '../../bench/generate.js';
import type { Document, Finding, Rule } from '../../src/index.js';
import { BUILT_IN_RULES, buildContext, validate } from '../../src/validate/index.js';
import { nameBoxes } from '../../src/validate/name-boxes.js';
import { validDocument } from '../support/documents.js';

const TEXT_KEYS = ['boxText', 'fromText', 'toText'];

// The rules that can report a finding per link or per box name the boxes themselves, so that
// validate does not make each of those findings twice (once by the rule, again by nameBoxes).
const PER_LINK_OR_BOX = ['link-direction', 'link-references', 'reachability', 'isolated-box'];

/** validate with the built-in rules, recording the findings each rule made. */
function recorded(document: Document) {
  const made = new Map<string, Finding<string>[]>();
  const builtInRules: Rule[] = BUILT_IN_RULES.map((rule) => ({
    ...rule,
    *check(context) {
      const list: Finding<string>[] = [];
      made.set(rule.name, list);
      for (const f of rule.check(context)) {
        list.push(f);
        yield f;
      }
    },
  }));
  return { report: validate(document, { builtInRules }), made };
}

function stripped(f: Finding<string>): Finding<string> {
  const details: Record<string, unknown> = { ...f.details };
  for (const k of TEXT_KEYS) delete details[k];
  return { ...f, details } as Finding<string>;
}

describe('box texts in findings made per link or box', () => {
  it('a loop of 500 boxes on one level: each link finding is made once, with both boxes’ texts', () => {
    const { report, made } = recorded(adversarial('chain', 500));
    const sameLevel = report.findings.filter((f) => f.code === 'LINK_SAME_LEVEL');
    expect(sameLevel).toHaveLength(500);
    const byRule = new Set(made.get('link-direction'));
    for (const f of sameLevel) {
      expect(byRule.has(f)).toBe(true); // the very object the rule made, not a copy
      expect(f.details).toMatchObject({ fromText: 'steg', toText: 'steg' });
      expect(f.message.sv).toContain('steg');
    }
  });

  it('a plan of 200 boxes with no links: each ISOLATED_BOX is made once, with its box’s text', () => {
    const doc = structuredClone(validDocument());
    const plan = doc.plans![0]!;
    for (let i = 0; i < 200; i++)
      plan.boxes.push({ id: `ensam-${i}`, level: 'utfall', text: `Ensam ruta ${i}` });
    const { report, made } = recorded(doc);
    const isolated = report.findings.filter((f) => f.code === 'ISOLATED_BOX');
    expect(isolated).toHaveLength(200);
    const byRule = new Set(made.get('isolated-box'));
    const boxes = new Set<string>();
    for (const f of isolated) {
      expect(byRule.has(f)).toBe(true); // the very object the rule made, not a copy
      const box = String(f.details.box);
      expect(f.details).toEqual({ box, boxText: `Ensam ruta ${box.slice('ensam-'.length)}` });
      boxes.add(box);
    }
    expect(boxes.size).toBe(200);
  });

  it('names the same boxes, in the same key order, as nameBoxes does afterwards', () => {
    // Links to missing boxes, repeated and backward links, a box left out of the chain, a text
    // equal to its id or blank, and two plans with one id (nameBoxes reads the last).
    const edits = fc.record({
      unknown: fc.boolean(),
      repeat: fc.boolean(),
      backward: fc.boolean(),
      text: fc.constantFrom('Pengar  till\n projektet, med en text längre än fyrtio tecken', 'r9', ' ', ''),
      twin: fc.boolean(),
      isolated: fc.boolean(),
    });
    fc.assert(
      fc.property(edits, (e) => {
        const doc = structuredClone(validDocument());
        const plan = doc.plans![0]!;
        const links = plan.links!;
        plan.boxes.push({ id: 'r9', level: 'resurser', text: e.text });
        if (e.unknown) links.push({ from: plan.boxes[0]!.id, to: 'saknas' }, { from: 'borta', to: 'r9' });
        if (e.repeat) links.push({ ...links[0]! });
        if (e.backward) links.push({ from: plan.boxes.at(-2)!.id, to: plan.boxes[0]!.id });
        links.push({ from: 'r9', to: 'r9' });
        if (e.isolated) plan.boxes.push({ id: 'ensam', level: 'utfall', text: e.text });
        if (e.twin)
          doc.plans!.push({
            ...structuredClone(plan),
            boxes: plan.boxes.map((b) => ({ ...b, text: `Annan ${b.id}` })),
          });
        const { report, made } = recorded(doc);
        const context = buildContext(doc);
        let checked = 0;
        for (const name of PER_LINK_OR_BOX) {
          for (const f of made.get(name) ?? []) {
            const [again] = nameBoxes([stripped(f)], context);
            expect(JSON.stringify(f)).toBe(JSON.stringify(again));
            expect(report.findings).toContain(f);
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
