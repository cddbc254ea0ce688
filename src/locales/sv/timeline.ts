import type { timelineCodes } from '../../findings/catalog/timeline.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import { type MessageTable, q, show } from '../message.js';

const level = (v: Details[string]) => LEVEL_INFO[v as Level]?.sv.toLowerCase() ?? show(v);
const years = (n: Details[string]) => (n === 1 ? '1 år' : `${show(n)} år`);
const kind = (v: Details[string]) => (v === 'index' ? 'indexet' : 'andelen');

/** Swedish messages of the checks of values in time. */
export const svTimeline: MessageTable<keyof typeof timelineCodes> = {
  MEASUREMENT_BEFORE_BASELINE: {
    text: (d) =>
      `Mätvärdet för ${show(d.period)} (${show(d.field)}) för indikatorn ${q(d.indicator)} ligger före basåret ${show(d.baselineYear)}; det räknas inte i uppföljningen.`,
    hint: () =>
      'Rätta perioden, eller ange basvärdet för ett tidigare år om mätningarna ska följas upp från det.',
  },
  TARGET_BEFORE_BASELINE: {
    text: (d) =>
      `Målåret ${show(d.year)} (${show(d.field)}) för indikatorn ${q(d.indicator)} ligger före basåret ${show(d.baselineYear)}.`,
    hint: () => 'Ett mål nås efter utgångsläget: rätta målåret eller basåret.',
  },
  MEASUREMENT_OUTSIDE_FOLLOWUP: {
    text: (d) =>
      d.side === 'before'
        ? `Mätvärdet för ${show(d.period)} (${show(d.field)}) för indikatorn ${q(d.indicator)} ligger före planens period ${show(d.from)}–${show(d.to)}; den tidigaste mätningen som hör till planen gäller ${show(d.firstYear)}.`
        : `Mätvärdet för ${show(d.period)} (${show(d.field)}) för indikatorn ${q(d.indicator)} ligger efter planens period ${show(d.from)}–${show(d.to)} och uppföljningstiden för ${level(d.level)} (${years(d.window)} efter periodens slut, till och med ${show(d.lastYear)}).`,
    hint: (d) =>
      d.side === 'before'
        ? 'Rätta perioden. En mätning före basåret och året före planens start hör inte till planen.'
        : 'Rätta perioden, eller förläng planens period om insatsen pågår längre.',
  },
  MEASUREMENT_RATIO_MISMATCH: {
    text: (d) =>
      `Mätvärdet ${show(d.field)} för indikatorn ${q(d.indicator)} är ${show(d.value)}, men täljaren ${show(d.numerator)} och nämnaren ${show(d.denominator)} ger ${show(d.expected)}.`,
    hint: (d) =>
      `Rätta värdet, täljaren eller nämnaren. Syntesen räknar ${kind(d.kind)} ur täljare och nämnare.`,
  },
};
