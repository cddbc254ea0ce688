import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Indicator, Plan, Template } from '../../src/index.js';
import { checkConformance, instantiate, NATIONAL_TEMPLATES } from '../../src/templates/index.js';

// Template indicators found as strategists write them (issue 14): by id, by the template's
// name with case, accents and a trailing parenthesis folded and the same kind, by a name
// listing several ("antal, kronor"), or by `mandatory: true` on the template's level.
const template = (id: string): Template => NATIONAL_TEMPLATES.find((t) => t.id === id)!;

/** The fresh plan of a template with the output box's indicators replaced. */
function planWith(t: Template, indicators: Partial<Draft<Indicator>>[], level = 2): Plan {
  const plan = instantiate(t, { planId: 'p', name: 'P' }) as Draft<Plan>;
  delete plan.boxes[2]!.indicators;
  plan.boxes[level]!.indicators = indicators.map((i, n) => ({
    id: `egen-${n}`,
    name: 'x',
    kind: 'count',
    ...i,
  }));
  return plan;
}

const found = (plan: Plan, t: Template) =>
  checkConformance(plan, t).map((f) => [f.code, f.details.indicator] as const);

describe('mandatory template indicators under the names plans give them', () => {
  const direkt = template('varor-tjanster-direkt');
  const infra = template('investeringar-infrastruktur');

  it('finds "Antal deltagande företag" as "Antal deltagande företag (och org.nr)"', () => {
    for (const name of [
      'Antal deltagande företag',
      'antal deltagande FORETAG',
      'Antal deltagande företag (org.nr)',
    ])
      expect(found(planWith(direkt, [{ name, kind: 'count' }]), direkt), name).toEqual([]);
  });

  it('needs the same kind for a name without its parenthesis', () => {
    expect(found(planWith(direkt, [{ name: 'Antal deltagande företag', kind: 'percent' }]), direkt)).toEqual([
      ['TEMPLATE_INDICATOR_MISSING', 'antal-deltagande-foretag'],
    ]);
  });

  it('still finds the full name of another kind, and says the kind is wrong', () => {
    expect(
      found(planWith(direkt, [{ name: 'Antal deltagande företag (och org.nr)', kind: 'percent' }]), direkt),
    ).toEqual([['TEMPLATE_INDICATOR_KIND', 'egen-0']]);
  });

  it('does not take another name that shares the first words', () => {
    expect(
      found(planWith(direkt, [{ name: 'Antal deltagande företag med exportplan', kind: 'count' }]), direkt),
    ).toEqual([['TEMPLATE_INDICATOR_MISSING', 'antal-deltagande-foretag']]);
  });

  it('tells "Gjorda investeringar" in antal and kronor apart by kind', () => {
    const plan = planWith(infra, [
      { name: 'Gjorda investeringar', kind: 'sek' },
      { name: 'Gjorda investeringar', kind: 'count' },
    ]);
    expect(found(plan, infra)).toEqual([]);
    expect(found(planWith(infra, [{ name: 'Gjorda investeringar', kind: 'sek' }]), infra)).toEqual([
      ['TEMPLATE_INDICATOR_MISSING', 'gjorda-investeringar-antal'],
    ]);
  });

  it('reads the chart\'s combined "Gjorda investeringar (antal, kronor)" as both indicators', () => {
    const two = planWith(infra, [
      { name: 'Gjorda investeringar (antal, kronor)', kind: 'count' },
      { name: 'Gjorda investeringar (antal, kronor)', kind: 'sek' },
    ]);
    expect(found(two, infra)).toEqual([]);
    // One indicator cannot be counted in both: found as both, the other kind is said.
    const one = planWith(infra, [{ name: 'Gjorda investeringar (antal, kronor)', kind: 'count' }]);
    expect(found(one, infra)).toEqual([['TEMPLATE_INDICATOR_KIND', 'egen-0']]);
    expect(checkConformance(one, infra)[0]!.details).toMatchObject({ kind: 'count', expected: 'sek' });
  });

  it('counts an indicator marked mandatory on the template level with the same kind', () => {
    const marked = { name: 'Företag i programmet', kind: 'count' as const, mandatory: true };
    expect(found(planWith(direkt, [marked]), direkt)).toEqual([]);
    expect(found(planWith(direkt, [{ ...marked, mandatory: false }]), direkt)).toEqual([
      ['TEMPLATE_INDICATOR_MISSING', 'antal-deltagande-foretag'],
    ]);
    expect(found(planWith(direkt, [marked], 3), direkt)).toEqual([
      ['TEMPLATE_INDICATOR_MISSING', 'antal-deltagande-foretag'],
    ]);
    expect(found(planWith(direkt, [{ ...marked, kind: 'sek' }]), direkt)).toEqual([
      ['TEMPLATE_INDICATOR_MISSING', 'antal-deltagande-foretag'],
    ]);
  });

  it('lets one indicator found by a short name or a mark stand for one template indicator only', () => {
    const plan = planWith(infra, [{ name: 'Investeringar', kind: 'count', mandatory: true }]);
    expect(found(plan, infra)).toEqual([['TEMPLATE_INDICATOR_MISSING', 'gjorda-investeringar-kronor']]);
    const both = planWith(infra, [
      { name: 'Antal investeringar', kind: 'count', mandatory: true },
      { name: 'Investerade kronor', kind: 'sek', mandatory: true },
    ]);
    expect(found(both, infra)).toEqual([]);
  });
});
