import type { disaggregationCodes } from '../../findings/catalog/disaggregation.js';
import { type MessageTable, q, show } from '../message.js';

/** Swedish messages about values split by dimensions. */
export const svDisaggregation: MessageTable<keyof typeof disaggregationCodes> = {
  DISAGGREGATION_PARTS_EXCEED_TOTAL: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)}: delarna av ${show(d.field)} uppdelat på ${q(d.dimension)} är tillsammans ${show(d.sum)}, mer än helheten ${show(d.total)}.`,
    hint: () => 'Delarna kan inte vara fler än helheten: rätta delarna eller värdet.',
  },
  DISAGGREGATION_SUM_MISMATCH: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)}: delarna av ${show(d.field)} uppdelat på ${q(d.dimension)} är tillsammans ${show(d.sum)}, men helheten är ${show(d.total)}.`,
    hint: (d) =>
      d.completeBy === 'stated'
        ? 'Uppdelningen anger complete: true och ska då summera till helheten. Rätta delarna, eller skriv complete: false om bara en del av helheten är uppdelad.'
        : 'Uppdelningen tar upp alla dimensionens grupper och ska då summera till helheten. Rätta delarna, eller skriv complete: false om bara en del av helheten är uppdelad.',
  },
  DISAGGREGATION_DIMENSION_UNKNOWN: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} delar upp ${show(d.field)} på dimensionen ${q(d.dimension)}, som varken är en av bibliotekets dimensioner eller en som regionen deklarerar (dimensions).`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : `Använd en av ${q(d.known)}, eller deklarera dimensionen med sina grupper under dimensions.`,
  },
  DISAGGREGATION_GROUP_UNKNOWN: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} delar upp ${show(d.field)} på ${q(d.dimension)} med gruppen ${q(d.group)}, som dimensionen inte har.`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : d.allowed
          ? `Använd ett av ${q(d.allowed)}.`
          : 'Skriv en åldersgrupp som 16-29 eller 65+.',
  },
};
