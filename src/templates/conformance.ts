import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import type { Box } from '../model/box.js';
import type { Indicator } from '../model/indicator.js';
import { isLevel, LEVELS, type Level, levelIndex } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { Template, TemplateIndicator } from '../model/template.js';
import { createTemplateRegistry, type TemplateRegistry } from './registry.js';
import { totalWeight, wordsByTemplate } from './suggest.js';
import { buildVocabulary, hasVocabulary, normalizeWords, type WordFinder, wordFinder } from './vocabulary.js';

/** Options of `checkConformance`. */
export interface ConformanceOptions {
  /** The plan's path in its document (e.g. `["plans", 2]`); finding paths start there (default: the plan). */
  readonly path?: readonly PathSegment[];
  /** The templates an activity may belong to instead (default: the national ones). */
  readonly registry?: TemplateRegistry;
}

/**
 * How far a plan follows a template: levels of the template the plan has no box
 * on, mandatory indicators it lacks (or has of another kind or on another level),
 * and activities whose words belong to another template. Returns findings, never throws.
 */
export function checkConformance(
  plan: Plan,
  template: Template,
  options: ConformanceOptions = {},
): Finding[] {
  const others = (options.registry ?? createTemplateRegistry()).list().filter((t) => t.id !== template.id);
  const templates = [template, ...others];
  return conformanceFindings(
    plan,
    template,
    options.path ?? [],
    templates,
    wordFinder(buildVocabulary(templates)),
  );
}

/** What a template expects of a plan, worked out once per template rather than once per plan. */
interface Expectations {
  /** Per level (by index), the template's standard text there, if the template has boxes on it. */
  readonly levels: readonly (string | undefined)[];
  readonly mandatory: readonly { readonly indicator: TemplateIndicator; readonly level: Level }[];
  readonly vocabulary: boolean;
}

const expectationsOf = new WeakMap<Template, Expectations>();

function expectations(template: Template): Expectations {
  let e = expectationsOf.get(template);
  if (e) return e;
  const levels = LEVELS.map((level) => {
    const expected = template.boxes.filter((b) => b.level === level);
    return expected.length ? (expected.find((b) => !b.placeholder) ?? expected[0]!).text : undefined;
  });
  const mandatory = template.boxes.flatMap((b) =>
    (b.indicators ?? []).filter((i) => i.mandatory).map((indicator) => ({ indicator, level: b.level })),
  );
  e = { levels, mandatory, vocabulary: hasVocabulary(template) };
  expectationsOf.set(template, e);
  return e;
}

/**
 * The checks of `checkConformance` with the vocabulary built once by the caller
 * (the validator rule checks many plans against one set of templates).
 */
export function conformanceFindings(
  plan: Plan,
  template: Template,
  path: readonly PathSegment[],
  templates: readonly Template[],
  words: WordFinder,
): Finding[] {
  const findings: Finding[] = [];
  const expected = expectations(template);
  // The first box on each level, by level index; -1 where the plan has none.
  const firstOnLevel = [-1, -1, -1, -1, -1, -1];
  plan.boxes.forEach((b, i) => {
    if (!isLevel(b.level)) return;
    const at = levelIndex(b.level);
    if (firstOnLevel[at] === -1) firstOnLevel[at] = i;
  });
  LEVELS.forEach((level, at) => {
    const standard = expected.levels[at];
    if (standard === undefined || firstOnLevel[at] !== -1) return;
    findings.push(
      createFinding(
        'TEMPLATE_LEVEL_MISSING',
        { plan: plan.id, path: [...path, 'boxes'] },
        { template: template.id, level, expected: standard },
      ),
    );
  });
  const places = locateMandatory(plan, expected.mandatory, othersMandatory(templates, template));
  expected.mandatory.forEach((m, n) => {
    indicatorFindings(plan, template, path, firstOnLevel, m, places[n], findings);
  });
  if (expected.vocabulary) activityFindings(plan, template, path, templates, words, findings);
  return findings;
}

const mandatoryIdsOf = new WeakMap<readonly Template[], Map<string, Set<string>>>();

// The ids of the other templates' mandatory indicators (an indicator carrying one is theirs).
function othersMandatory(templates: readonly Template[], template: Template): ReadonlySet<string> {
  let byTemplate = mandatoryIdsOf.get(templates);
  if (!byTemplate) {
    byTemplate = new Map();
    mandatoryIdsOf.set(templates, byTemplate);
  }
  let ids = byTemplate.get(template.id);
  if (!ids) {
    ids = new Set();
    for (const t of templates) {
      if (t.id === template.id) continue;
      for (const m of expectations(t).mandatory) ids.add(m.indicator.id);
    }
    for (const m of expectations(template).mandatory) ids.delete(m.indicator.id);
    byTemplate.set(template.id, ids);
  }
  return ids;
}

/** A template's mandatory indicator, with the plan's indicator that stands for it (if the plan has one). */
export interface MandatoryIndicatorMatch {
  readonly template: Template;
  readonly indicator: TemplateIndicator;
  /** The level the template puts it on. */
  readonly level: Level;
  /** The plan's box and indicator found for it, by the same matching as `checkConformance`. */
  readonly box?: Box;
  readonly match?: Indicator;
}

/**
 * Where a plan holds each of a template's mandatory indicators: matched by id, by name
 * (either language, with or without its trailing parenthesis) or by the `mandatory` mark,
 * exactly as `checkConformance` matches them. `templates` are all the templates the plan
 * could belong to (an indicator that is another template's is not taken for this one's).
 */
export function mandatoryIndicators(
  plan: Plan,
  template: Template,
  templates: readonly Template[],
): MandatoryIndicatorMatch[] {
  const all = templates.some((t) => t.id === template.id) ? templates : [template, ...templates];
  const expected = expectations(template).mandatory;
  const places = locateMandatory(plan, expected, othersMandatory(all, template));
  return expected.map(({ indicator, level }, n) => {
    const place = places[n];
    if (!place) return { template, indicator, level };
    const box = plan.boxes[place.box]!;
    return { template, indicator, level, box, match: box.indicators![place.at]! };
  });
}

/** Where a plan holds an indicator: the box's position and the indicator's on it. */
interface Place {
  readonly box: number;
  readonly at: number;
}

// A name as compared: folded (case, accents, spacing), and without a trailing parenthesis, whose
// words are kept apart: "Antal deltagande företag (och org.nr)" → "antal deltagande foretag" and
// ["org.nr"]; "Gjorda investeringar (antal, kronor)" → "gjorda investeringar" and ["antal", "kronor"].
interface NameParts {
  readonly full: string;
  readonly stem: string;
  readonly qualifiers: readonly string[];
}

const TRAILING = /^(.*?)\s*\(([^()]*)\)\s*$/s;

// Plans of one template repeat its indicator names: each name's parts are worked out once
// (pure, so remembering them changes no answer; at most 10,000 names, then forgotten).
const partsOf = new Map<string, NameParts>();

function nameParts(name: string): NameParts {
  let parts = partsOf.get(name);
  if (parts === undefined) {
    parts = namePartsOf(name);
    if (partsOf.size >= 10_000) partsOf.clear();
    partsOf.set(name, parts);
  }
  return parts;
}

function namePartsOf(name: string): NameParts {
  const full = normalizeWords(name);
  const m = TRAILING.exec(name);
  if (!m) return { full, stem: full, qualifiers: [] };
  const qualifiers = normalizeWords(m[2]!)
    .split(/\s*(?:,|;|\/|&|\boch\b)\s*/)
    .map((q) => q.trim())
    .filter((q) => q !== '');
  return { full, stem: normalizeWords(m[1]!), qualifiers };
}

/**
 * Where the plan holds each of the template's mandatory indicators, or undefined. In order:
 * the template's id; the template's name in either language (case, accents and spacing
 * folded); that name without its trailing parenthesis, with the template's kind ("Antal
 * deltagande företag" for "Antal deltagande företag (och org.nr)"); a name whose parenthesis
 * lists the template's word among others ("Gjorda investeringar (antal, kronor)" is both
 * "(antal)" and "(kronor)"); and last an indicator marked `mandatory: true` on the template's
 * level with its kind (unless its id is another template's mandatory indicator, which the mark
 * is then about). A plan indicator found by name or mark stands for one template indicator
 * only, except a listing name, which stands for each it lists.
 */
function locateMandatory(
  plan: Plan,
  mandatory: Expectations['mandatory'],
  others: ReadonlySet<string>,
): (Place | undefined)[] {
  const all: { place: Place; indicator: Indicator; level: string; parts: NameParts }[] = [];
  plan.boxes.forEach((b, box) => {
    (b.indicators ?? []).forEach((indicator, at) => {
      all.push({ place: { box, at }, indicator, level: b.level, parts: nameParts(indicator.name) });
    });
  });
  const found: (Place | undefined)[] = mandatory.map(() => undefined);
  const used = new Set<(typeof all)[number]>();
  const pass = (
    test: (c: (typeof all)[number], ti: TemplateIndicator, level: Level) => boolean,
    share = false,
  ) => {
    mandatory.forEach(({ indicator: ti, level }, n) => {
      if (found[n]) return;
      const hit = all.find((c) => (share || !used.has(c)) && test(c, ti, level));
      if (!hit) return;
      found[n] = hit.place;
      used.add(hit);
    });
  };
  const names = templateNames;
  pass((c, ti) => c.indicator.id === ti.id, true);
  pass((c, ti) => names(ti).some((p) => p.full === c.parts.full), true);
  pass((c, ti) => c.indicator.kind === ti.kind && names(ti).some((p) => p.stem === c.parts.stem));
  pass(
    (c, ti) =>
      c.parts.qualifiers.length > 1 &&
      names(ti).some(
        (p) =>
          p.stem === c.parts.stem &&
          p.qualifiers.length > 0 &&
          p.qualifiers.every((q) => c.parts.qualifiers.includes(q)),
      ),
    true,
  );
  pass(
    (c, ti, level) =>
      c.indicator.mandatory === true &&
      c.level === level &&
      c.indicator.kind === ti.kind &&
      !others.has(c.indicator.id),
  );
  return found;
}

const templateNamesOf = new WeakMap<TemplateIndicator, readonly NameParts[]>();

// A template indicator's names, Swedish and English, as compared; worked out once per (frozen) indicator.
function templateNames(ti: TemplateIndicator): readonly NameParts[] {
  let names = templateNamesOf.get(ti);
  if (!names) {
    names = [ti.name, ti.nameEn ?? ti.name].map(nameParts);
    templateNamesOf.set(ti, names);
  }
  return names;
}

function indicatorFindings(
  plan: Plan,
  template: Template,
  path: readonly PathSegment[],
  firstOnLevel: readonly number[],
  { indicator: ti, level }: Expectations['mandatory'][number],
  match: Place | undefined,
  findings: Finding[],
): void {
  if (!match) {
    const at = firstOnLevel[levelIndex(level)]!;
    const box = at === -1 ? undefined : plan.boxes[at]!.id;
    findings.push(
      createFinding(
        'TEMPLATE_INDICATOR_MISSING',
        {
          plan: plan.id,
          ...(box === undefined ? {} : { box }),
          path: at === -1 ? [...path, 'boxes'] : [...path, 'boxes', at],
        },
        { template: template.id, indicator: ti.id, name: ti.name, level },
      ),
    );
    return;
  }
  const box = plan.boxes[match.box]!;
  const indicator: Indicator = box.indicators![match.at]!;
  const location = {
    plan: plan.id,
    box: box.id,
    indicator: indicator.id,
    path: [...path, 'boxes', match.box, 'indicators', match.at],
  };
  if (indicator.kind !== ti.kind) {
    findings.push(
      createFinding('TEMPLATE_INDICATOR_KIND', location, {
        template: template.id,
        indicator: indicator.id,
        kind: indicator.kind,
        expected: ti.kind,
      }),
    );
  }
  if (box.level !== level) {
    findings.push(
      createFinding('TEMPLATE_INDICATOR_LEVEL', location, {
        template: template.id,
        indicator: indicator.id,
        level: box.level,
        expected: level,
      }),
    );
  }
}

// An activity is of another type when its words point only to other templates;
// an activity with no known words, or with words of the declared one too, passes.
function activityFindings(
  plan: Plan,
  template: Template,
  path: readonly PathSegment[],
  templates: readonly Template[],
  find: WordFinder,
  findings: Finding[],
): void {
  plan.boxes.forEach((box, i) => {
    if (box.level !== 'aktiviteter' || box.placeholder) return;
    const found = find(box.text);
    // The common cases need no grouping: no known words, or words of the declared template.
    if (found.length === 0 || found.some((e) => e.templates.has(template.id))) return;
    const order = new Map(templates.map((t, n) => [t.id, n]));
    const groups = wordsByTemplate({ text: box.text }, find);
    const [best, words] = [...groups.entries()].sort(
      ([a, wa], [b, wb]) => totalWeight(wb) - totalWeight(wa) || order.get(a)! - order.get(b)!,
    )[0]!;
    const track = templates[order.get(best)!]?.track;
    findings.push(
      createFinding(
        'TEMPLATE_ACTIVITY_MISMATCH',
        { plan: plan.id, box: box.id, path: [...path, 'boxes', i] },
        {
          box: box.id,
          template: template.id,
          suggested: best,
          ...(track === undefined ? {} : { track }),
          words: words.map((w) => w.word),
        },
      ),
    );
  });
}
