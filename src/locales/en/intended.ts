import type { intendedCodes } from '../../findings/catalog/intended.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import { type MessageTable, q, show } from '../message.js';

const levels = (v: Details[string]) =>
  (Array.isArray(v) ? v : [v]).map((l) => LEVEL_INFO[l as Level]?.en.toLowerCase() ?? show(l)).join(', ');
const many = (v: Details[string]) => Array.isArray(v) && v.length > 1;

/** English messages of the intended levels of strategy goals. */
export const enIntended: MessageTable<keyof typeof intendedCodes> = {
  INTENDED_LEVEL_NOT_REACHED: {
    text: (d) =>
      `The goal ${q(d.goal)} is meant to be followed at the ${many(d.intended) ? 'levels' : 'level'} ${levels(d.intended)}, but the plans reach it only from ${levels(d.reached)}.`,
    hint: () =>
      "Link from the plans' boxes on the intended levels, or change intendedLevels if the goal is meant to be followed elsewhere.",
  },
};
