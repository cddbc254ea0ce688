import type { valuesCodes } from '../../findings/catalog/values.js';
import { type MessageTable, q, show } from '../message.js';

/** Swedish messages of the value checks (units, time). */
export const svValues: MessageTable<keyof typeof valuesCodes> = {
  MEASUREMENT_UNIT_MISMATCH: {
    text: (d) =>
      `Mätvärdet ${show(d.field)} för indikatorn ${q(d.indicator)} är angivet i ${q(d.unit)}, som inte går att räkna om till ${
        d.indicatorUnit ? q(d.indicatorUnit) : 'indikatorns värden (den har ingen enhet)'
      }; värdet räknas inte med i uppföljningen.`,
    hint: () =>
      'Ange värdet i indikatorns enhet, eller i en enhet som går att räkna om: kr, tkr, mnkr, mdkr; st, personer; %.',
  },
};
