import type { disaggregationCodes } from '../../findings/catalog/disaggregation.js';
import { type MessageTable, q, show } from '../message.js';

/** English messages about values split by dimensions. */
export const enDisaggregation: MessageTable<keyof typeof disaggregationCodes> = {
  DISAGGREGATION_PARTS_EXCEED_TOTAL: {
    text: (d) =>
      `Indicator ${q(d.indicator)}: the parts of ${show(d.field)} split by ${q(d.dimension)} add up to ${show(d.sum)}, more than the total ${show(d.total)}.`,
    hint: () => 'The parts cannot be more than the whole: correct the parts or the value.',
  },
  DISAGGREGATION_SUM_MISMATCH: {
    text: (d) =>
      `Indicator ${q(d.indicator)}: the parts of ${show(d.field)} split by ${q(d.dimension)} add up to ${show(d.sum)}, but the total is ${show(d.total)}.`,
    hint: (d) =>
      d.completeBy === 'stated'
        ? 'The split says complete: true and must then add up to the total. Correct the parts, or write complete: false if only part of the total is split.'
        : 'The split gives every group of the dimension and must then add up to the total. Correct the parts, or write complete: false if only part of the total is split.',
  },
  DISAGGREGATION_DIMENSION_UNKNOWN: {
    text: (d) =>
      `Indicator ${q(d.indicator)} splits ${show(d.field)} by the dimension ${q(d.dimension)}, which is neither one of the library's nor declared in the document's dimensions.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : `Use one of ${q(d.known)}, or declare the dimension with its groups under dimensions.`,
  },
  DISAGGREGATION_GROUP_UNKNOWN: {
    text: (d) =>
      `Indicator ${q(d.indicator)} splits ${show(d.field)} by ${q(d.dimension)} with the group ${q(d.group)}, which the dimension does not have.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : d.allowed
          ? `Use one of ${q(d.allowed)}.`
          : 'Write an age band such as 16-29 or 65+.',
  },
};
