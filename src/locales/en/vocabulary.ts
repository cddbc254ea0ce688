import type { vocabularyCodes } from '../../findings/catalog/vocabulary.js';
import { type MessageTable, q } from '../message.js';

/** English messages of versioned classification vocabularies. */
export const enVocabulary: MessageTable<keyof typeof vocabularyCodes> = {
  CLASSIFICATION_OTHER_VERSION: {
    text: (d) =>
      `${q(d.term)} in the field ${q(d.field)} belongs to the vocabulary ${q(d.foundIn)}, not to ${q(d.vocabulary)}${d.planPeriod ? `, which is valid for the plan's period ${d.planPeriod}` : ''}.`,
    hint: () =>
      "Choose a term of the version valid for the plan's period, or add the term to that version under vocabularies if the region uses it.",
  },
  FOKUSOMRADE_OUTSIDE_PRIORITERING: {
    text: (d) =>
      `The fokusområde ${q(d.fokusomrade)} belongs to the prioritering ${q(d.belongsTo)}, not to ${q(d.prioritering)} (vocabulary ${q(d.vocabulary)}).`,
    hint: (d) =>
      `Choose the prioritering ${q(d.belongsTo)}, or a fokusområde that belongs to ${q(d.prioritering)}.`,
  },
  VOCABULARY_NO_VERSION: {
    text: (d) =>
      `No version of the vocabulary ${q(d.series)} is valid for the plan's period ${d.planPeriod}; the classification is not checked.`,
    hint: (d) =>
      `The versions are ${q(d.versions)}. Name one of them in classification.vocabulary, or declare a version for the period under vocabularies.`,
  },
};
