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
    const checkClass = (
      indicator: Indicator,
      path: readonly (string | number)[],
      owner: { plan?: string; box?: string; goal?: string },
    ) => {
      const dataClass = indicator.dataClass;
      if (dataClass === undefined || known.includes(dataClass)) return;
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
    (document.plans ?? []).forEach((plan, pi) => {
      const effects: string[] = [];
      let other = false;
      let first: (string | number)[] | undefined;
      plan.boxes.forEach((box, bi) => {
        (box.indicators ?? []).forEach((indicator, ii) => {
          const path = ['plans', pi, 'boxes', bi, 'indicators', ii];
          checkClass(indicator, path, { plan: plan.id, box: box.id });
          if (box.level !== 'kortsiktiga' && box.level !== 'langsiktiga') return;
          if (indicator.dataClass === 'egen-data') {
            effects.push(indicator.id);
            first ??= path;
          } else if (indicator.dataClass !== undefined) other = true;
        });
      });
      // Indicators that name no class say nothing either way; one that names another class is enough.
      if (effects.length && !other)
        out.push(
          found(
            'CONTRIBUTION_EFFECT_OWN_DATA',
            { plan: plan.id, path: [...first!, 'dataClass'] },
            { plan: plan.id, indicators: effects },
          ),
        );
    });
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
