import type { familiesCodes } from '../../findings/catalog/families.js';
import { type MessageTable, q, show } from '../message.js';

/** English messages of plan families (ramprojekt and delprojekt). */
export const enFamilies: MessageTable<keyof typeof familiesCodes> = {
  FAMILY_UNKNOWN_PARENT: {
    text: (d) =>
      `The delprojekt ${q(d.plan)} belongs to the ramprojekt ${q(d.parent)}, which is not among the plans.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : 'Correct the id in parent, or validate the file together with the file that holds the ramprojekt.',
  },
  FAMILY_CYCLE: {
    text: (d) =>
      `The plans belong to each other in a loop: ${(Array.isArray(d.cycle) ? d.cycle : []).map((id) => q(id)).join(' → ')}.`,
    hint: () =>
      'A delprojekt cannot be the ramprojekt of its own ramprojekt; remove parent from one of the plans.',
  },
  FAMILY_CHILD_PERIOD_OUTSIDE: {
    text: (d) =>
      `The delprojekt ${q(d.plan)} runs ${show(d.from)}–${show(d.to)}, outside its ramprojekt ${q(d.parent)} (${show(d.parentFrom)}–${show(d.parentTo)}).`,
    hint: () => "Put the delprojekt's period inside the ramprojekt's, or extend the ramprojekt.",
  },
  FAMILY_CHILD_GOAL_NOT_SERVED: {
    text: (d) =>
      `The box ${q(d.box)} of the delprojekt ${q(d.plan)} links to the goal ${q(d.goal)}, which its ramprojekt ${q(d.parent)} does not contribute to (the ramprojekt's goals: ${q(d.parentGoals)}).`,
    hint: () =>
      "Link to one of the ramprojekt's goals or a goal that breaks them down, or add the goal to the ramprojekt.",
  },
  FAMILY_ROLLUP_MISMATCH: {
    text: (d) =>
      d.what === 'kind'
        ? `The indicator ${q(d.indicator)} of the delprojekt ${q(d.child)} is of kind ${q(d.found)}, but the ramprojekt ${q(d.plan)} sums it as ${q(d.expected)}.`
        : `The indicator ${q(d.indicator)} of the delprojekt ${q(d.child)} counts in ${q(d.found)}, but the ramprojekt ${q(d.plan)} sums it in ${q(d.expected)}.`,
    hint: () => "Give the delprojekt's indicator the same kind and unit as the ramprojekt's.",
  },
  FAMILY_ROLLUP_WITHOUT_CHILDREN: {
    text: (d) =>
      Number(d.children) === 0
        ? `The indicator ${q(d.indicator)} of ${q(d.plan)} is to be summed from its delprojekt, but the plan has none.`
        : `The indicator ${q(d.indicator)} of the ramprojekt ${q(d.plan)} is to be summed from its delprojekt, but none of them has an indicator with that id.`,
    hint: () => 'Give the delprojekt an indicator with the same id, or remove fromChildren.',
  },
};
