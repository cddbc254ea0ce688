import type { templatesCodes } from '../../findings/catalog/templates.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import { type MessageTable, q, show } from '../message.js';

const level = (v: Details[string]) => LEVEL_INFO[v as Level]?.en ?? show(v);

const KIND: Record<string, string> = {
  count: 'a count',
  sek: 'kronor',
  percent: 'a percentage',
  index: 'an index',
  text: 'text',
};
const kind = (v: Details[string]) => KIND[String(v)] ?? show(v);

const PROBLEM: Record<string, (d: Details) => string> = {
  schema: (d) => `does not follow the template format${d.field ? ` (field ${q(d.field)})` : ''}`,
  'no-boxes': () => 'has no boxes',
  'duplicate-box': (d) => `has two boxes with id ${q(d.id)}`,
  'duplicate-indicator': (d) => `has two indicators with id ${q(d.id)}`,
  'link-unknown-box': (d) => `has a link to the box ${q(d.id)}, which does not exist`,
  'link-not-forward': (d) => `has the link ${q(d.id)}, which does not go forward in the chain`,
  'not-data': () => 'holds values that are not data (functions, for instance)',
};

/** English messages of the templates module. */
export const enTemplates: MessageTable<keyof typeof templatesCodes> = {
  TEMPLATE_INVALID: {
    text: (d) =>
      `The template ${d.template ? q(d.template) : 'without an id'} ${PROBLEM[String(d.problem)]?.(d) ?? show(d.problem)}.`,
    hint: () =>
      'A template has boxes with unique ids, indicators with unique ids and forward links between its boxes.',
  },
  TEMPLATE_DUPLICATE_ID: {
    text: (d) => `There is already a template with the id ${q(d.template)}.`,
    hint: () => 'Give the region’s own template an id of its own; the national templates’ ids are taken.',
  },
  TEMPLATE_OPTION_INVALID: {
    text: (d) => `The value for ${q(d.field)} will not do for a new plan: ${q(d.value)}.`,
    hint: (d) =>
      d.field === 'planId' || d.field === 'idPrefix'
        ? 'An id is letters, digits and _ - . : without spaces, at most 200 characters.'
        : 'See the documentation of instantiate.',
  },
  TEMPLATE_UNKNOWN: {
    text: (d) => `The plan follows the template ${q(d.template)}, which does not exist.`,
    hint: (d) => (d.suggestion ? `Did you mean ${q(d.suggestion)}?` : `Known templates: ${show(d.known)}.`),
  },
  TEMPLATE_LEVEL_MISSING: {
    text: (d) =>
      `The template ${q(d.template)} has ${level(d.level).toLowerCase()} (${q(d.expected)}), but the plan has no box on that level.`,
    hint: () => 'Add a box on that level in the plan’s own words.',
  },
  TEMPLATE_INDICATOR_MISSING: {
    text: (d) =>
      `The plan lacks the mandatory indicator ${q(d.name)} (${q(d.indicator)}) that the template ${q(d.template)} requires.`,
    hint: (d) => `Add the indicator to a box on the level ${level(d.level)}, with the id ${q(d.indicator)}.`,
  },
  TEMPLATE_INDICATOR_KIND: {
    text: (d) =>
      `The indicator ${q(d.indicator)} is measured as ${kind(d.kind)}, but the template ${q(d.template)} measures it as ${kind(d.expected)}.`,
    hint: () => 'Mandatory indicators are summed nationally; every plan must measure them the same way.',
  },
  TEMPLATE_INDICATOR_LEVEL: {
    text: (d) =>
      `The indicator ${q(d.indicator)} sits on the level ${level(d.level)}, but the template ${q(d.template)} has it on ${level(d.expected)}.`,
    hint: () => 'Move the indicator to a box on the template’s level.',
  },
  TEMPLATE_ACTIVITY_MISMATCH: {
    text: (d) =>
      `The activity ${q(d.box)} sounds like the template ${q(d.suggested)} (the words ${q(d.words)}), not like the plan’s template ${q(d.template)}.`,
    hint: () =>
      'A project has one type of effektkedja. Change the template, reword the activity, or put it in a plan of its own.',
  },
};
