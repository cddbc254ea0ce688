import type { timelineCodes } from '../../findings/catalog/timeline.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import { type MessageTable, q, show } from '../message.js';

const level = (v: Details[string]) => LEVEL_INFO[v as Level]?.en.toLowerCase() ?? show(v);
const years = (n: Details[string]) => (n === 1 ? '1 year' : `${show(n)} years`);
const kind = (v: Details[string]) => (v === 'index' ? 'index' : 'percentage');

/** English messages of the checks of values in time. */
export const enTimeline: MessageTable<keyof typeof timelineCodes> = {
  MEASUREMENT_BEFORE_BASELINE: {
    text: (d) =>
      `The measured value for ${show(d.period)} (${show(d.field)}) of the indicator ${q(d.indicator)} lies before the baseline year ${show(d.baselineYear)}; it is not counted in the follow-up.`,
    hint: () =>
      'Correct the period, or give the baseline for an earlier year if the measurements are to be followed from then.',
  },
  TARGET_BEFORE_BASELINE: {
    text: (d) =>
      `The target year ${show(d.year)} (${show(d.field)}) of the indicator ${q(d.indicator)} lies before the baseline year ${show(d.baselineYear)}.`,
    hint: () => 'A target is reached after the starting point: correct the target year or the baseline year.',
  },
  MEASUREMENT_OUTSIDE_FOLLOWUP: {
    text: (d) =>
      d.side === 'before'
        ? `The measured value for ${show(d.period)} (${show(d.field)}) of the indicator ${q(d.indicator)} lies before the plan's period ${show(d.from)}–${show(d.to)}; the earliest measurement that belongs to the plan is for ${show(d.firstYear)}.`
        : `The measured value for ${show(d.period)} (${show(d.field)}) of the indicator ${q(d.indicator)} lies after the plan's period ${show(d.from)}–${show(d.to)} and the follow-up window for ${level(d.level)} (${years(d.window)} after the period ends, up to ${show(d.lastYear)}).`,
    hint: (d) =>
      d.side === 'before'
        ? 'Correct the period. A measurement before the baseline year and the year before the plan starts does not belong to the plan.'
        : "Correct the period, or extend the plan's period if the work goes on longer.",
  },
  MEASUREMENT_RATIO_MISMATCH: {
    text: (d) =>
      `The measured value ${show(d.field)} of the indicator ${q(d.indicator)} is ${show(d.value)}, but the numerator ${show(d.numerator)} and the denominator ${show(d.denominator)} give ${show(d.expected)}.`,
    hint: (d) =>
      `Correct the value, the numerator or the denominator. The synthesis computes the ${kind(d.kind)} from the numerator and the denominator.`,
  },
};
