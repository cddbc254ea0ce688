import type { vocabularyCodes } from '../../findings/catalog/vocabulary.js';
import { type MessageTable, q } from '../message.js';

/** Swedish messages of versioned classification vocabularies. */
export const svVocabulary: MessageTable<keyof typeof vocabularyCodes> = {
  CLASSIFICATION_OTHER_VERSION: {
    text: (d) =>
      `${q(d.term)} i fältet ${q(d.field)} hör till vokabulären ${q(d.foundIn)}, inte till ${q(d.vocabulary)}${d.planPeriod ? `, som gäller för planens period ${d.planPeriod}` : ''}.`,
    hint: () =>
      'Välj en term ur den version som gäller för planens period, eller lägg till termen i den versionen under vocabularies om regionen använder den.',
  },
  FOKUSOMRADE_OUTSIDE_PRIORITERING: {
    text: (d) =>
      `Fokusområdet ${q(d.fokusomrade)} hör till prioriteringen ${q(d.belongsTo)}, inte till ${q(d.prioritering)} (vokabulären ${q(d.vocabulary)}).`,
    hint: (d) =>
      `Välj prioriteringen ${q(d.belongsTo)}, eller ett fokusområde som hör till ${q(d.prioritering)}.`,
  },
  VOCABULARY_NO_VERSION: {
    text: (d) =>
      `Ingen version av vokabulären ${q(d.series)} gäller för planens period ${d.planPeriod}; klassificeringen kontrolleras inte.`,
    hint: (d) =>
      `Versionerna är ${q(d.versions)}. Ange en av dem i classification.vocabulary, eller deklarera en version för perioden under vocabularies.`,
  },
};
