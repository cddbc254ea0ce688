import type { Finding } from '../../findings/finding.js';
import { closest } from '../../io/suggest.js';
import type { Plan } from '../../model/plan.js';
import type { Span } from '../../model/time.js';
import { knownVocabularies, VOCABULARY_FIELDS, type Vocabulary } from '../../model/vocabularies.js';
import { found, type Rule } from '../rule.js';

/**
 * Classification values come from the vocabulary the plan names: one version
 * (checked against it alone, as before versions existed), or a series (checked
 * against the version or versions valid during the plan's period). A term that
 * only another version of the series holds is named with both versions; a
 * fokusområde must belong to the plan's prioritering.
 */
export const classification: Rule = {
  name: 'classification',
  codes: [
    'CLASSIFICATION_UNKNOWN_VALUE',
    'VOCABULARY_UNKNOWN',
    'CLASSIFICATION_OTHER_VERSION',
    'FOKUSOMRADE_OUTSIDE_PRIORITERING',
    'VOCABULARY_NO_VERSION',
  ],
  *check({ plans, document }) {
    let known: ReadonlyMap<string, Vocabulary> | undefined;
    for (const p of plans) {
      const c = p.plan.classification;
      if (!c?.vocabulary) continue;
      known ??= knownVocabularies(document.vocabularies);
      const at: PlanAt = { plan: p.plan.id, base: ['plans', p.at, 'classification'] };
      const span = years(p.plan.period);
      const planPeriod = span ? `${span.from}–${span.to}` : null;
      const checked = yield* versionsChecked(known, c.vocabulary, at, span, planPeriod);
      if (checked.length === 0) continue;
      yield* termFindings(c, known, checked, at, planPeriod);
      const outside = fokusOutside(c.prioritering, c.fokusomrade, checked);
      if (outside)
        yield found(
          'FOKUSOMRADE_OUTSIDE_PRIORITERING',
          { plan: at.plan, path: [...at.base, 'fokusomrade'] },
          { plan: at.plan, fokusomrade: c.fokusomrade!, prioritering: c.prioritering!, ...outside },
        );
    }
  },
};

/** A plan's id and the path to its classification. */
interface PlanAt {
  readonly plan: string;
  readonly base: readonly (string | number)[];
}

type Classification = NonNullable<Plan['classification']>;

/**
 * The vocabulary versions a plan is checked against: the one it names, or its series' versions
 * valid during its period. None, with VOCABULARY_UNKNOWN or VOCABULARY_NO_VERSION, when there is none.
 */
function* versionsChecked(
  known: ReadonlyMap<string, Vocabulary>,
  vocabulary: string,
  at: PlanAt,
  span: { from: number; to: number } | undefined,
  planPeriod: string | null,
): Generator<Finding, readonly Vocabulary[]> {
  const named = known.get(vocabulary);
  const series = named ? [] : versionsOf(known, vocabulary);
  if (!named && series.length === 0) {
    yield found('VOCABULARY_UNKNOWN', { plan: at.plan, path: [...at.base, 'vocabulary'] }, { vocabulary });
    return [];
  }
  const checked = named ? [named] : span ? series.filter((v) => overlaps(v, span)) : series;
  if (checked.length === 0) {
    yield found(
      'VOCABULARY_NO_VERSION',
      { plan: at.plan, path: [...at.base, 'vocabulary'] },
      {
        plan: at.plan,
        series: vocabulary,
        planPeriod: planPeriod ?? '',
        versions: series.map((v) => (v.valid ? `${v.id} (${v.valid.from}–${v.valid.to})` : v.id)),
      },
    );
  }
  return checked;
}

/**
 * Each classification value no checked version holds: CLASSIFICATION_OTHER_VERSION when another
 * version of the series holds it, else CLASSIFICATION_UNKNOWN_VALUE with the terms allowed.
 */
function* termFindings(
  c: Classification,
  known: ReadonlyMap<string, Vocabulary>,
  checked: readonly Vocabulary[],
  at: PlanAt,
  planPeriod: string | null,
): Generator<Finding> {
  const others = versionsOf(known, checked[0]!.series).filter((v) => !checked.includes(v));
  for (const field of VOCABULARY_FIELDS) {
    const raw = c[field];
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const documented = checked.filter((v) => !v.undocumented?.includes(field));
    for (const [i, value] of values.entries()) {
      if (checked.some((v) => v[field].includes(value))) continue;
      const path = Array.isArray(raw) ? [...at.base, field, i] : [...at.base, field];
      const foundIn = others.filter((v) => v[field].includes(value)).map((v) => v.id);
      if (foundIn.length > 0) {
        yield found(
          'CLASSIFICATION_OTHER_VERSION',
          { plan: at.plan, path },
          {
            plan: at.plan,
            field,
            term: value,
            planPeriod,
            vocabulary: checked.map((v) => v.id),
            foundIn,
          },
        );
        continue;
      }
      if (documented.length === 0) continue;
      const allowed: string[] = [];
      for (const v of documented)
        for (const term of v[field]) if (!allowed.includes(term)) allowed.push(term);
      const suggestion = closest(value, allowed);
      yield found(
        'CLASSIFICATION_UNKNOWN_VALUE',
        { plan: at.plan, path },
        {
          field,
          value,
          vocabulary: documented[0]!.id,
          expected: allowed,
          ...(suggestion ? { suggestion } : {}),
        },
      );
    }
  }
}

// The versions of a series, in the order they are known (the library's first, then the region's).
function versionsOf(known: ReadonlyMap<string, Vocabulary>, series: string): Vocabulary[] {
  const out: Vocabulary[] = [];
  for (const v of known.values()) if (v.series === series) out.push(v);
  return out;
}

// A plan's period as years, earlier end first; undefined when it has none.
function years(period: Span | undefined): { from: number; to: number } | undefined {
  if (!period) return undefined;
  const a = year(period.from);
  const b = year(period.to);
  if (a === undefined || b === undefined) return undefined;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

function year(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\d{4}/.test(value)) return Number(value.slice(0, 4));
  return undefined;
}

function overlaps(v: Vocabulary, span: { from: number; to: number }): boolean {
  return !v.valid || (v.valid.from <= span.to && span.from <= v.valid.to);
}

/**
 * Where the plan's fokusområde belongs to another prioritering than the plan's in
 * every checked version that places it. Nothing when the prioritering is not a
 * term of a checked version (reported on its own) or no version places the fokusområde.
 */
function fokusOutside(
  prioritering: string | undefined,
  fokusomrade: string | undefined,
  checked: readonly Vocabulary[],
): { belongsTo: string; vocabulary: string } | undefined {
  if (prioritering === undefined || fokusomrade === undefined) return undefined;
  if (!checked.some((v) => v.prioritering.includes(prioritering))) return undefined;
  let first: { belongsTo: string; vocabulary: string } | undefined;
  for (const v of checked) {
    const under = v.fokusomradeUnder;
    if (!under || !Object.hasOwn(under, fokusomrade)) continue;
    const belongsTo = under[fokusomrade]!;
    if (belongsTo === prioritering) return undefined;
    first ??= { belongsTo, vocabulary: v.id };
  }
  return first;
}
