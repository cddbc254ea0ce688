import { castDraft } from 'immer';
import { Classification } from '../model/classification.js';
import type { Document } from '../model/document.js';
import { Id } from '../model/ids.js';
import { checkValue, commit, refuse } from './commit.js';
import { sameJson } from './equal.js';
import { findPlan, isFinding } from './find.js';
import { takeInput } from './input.js';
import type { EditOptions, EditResult, SetClassification, SetTemplate } from './types.js';

/**
 * Sets the chain template a plan follows, or removes it with `null`. The id is
 * checked for form only: national templates live outside the document.
 */
export function setTemplate(document: Document, given: SetTemplate, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const pi = found.index;
  const template = input.template;
  if (template !== null) {
    const bad = checkValue(Id, template, 'template', {
      plan: found.plan.id,
      path: ['plans', pi, 'template'],
    });
    if (bad.findings.length) return refuse(bad.findings);
  }
  return commit(
    document,
    { op: 'setTemplate', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        const plan = draft.plans![pi]!;
        if (template === null) {
          if ('template' in plan) delete plan.template;
        } else if (plan.template !== template) plan.template = template;
      },
    },
    options,
  );
}

/** Sets a plan's insatsresa classification as a whole, or removes it with `null`. */
export function setClassification(
  document: Document,
  given: SetClassification,
  givenOptions?: EditOptions,
): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findPlan(document, input.plan);
  if (isFinding(found)) return refuse(found);
  const pi = found.index;
  let value: Classification | undefined;
  if (input.classification !== null) {
    const location = { plan: found.plan.id, path: ['plans', pi, 'classification'] };
    const checked = checkValue(Classification, input.classification, 'classification', location);
    if (checked.findings.length) return refuse(checked.findings);
    value = checked.value as Classification;
  }
  return commit(
    document,
    { op: 'setClassification', ...input },
    {
      plans: [pi],
      recipe: (draft) => {
        const plan = draft.plans![pi]!;
        if (value === undefined) {
          if ('classification' in plan) delete plan.classification;
        } else if (!sameJson(found.plan.classification, value)) plan.classification = castDraft(value);
      },
    },
    options,
  );
}
