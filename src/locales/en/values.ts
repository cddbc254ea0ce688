import type { valuesCodes } from '../../findings/catalog/values.js';
import { type MessageTable, q, show } from '../message.js';

/** English messages of the value checks (units, time). */
export const enValues: MessageTable<keyof typeof valuesCodes> = {
  MEASUREMENT_UNIT_MISMATCH: {
    text: (d) =>
      `The measured value ${show(d.field)} of the indicator ${q(d.indicator)} is given in ${q(d.unit)}, which does not convert into ${
        d.indicatorUnit ? q(d.indicatorUnit) : "the indicator's values (it has no unit)"
      }; the value is left out of the follow-up.`,
    hint: () =>
      "Give the value in the indicator's unit, or in a unit that converts: kr, tkr, mnkr, mdkr; st, personer; %.",
  },
};
