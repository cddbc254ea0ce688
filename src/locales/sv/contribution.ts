import type { contributionCodes } from '../../findings/catalog/contribution.js';
import type { ContributionWords } from '../contribution-words.js';
import { type MessageTable, q } from '../message.js';

/** Swedish messages about data classes and what a plan may claim. */
export const svContribution: MessageTable<keyof typeof contributionCodes> = {
  CONTRIBUTION_EFFECT_OWN_DATA: {
    text: (d) =>
      `Planen ${q(d.plan)} följer upp sina samhällseffekter bara med egen data (${q(d.indicators)}).`,
    hint: () =>
      'En samhällseffekt påverkas av många aktörer: följ upp den också med officiell statistik, registerdata eller en enkät, och redovisa den som ett bidrag, inte som planens eget resultat.',
  },
  DATA_CLASS_UNKNOWN: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} anger dataslaget ${q(d.dataClass)}, som varken är ett av bibliotekets dataslag eller ett som regionen deklarerar (dataClasses).`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : `Använd ett av ${q(d.known)}, eller deklarera dataslaget under dataClasses.`,
  },
};

/** Swedish words for data classes and claims. */
export const svContributionWords: ContributionWords = {
  claim: { delivered: 'levererat', reached: 'uppnått', contributed: 'bidrag' },
  dataClass: {
    'egen-data': 'egen data',
    'officiell-statistik': 'officiell statistik',
    register: 'register',
    enkat: 'enkät',
  },
  column: { claim: 'Anspråk', dataClass: 'Dataslag' },
  rollupNote:
    'Planernas värden är bidrag till strategins indikatorer, inte orsaken till deras utveckling: länets utveckling påverkas av många aktörer.',
};
