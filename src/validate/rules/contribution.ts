import type { Finding } from '../../findings/finding.js';
import { closest } from '../../io/suggest.js';
import { DATA_CLASSES } from '../../model/contribution.js';
import type { Indicator } from '../../model/indicator.js';
import { found, type Rule } from '../rule.js';

/**
 * Data classes and claims: every indicator's `dataClass` is one of the library's
 * or one the document declares (`DATA_CLASS_UNKNOWN`), and a plan whose
 * samhällseffekter are followed up with its own data only gets advice
 * (`CONTRIBUTION_EFFECT_OWN_DATA`): such a value cannot show a contribution.
 */
export const contributionRule: Rule = {
  name: 'contribution',
  codes: ['DATA_CLASS_UNKNOWN', 'CONTRIBUTION_EFFECT_OWN_DATA'],
  check({ document }) {
    const out: Finding[] = [];
    const known: string[] = [...DATA_CLASSES];
    for (const d of document.dataClasses ?? []) if (!known.includes(d.id)) known.push(d.id);
    // Called only for a class that is not known: nothing is made for an indicator that passes.
    const unknownClass = (
      indicator: Indicator,
      dataClass: string,
      path: readonly (string | number)[],
      owner: { plan?: string; box?: string; goal?: string },
    ) => {
      const suggestion = closest(dataClass, known);
      out.push(
        found(
          'DATA_CLASS_UNKNOWN',
          { ...owner, indicator: indicator.id, path: [...path, 'dataClass'] },
          {
            indicator: indicator.id,
            dataClass,
            ...(owner.plan !== undefined ? { plan: owner.plan } : {}),
            ...(owner.goal !== undefined ? { goal: owner.goal } : {}),
            ...(suggestion ? { suggestion } : {}),
            known,
          },
        ),
      );
    };
    const checkClass = (
      indicator: Indicator,
      path: readonly (string | number)[],
      owner: { plan?: string; box?: string; goal?: string },
    ) => {
      const dataClass = indicator.dataClass;
      if (dataClass !== undefined && !known.includes(dataClass))
        unknownClass(indicator, dataClass, path, owner);
    };
    // Plain loops over every indicator of every plan: no path or object made for one that passes.
    const plans = document.plans ?? [];
    for (let pi = 0; pi < plans.length; pi++) {
      const plan = plans[pi]!;
      let effects: string[] | undefined;
      let other = false;
      let first: (string | number)[] | undefined;
      for (let bi = 0; bi < plan.boxes.length; bi++) {
        const box = plan.boxes[bi]!;
        const indicators = box.indicators;
        if (!indicators) continue;
        const effect = box.level === 'kortsiktiga' || box.level === 'langsiktiga';
        for (let ii = 0; ii < indicators.length; ii++) {
          const indicator = indicators[ii]!;
          const dataClass = indicator.dataClass;
          if (dataClass !== undefined && !known.includes(dataClass))
            unknownClass(indicator, dataClass, ['plans', pi, 'boxes', bi, 'indicators', ii], {
              plan: plan.id,
              box: box.id,
            });
          if (!effect || dataClass === undefined) continue;
          if (dataClass === 'egen-data') {
            effects ??= [];
            effects.push(indicator.id);
            first ??= ['plans', pi, 'boxes', bi, 'indicators', ii];
          } else other = true;
        }
      }
      // Indicators that name no class say nothing either way; one that names another class is enough.
      if (effects && !other)
        out.push(
          found(
            'CONTRIBUTION_EFFECT_OWN_DATA',
            { plan: plan.id, path: [...first!, 'dataClass'] },
            { plan: plan.id, indicators: effects },
          ),
        );
    }
    const goals = (
      list: readonly { readonly id: string; readonly indicators?: readonly Indicator[] | undefined }[],
      at: readonly (string | number)[],
    ) => {
      for (const [gi, goal] of list.entries())
        for (const [ii, indicator] of (goal.indicators ?? []).entries())
          checkClass(indicator, [...at, gi, 'indicators', ii], { goal: goal.id });
    };
    goals(document.strategy?.rus?.goals ?? [], ['strategy', 'rus', 'goals']);
    for (const [ui, u] of (document.strategy?.understrategier ?? []).entries())
      goals(u.goals, ['strategy', 'understrategier', ui, 'goals']);
    return out;
  },
};
