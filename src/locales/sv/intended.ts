import type { intendedCodes } from '../../findings/catalog/intended.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import { type MessageTable, q, show } from '../message.js';

const levels = (v: Details[string]) =>
  (Array.isArray(v) ? v : [v]).map((l) => LEVEL_INFO[l as Level]?.sv.toLowerCase() ?? show(l)).join(', ');
const many = (v: Details[string]) => Array.isArray(v) && v.length > 1;

/** Swedish messages of the intended levels of strategy goals. */
export const svIntended: MessageTable<keyof typeof intendedCodes> = {
  INTENDED_LEVEL_NOT_REACHED: {
    text: (d) =>
      `Målet ${q(d.goal)} ska följas upp på ${many(d.intended) ? 'nivåerna' : 'nivån'} ${levels(d.intended)}, men planerna når det bara från ${levels(d.reached)}.`,
    hint: () =>
      'Koppla från planernas rutor på de avsedda nivåerna, eller ändra intendedLevels om målet är tänkt att följas upp någon annanstans.',
  },
};
