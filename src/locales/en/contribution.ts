import type { contributionCodes } from '../../findings/catalog/contribution.js';
import type { ContributionWords } from '../contribution-words.js';
import { type MessageTable, q } from '../message.js';

/** English messages about data classes and what a plan may claim. */
export const enContribution: MessageTable<keyof typeof contributionCodes> = {
  CONTRIBUTION_EFFECT_OWN_DATA: {
    text: (d) =>
      `The plan ${q(d.plan)} follows up its societal effects with its own data only (${q(d.indicators)}).`,
    hint: () =>
      "A societal effect is moved by many actors: follow it up with official statistics, register data or a survey as well, and report it as a contribution, not as the plan's own result.",
  },
  DATA_CLASS_UNKNOWN: {
    text: (d) =>
      `The indicator ${q(d.indicator)} gives the data class ${q(d.dataClass)}, which is neither one of the library's nor declared in the document's dataClasses.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : `Use one of ${q(d.known)}, or declare the data class under dataClasses.`,
  },
};

/** English words for data classes and claims. */
export const enContributionWords: ContributionWords = {
  claim: { delivered: 'delivered', reached: 'reached', contributed: 'contribution' },
  dataClass: {
    'egen-data': 'own data',
    'officiell-statistik': 'official statistics',
    register: 'register',
    enkat: 'survey',
  },
  column: { claim: 'Claim', dataClass: 'Data class' },
  rollupNote:
    "The plans' values are contributions to the strategy's indicators, not the cause of their development: the county's development is moved by many actors.",
};
