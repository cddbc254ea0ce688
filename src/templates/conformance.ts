import { createFinding } from '../findings/create.js';
import type { Finding, PathSegment } from '../findings/finding.js';
import type { Box } from '../model/box.js';
import type { Indicator } from '../model/indicator.js';
import { isLevel, LEVELS, type Level, levelIndex } from '../model/levels.js';
import type { Plan } from '../model/plan.js';
import type { Template, TemplateIndicator } from '../model/template.js';
import { createTemplateRegistry, type TemplateRegistry } from './registry.js';
import { totalWeight, wordsByTemplate } from './suggest.js';
import {
  buildVocabulary,
  hasVocabulary,
  normalizeWords,
  type VocabularyEntry,
  type WordFinder,
  wordFinder,
} from './vocabulary.js';

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
  // The first box on each level, by level index; -1 where the plan has none. Plain loops:
  // validate runs this for every plan of a national set.
  const firstOnLevel = [-1, -1, -1, -1, -1, -1];
  const boxes = plan.boxes;
  for (let i = 0; i < boxes.length; i++) {
    const level = boxes[i]!.level;
    if (!isLevel(level)) continue;
    const at = levelIndex(level);
    if (firstOnLevel[at] === -1) firstOnLevel[at] = i;
  }
  for (let at = 0; at < LEVELS.length; at++) {
    const standard = expected.levels[at];
    if (standard === undefined || firstOnLevel[at] !== -1) continue;
    findings.push(
      createFinding(
        'TEMPLATE_LEVEL_MISSING',
        { plan: plan.id, path: [...path, 'boxes'] },
        { template: template.id, level: LEVELS[at]!, expected: standard },
      ),
    );
  }
  const places = locateMandatory(plan, expected.mandatory, othersMandatory(templates, template));
  for (let n = 0; n < expected.mandatory.length; n++) {
    indicatorFindings(plan, template, path, firstOnLevel, expected.mandatory[n]!, places[n], findings);
  }
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
  // Validate runs this for every plan: plain loops over the plan's indicators in order, no
  // object or closure per indicator. `used` is by the indicator's number in that order.
  const boxes = plan.boxes;
  let count = 0;
  for (const b of boxes) count += b.indicators?.length ?? 0;
  const found: (Place | undefined)[] = new Array(mandatory.length).fill(undefined);
  const used = new Uint8Array(count);
  for (let pass = 0; pass < PASSES; pass++) {
    const share = SHARED[pass];
    for (let n = 0; n < mandatory.length; n++) {
      if (found[n]) continue;
      const { indicator: ti, level } = mandatory[n]!;
      let c = -1;
      search: for (let box = 0; box < boxes.length; box++) {
        const b = boxes[box]!;
        const indicators = b.indicators;
        if (!indicators) continue;
        for (let at = 0; at < indicators.length; at++) {
          c++;
          if (!share && used[c] === 1) continue;
          if (!matches(pass, indicators[at]!, b.level, ti, level, others)) continue;
          found[n] = { box, at };
          used[c] = 1;
          break search;
        }
      }
    }
  }
  return found;
}

// The passes of `locateMandatory`, in order, and whether a plan indicator found in one may
// stand for more than one template indicator: by id; by full name; by name without its
// parenthesis, with the kind; by a parenthesis listing the template's word; by the mark.
const PASSES = 5;
const SHARED = [true, true, false, true, false];

function matches(
  pass: number,
  indicator: Indicator,
  boxLevel: string,
  ti: TemplateIndicator,
  level: Level,
  others: ReadonlySet<string>,
): boolean {
  switch (pass) {
    case 0:
      return indicator.id === ti.id;
    case 1:
      return sameFullName(templateNames(ti), nameParts(indicator.name));
    case 2:
      return indicator.kind === ti.kind && sameStem(templateNames(ti), nameParts(indicator.name));
    case 3:
      return listsTemplateWord(templateNames(ti), nameParts(indicator.name));
    default:
      return (
        indicator.mandatory === true &&
        boxLevel === level &&
        indicator.kind === ti.kind &&
        !others.has(indicator.id)
      );
  }
}

function sameFullName(names: readonly NameParts[], parts: NameParts): boolean {
  for (const p of names) if (p.full === parts.full) return true;
  return false;
}

function sameStem(names: readonly NameParts[], parts: NameParts): boolean {
  for (const p of names) if (p.stem === parts.stem) return true;
  return false;
}

// "Gjorda investeringar (antal, kronor)" for the template's "Gjorda investeringar (kronor)".
function listsTemplateWord(names: readonly NameParts[], parts: NameParts): boolean {
  if (parts.qualifiers.length <= 1) return false;
  for (const p of names) {
    if (p.stem !== parts.stem || p.qualifiers.length === 0) continue;
    let all = true;
    for (const q of p.qualifiers) if (!parts.qualifiers.includes(q)) all = false;
    if (all) return true;
  }
  return false;
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
  if (indicator.kind === ti.kind && box.level === level) return;
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
  for (let i = 0; i < plan.boxes.length; i++) {
    const box = plan.boxes[i]!;
    if (box.level !== 'aktiviteter' || box.placeholder) continue;
    // The common cases need no grouping: no known words, or words of the declared template.
    if (!foreignWordsOnly(find(box.text), template.id)) continue;
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
  }
}

// Whether a text's known words are all other templates' (none of the declared one's).
function foreignWordsOnly(found: readonly VocabularyEntry[], template: string): boolean {
  if (found.length === 0) return false;
  for (const e of found) if (e.templates.has(template)) return false;
  return true;
}
