import type { ruleCodes } from '../../findings/catalog/rules.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import { type MessageTable, named, q, show } from '../message.js';

const level = (v: Details[string]) =>
  Array.isArray(v)
    ? v.map((l) => LEVEL_INFO[l as Level]?.en ?? String(l)).join(', ')
    : (LEVEL_INFO[v as Level]?.en ?? show(v));

const KIND: Record<string, string> = {
  box: 'The box',
  plan: 'The plan',
  goal: 'The goal',
  indicator: 'The indicator',
  understrategi: 'The understrategi',
  template: 'The template',
};

/** English messages of the validator's rules. */
export const enRules: MessageTable<keyof typeof ruleCodes> = {
  DUPLICATE_ID: {
    text: (d) => `${KIND[String(d.kind)] ?? show(d.kind)} ${q(d.id)} has the same id as an earlier one.`,
    hint: () => 'Give every id its own value; links point at boxes and goals by id.',
  },
  LINK_UNKNOWN_BOX: {
    text: (d) =>
      `The link ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} points at box ${q(d.missing)}, which is not in the plan.`,
    hint: (d) => (d.suggestion ? `Did you mean ${q(d.suggestion)}?` : 'Fix the id or add the box.'),
  },
  DUPLICATE_LINK: {
    text: (d) => `The link ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} appears twice.`,
  },
  LINK_BACKWARDS: {
    text: (d) =>
      `The link ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} goes backwards, from ${level(d.fromLevel)} to ${level(d.toLevel)}.`,
    hint: () => 'A box contributes only to boxes on later levels. Reverse the link or move the box.',
  },
  LINK_SAME_LEVEL: {
    text: (d) =>
      `The link ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} stays on the same level (${level(d.level)}).`,
    hint: () => 'Merge the boxes or move one to the level it really describes.',
  },
  LINK_SKIPS_LEVEL: {
    text: (d) =>
      `The link ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} skips ${level(d.skipped)}.`,
    hint: () => 'The steps in between are the ones that can be followed up; add boxes for them.',
  },
  CYCLE: {
    text: (d) =>
      `The boxes form a loop: ${q(d.boxes).replaceAll(', ', ' → ')} → ${q((d.boxes as string[] | undefined)?.[0])}.`,
    hint: () => 'An effektkedja only goes forward; break the loop.',
  },
  ACTIVITY_WITHOUT_EFFECT: {
    text: (d) => `The activity ${named(d.box, d.boxText)} does not lead to any long-term societal effect.`,
    hint: () => 'Link it onwards through outputs and outcomes, or ask whether it is needed.',
  },
  EFFECT_NOT_REACHED: {
    text: (d) => `No activity leads to the ${level(d.level).toLowerCase()} box ${named(d.box, d.boxText)}.`,
    hint: () => 'Show which activity is to bring the effect about, or remove it.',
  },
  RESOURCE_UNUSED: {
    text: (d) => `The resource ${named(d.box, d.boxText)} feeds no activity.`,
    hint: () => 'Link the resource to the activities it funds or staffs.',
  },
  ISOLATED_BOX: {
    text: (d) => `The box ${named(d.box, d.boxText)} has no links.`,
    hint: () => 'Link it into the chain.',
  },
  LEVEL_MISSING: {
    text: (d) => `The plan has no box on the level ${level(d.level)}.`,
    hint: () => 'A whole chain has at least one box on every level.',
  },
  PLACEHOLDER_LEFT: {
    text: (d) => `The box ${named(d.box, d.boxText)} still holds the template's text and must be filled in.`,
    hint: () => "Write the plan's own text and remove placeholder: true.",
  },
  OUTPUT_WITHOUT_INDICATOR: {
    text: (d) => `The output ${named(d.box, d.boxText)} has no indicator.`,
    hint: () => 'Outputs are followed up by counts: participants, reports, kronor invested.',
  },
  INDICATOR_WITHOUT_BASELINE: {
    text: (d) => `The indicator ${q(d.indicator)} has no baseline.`,
    hint: () => 'Add baseline: { value, year }.',
  },
  INDICATOR_WITHOUT_TARGET: {
    text: (d) => `The indicator ${q(d.indicator)} has no target.`,
    hint: () => 'Add targets: [{ value, year }].',
  },
  TARGET_OUTSIDE_PERIOD: {
    text: (d) =>
      `The target year ${show(d.year)} of indicator ${q(d.indicator)} lies outside the plan's period ${show(d.from)}–${show(d.to)}.`,
  },
  TARGET_REPEATED: {
    text: (d) =>
      `The indicator ${q(d.indicator)} has two targets for ${show(d.year)} (targets[${show(d.first)}] and targets[${show(d.index)}]).`,
    hint: () => 'Keep one target per year; change a target with a change-log entry rather than a new row.',
  },
  MEASUREMENT_REPEATED: {
    text: (d) =>
      `The indicator ${q(d.indicator)} has two measured values for the period ${show(d.period)} (measurements[${show(d.first)}] and measurements[${show(d.index)}]).`,
    hint: () => 'Keep one value per period; the follow-up cannot tell which one counts.',
  },
  PERCENT_OVER_100: {
    text: (d) =>
      `The indicator ${q(d.indicator)} is a percentage but its ${show(d.field)} is ${show(d.value)}.`,
  },
  VALUE_KIND_MISMATCH: {
    text: (d) =>
      d.kind === 'text'
        ? `The indicator ${q(d.indicator)} is of kind text, but its ${show(d.field)} is the number ${show(d.value)}.`
        : `The indicator ${q(d.indicator)} is of kind ${show(d.kind)}, but its ${show(d.field)} is ${q(d.value)}, which is not a number.`,
    hint: (d) =>
      d.kind === 'text'
        ? "Write the value as text, or change the indicator's kind."
        : 'Write a number, such as 30, 5.5, 5,5 or 1 500; an explanation can go in note.',
  },
  SPAN_REVERSED: { text: (d) => `The period ends (${show(d.to)}) before it starts (${show(d.from)}).` },
  STRATEGY_MISSING: {
    text: () => 'The document has plans but no strategy; the links to goals cannot be checked.',
    hint: () => "Validate the plan together with the region's strategy file.",
  },
  GOAL_LINK_UNKNOWN_BOX: {
    text: (d) =>
      `The goal link to ${q(d.goal)} starts at box ${named(d.box, d.boxText)}, which is not in the plan.`,
  },
  GOAL_LINK_UNKNOWN_GOAL: {
    text: (d) =>
      `The goal link from ${named(d.box, d.boxText)} points at goal ${q(d.goal)}, which is not in the strategy.`,
    hint: (d) => (d.suggestion ? `Did you mean ${q(d.suggestion)}?` : "Fix the goal's id."),
  },
  GOAL_LINK_FROM_EARLY_LEVEL: {
    text: (d) =>
      `The goal link to ${q(d.goal)} starts at the ${level(d.level).toLowerCase()} box ${named(d.box, d.boxText)}, not at an effect.`,
    hint: () => 'Goals are reached through effects: link from an outcome or a societal effect.',
  },
  PLAN_WITHOUT_GOAL_LINKS: {
    text: () => 'The plan is not linked to any goal of the understrategier or the RUS.',
    hint: () => "Add goalLinks from the plan's effects to the understrategi's goals.",
  },
  PLAN_STOPS_AT_UNDERSTRATEGI: {
    text: (d) => `The plan's understrategi goal(s) ${q(d.goals)} serve no RUS goal.`,
    hint: () => 'State which RUS goals the understrategi goal serves (serves), or link to another goal.',
  },
  PLAN_SKIPS_UNDERSTRATEGI: {
    text: (d) => `The plan links straight to the RUS goal(s) ${q(d.goals)} without an understrategi.`,
    hint: () => 'Link to the understrategi goal that breaks the RUS goal down.',
  },
  GOAL_LINK_SKIPS_UNDERSTRATEGI: {
    text: (d) =>
      `The box ${named(d.box, d.boxText)} links straight to the RUS goal ${q(d.goal)}, past the understrategier.`,
    hint: () => 'Prefer the understrategi goal that breaks the RUS goal down.',
  },
  SERVES_UNKNOWN_GOAL: {
    text: (d) =>
      d.reason === 'not-rus'
        ? `The goal ${q(d.goal)} claims to serve ${q(d.serves)}, which is not a RUS goal.`
        : `The goal ${q(d.goal)} claims to serve ${q(d.serves)}, which is not in the RUS.`,
  },
  UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL: {
    text: (d) => `The goal ${q(d.goal)} of understrategi ${q(d.understrategi)} serves no RUS goal.`,
    hint: () => "Add serves: [the RUS goal's id].",
  },
  RUS_GOAL_WITHOUT_UNDERSTRATEGI: {
    text: (d) => `No understrategi goal breaks down the RUS goal ${q(d.goal)}.`,
  },
  GOAL_WITHOUT_PLAN: { text: (d) => `No plan links to the goal ${q(d.goal)}.` },
  HORIZON_NOT_NESTED: {
    text: (d) =>
      `${show(d.inner)} runs ${show(d.innerFrom)}–${show(d.innerTo)}, outside ${show(d.outer)} (${show(d.outerFrom)}–${show(d.outerTo)}).`,
  },
  CLASSIFICATION_UNKNOWN_VALUE: {
    text: (d) => `${q(d.value)} is not in the vocabulary ${q(d.vocabulary)} for the field ${q(d.field)}.`,
    hint: (d) => (d.suggestion ? `Did you mean ${q(d.suggestion)}?` : `Allowed are: ${show(d.expected)}.`),
  },
  VOCABULARY_UNKNOWN: {
    text: (d) => `The vocabulary ${q(d.vocabulary)} is unknown; the classification is not checked.`,
  },
  RULE_FAILED: {
    text: (d) => `The rule ${q(d.rule)} could not run: ${show(d.reason)}.`,
    hint: () => "The fault is in the rule, not in the document; report it to the rule's author.",
  },
};
