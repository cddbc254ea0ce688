/**
 * Shared pieces of the hostile-input suite beyond parsing: documents that the
 * schema accepts but that are broken in every way validation reports (so every
 * module downstream of `checkDocument` meets them), hostile inputs of any shape,
 * and the checks of outputs (Mermaid text, HTML) that hold for any input.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import type { Draft } from 'immer';
import { expect } from 'vitest';
import { CODES, type Document, type Finding, LEVELS, type Plan } from '../../src/index.js';
import { DRAW_SCRIPT } from '../../src/mermaid/draw-script.js';
import { inlineScript } from '../../src/text/html.js';
import { userText, validDocument } from '../support/arbitraries.js';
import { editable, mutate } from '../support/mutate.js';
import { hostileKey, hostileValue, PER_INPUT_MS } from './fuzz.js';

/** Runs `run`, failing the property when one input takes longer than the bound (a hang). */
export function timed<T>(run: () => T, bound = PER_INPUT_MS): T {
  const t = performance.now();
  const out = run();
  expect(performance.now() - t).toBeLessThan(bound);
  return out;
}

/** The async form of {@link timed}. */
export async function timedAsync<T>(run: () => Promise<T>, bound = PER_INPUT_MS): Promise<T> {
  const t = performance.now();
  const out = await run();
  expect(performance.now() - t).toBeLessThan(bound);
  return out;
}

/** Every finding has a known code, a severity, words in both languages and a location. */
export function wellFormed(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.code in CODES, f.code).toBe(true);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.sv.length > 0 && f.message.en.length > 0).toBe(true);
    expect(f.location).toBeTypeOf('object');
  }
}

/** Text that has broken diagrams and reports elsewhere: markup, directives, entities, placeholders. */
export const markupText = fc.oneof(
  userText,
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '</pre><script>x()</script>',
    '</textarea></style></title>',
    '%%{init: {"securityLevel":"loose"}}%%',
    '```mermaid\nflowchart LR\n```',
    'click N1 call alert() "x"',
    'style N1 fill:#f00;',
    '"]; N9["x',
    'end\nsubgraph',
    '&lt;b&gt; &amp; #quot; #35;',
    'ﬂ°lt¶ß',
    '| a | b |\n|---|---|',
    '=cmd|" /C calc"!A0',
    '\u202Eevil\u2066 \u200B\uFEFF',
    '\u0000\u001b[31m\u009b',
    'line1\r\nline2\u2028line3',
    '\uD800 lone \uDFFF',
  ),
);

/** Ids that break code keeping user ids in plain objects, and ids that look like syntax. */
export const trickyId = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'end',
  'N1',
  'a:b',
  '1',
  'å.ä-ö_',
  'x'.repeat(200),
);

/** One way to break a schema-valid document: each becomes a finding of validation, never a crash. */
const corruption = fc.record({
  kind: fc.nat({ max: 19 }),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: markupText,
  id: trickyId,
  value: fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.constantFrom(0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2),
    markupText,
  ),
});

type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

const at = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined;

const PERIODS = ['2019', '2024-Q1', '2024-Q4', '2024-H2', '2024-12', '2024-02-29', '2200-12-31', 1900, 2024];

/** Renames every use of a box id inside one plan, so the document stays consistent with the new id. */
function renameBox(plan: Draft<Plan>, from: string, to: string): void {
  for (const b of plan.boxes) if (b.id === from) b.id = to;
  for (const l of plan.links ?? []) {
    if (l.from === from) l.from = to;
    if (l.to === from) l.to = to;
  }
  for (const g of plan.goalLinks ?? []) if (g.from === from) g.from = to;
}

function corrupt(doc: Draft<Document>, c: Corruption): void {
  const plans = (doc.plans ??= []);
  const plan = at(plans, c.a);
  const box = plan && at(plan.boxes, c.b);
  const other = plan && at(plan.boxes, c.c);
  const goals = [
    ...(doc.strategy?.rus?.goals ?? []),
    ...(doc.strategy?.understrategier ?? []).flatMap((u) => u.goals),
  ];
  const goal = at(goals, c.b);
  const indicator =
    plan &&
    at(
      plan.boxes.flatMap((b) => b.indicators ?? []),
      c.c,
    );
  const text = typeof c.value === 'string' ? c.value : c.text;
  switch (c.kind) {
    case 0: // a link to a box that does not exist (or is on another plan)
      if (plan && box) (plan.links ??= []).push({ from: box.id, to: c.id });
      break;
    case 1: // a link backwards: a cycle through the chain
      if (plan && box && other)
        (plan.links ??= []).push({ from: other.id, to: box.id }, { from: box.id, to: other.id });
      break;
    case 2: // a box linked to itself, and a link repeated
      if (plan && box)
        (plan.links ??= []).push({ from: box.id, to: box.id }, ...(plan.links ?? []).slice(0, 1));
      break;
    case 3: // two boxes with one id, on different levels
      if (plan && box) plan.boxes.push({ ...box, level: LEVELS[c.c % 6]!, text });
      break;
    case 4: // goal links to unknown goals and from unknown boxes
      if (plan)
        (plan.goalLinks ??= []).push(
          { from: box?.id ?? c.id, goal: c.id },
          { from: c.id, goal: goal?.id ?? c.id },
        );
      break;
    case 5: // two plans with one id
      if (plan) plans.push(editable({ ...plan, name: text }));
      break;
    case 6: // goals serving unknown goals, and a goal id used twice
      if (goal) {
        goal.serves = [...(goal.serves ?? []), c.id, goal.id];
        doc.strategy?.understrategier?.[0]?.goals.push({ ...goal, text });
      }
      break;
    case 7: // a level left out of a plan
      if (plan) {
        const level = LEVELS[c.b % 6]!;
        const gone = new Set(plan.boxes.filter((b) => b.level === level).map((b) => b.id));
        plan.boxes = plan.boxes.filter((b) => !gone.has(b.id));
      }
      break;
    case 8: // hostile text in every place text goes
      doc.region = text;
      if (plan) {
        plan.name = text;
        plan.summary = text;
        plan.utmaningar = [text, c.text];
      }
      if (box) box.text = text;
      if (goal) goal.text = text;
      if (doc.strategy?.rus) doc.strategy.rus.name = text;
      break;
    case 9: // measurements of every shape the schema lets through
      if (indicator) {
        indicator.measurements = [
          ...(indicator.measurements ?? []),
          ...PERIODS.slice(c.b % PERIODS.length).map((period) => ({ period, value: c.value })),
          { period: PERIODS[c.c % PERIODS.length]!, value: c.value },
        ];
      }
      break;
    case 10: // targets before the baseline, text values on a count, odd kinds and units
      if (indicator) {
        indicator.kind = (['count', 'sek', 'percent', 'index', 'text'] as const)[c.b % 5]!;
        indicator.unit = text;
        indicator.baseline = { value: c.value, year: 1900 + (c.c % 301) };
        indicator.targets = [
          { value: c.value, year: 1900 + (c.b % 301), note: text },
          { value: 0, year: 1900 + (c.b % 301) },
        ];
      }
      break;
    case 11: // indicators on strategy goals, rolled up into from plans, in a loop
      if (goal && indicator) {
        goal.indicators = [
          { id: `g-${goal.id}`, name: text, kind: indicator.kind, rollsUpTo: `g-${goal.id}` },
          ...(goal.indicators ?? []),
        ];
        indicator.rollsUpTo = c.b % 2 ? `g-${goal.id}` : c.id;
      }
      break;
    case 12: // a template the plan names but nobody has, or a national one
      if (plan) plan.template = c.b % 2 ? c.id : 'varor-tjanster-direkt';
      break;
    case 13: // the document's own template, broken like a plan
      (doc.templates ??= []).push({
        id: c.id,
        name: text,
        track: c.b % 2 ? 'insatsspar' : c.id,
        boxes: (plan?.boxes ?? []).map(({ id, level, text: t }) => ({ id, level, text: t })),
        links: [...(plan?.links ?? []), { from: c.id, to: c.id }],
      });
      break;
    case 14: // a plan with nothing in it
      plans.push({ id: `${c.id}`.slice(0, 50), name: '', kind: 'verksamhet', boxes: [] });
      break;
    case 15: // no strategy at all, or one with no goals
      if (c.b % 2) delete doc.strategy;
      else if (doc.strategy?.rus) doc.strategy.rus.goals = [];
      break;
    case 16: // ids that are also the names of Object's own properties
      if (plan && box) renameBox(plan, box.id, c.id);
      if (plan && c.b % 3 === 0) plan.id = c.id;
      break;
    case 17: // unknown keys the format keeps, with values of every kind
      if (box) Object.assign(box, { 'x-own': c.value, okänd: text });
      Object.assign(doc, { 'x-meta': { nested: [c.value, text] } });
      break;
    case 18: // a long chain of text: the longest a text may be
      if (box) box.text = `${c.text} `.repeat(100_000).slice(0, 100_000);
      break;
    case 19: // periods with dates that cross, and a plan period backwards
      if (plan) plan.period = { from: 2030, to: c.b % 2 ? '2019-12-31' : 1900 };
      break;
  }
}

/**
 * Documents that `checkDocument` accepts but that are broken in the ways
 * validation reports: dangling references, cycles, duplicate ids, missing
 * levels, ids like `__proto__`, hostile text, odd indicator values.
 */
export const acceptedHostile: fc.Arbitrary<Document> = fc
  .tuple(validDocument, fc.array(corruption, { minLength: 1, maxLength: 6 }))
  .map(([doc, corruptions]) => {
    const copy = editable(doc);
    for (const c of corruptions) corrupt(copy, c);
    return copy;
  });

/** Hostile input of any shape, as parse-validate.test.ts makes it: near-valid documents with one value replaced or a key added, or anything at all. */
export const hostileInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(validDocument, fc.nat(), hostileValue).map(([doc, pick, value]) => mutate(doc, pick, value)),
  fc.tuple(validDocument, fc.nat(), hostileKey, hostileValue).map(([doc, pick, key, value]) => {
    const target = mutate(doc, pick, undefined) as Record<string, unknown>;
    Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    return target;
  }),
  hostileValue,
);

/**
 * Checks Mermaid text that holds user text: no directive, no script, no raw
 * `<` or `>` besides the `<br>` line breaks and the arrows the exporter writes.
 */
export function expectSafeMermaid(text: string): void {
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toContain('%%{');
  expect(text).not.toContain('%%');
  expect(text).not.toContain('`');
  expect(text).not.toMatch(/^\s*(click|call|href|style|linkStyle)\b/m);
  const syntaxRemoved = text.replace(/<br>/g, '').replace(/ (-->|-\.->|==>) /g, ' ');
  expect(syntaxRemoved).not.toMatch(/[<>]/);
  expect(text.startsWith('flowchart ')).toBe(true);
  expect(text.endsWith('\n')).toBe(true);
}

interface JsdomWindow {
  readonly document: globalThis.Document;
}
type JSDOMConstructor = new (html: string) => { readonly window: JsdomWindow };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JSDOMConstructor };

/** The elements a report or page of the library may hold; anything else came from user text. */
const REPORT_ELEMENTS = new Set([
  'html',
  'head',
  'div',
  'meta',
  'title',
  'style',
  'body',
  'header',
  'main',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'small',
  'p',
  'ul',
  'li',
  'span',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'caption',
]);

/**
 * Parses HTML with a real HTML parser (jsdom) and checks that it holds only
 * the library's own elements (scripts only as many as the caller allows), no
 * event-handler attributes and no `javascript:` URL. Slow (jsdom): for samples.
 */
export function expectOwnMarkup(html: string, allowedScripts = 0): void {
  const { document } = new JSDOM(html).window;
  let scripts = 0;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const name = el.localName;
    if (name === 'script') scripts++;
    else expect(REPORT_ELEMENTS.has(name), `unexpected <${name}> in HTML`).toBe(true);
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `event handler ${attr} on <${name}>`).toBe(false);
      expect(el.getAttribute(attr) ?? '').not.toMatch(/^\s*javascript:/i);
    }
  }
  expect(scripts).toBeLessThanOrEqual(allowedScripts);
}

/** The library's own drawing script as a page inlines it. */
const OWN_SCRIPT = inlineScript(DRAW_SCRIPT);

/**
 * The page with the library's own drawing script (`DRAW_SCRIPT`, a constant)
 * taken out of the `<script>` elements that hold it, byte for byte: its code
 * holds a `<br>` regular expression, which is script text and no element.
 * Nothing else is taken out, so user text that escaped its escaping still shows.
 */
function withoutOwnScript(html: string): string {
  return html.replace(
    /(<script>)([\s\S]*?)(<\/script)/gi,
    (_all, open: string, body: string, close: string) => `${open}${body.split(OWN_SCRIPT).join('')}${close}`,
  );
}

/**
 * The fast form of {@link expectOwnMarkup} for every input: escaped user text
 * holds no `<`, so every `<` in the page (outside the library's own drawing
 * script) must open or close one of the library's own elements, and no tag may
 * carry an event handler.
 */
export function expectOwnTags(html: string, allowedScripts = 0): void {
  let scripts = 0;
  for (const m of withoutOwnScript(html).matchAll(/<(\/?)([^\s>/]*)([^>]*)>?/g)) {
    const name = m[2]!.toLowerCase();
    if (name === '!doctype') continue;
    if (name === 'script') scripts += m[1] ? 0 : 1;
    else expect(REPORT_ELEMENTS.has(name), `unexpected <${m[1]}${name}> in HTML`).toBe(true);
    // Attribute names only: a quoted value (e.g. data-title with the escaped text "<svg onload=…>") is the user's text.
    const names = m[3]!.replace(/"[^"]*"|'[^']*'/g, '""');
    expect(names, `event handler on <${name}>`).not.toMatch(/\son[a-z]+\s*=/i);
  }
  expect(scripts).toBeLessThanOrEqual(allowedScripts);
}
