import type { followupCodes } from '../../findings/catalog/followup.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import type { FollowupWords } from '../followup-words.js';
import { type MessageTable, q, show } from '../message.js';

const levels = (v: Details[string]) =>
  (Array.isArray(v) ? v : [v]).map((l) => LEVEL_INFO[l as Level]?.en.toLowerCase() ?? show(l)).join(', ');

const unit = (v: Details[string]) => (v === undefined || v === null || v === '' ? 'no unit' : q(v));

/** English messages of the follow-up module. */
export const enFollowup: MessageTable<keyof typeof followupCodes> = {
  ROLLUP_UNKNOWN_TARGET: {
    text: (d) =>
      `The indicator ${q(d.indicator)} is to roll up into ${q(d.rollsUpTo)}, but the strategy has no such indicator; it is left out of the synthesis.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : 'Give the id of an indicator on a goal of the RUS or an understrategi.',
  },
  ROLLUP_KIND_MISMATCH: {
    text: (d) =>
      `The indicator ${q(d.indicator)} (${show(d.kind)}) is to roll up into ${q(d.rollsUpTo)}, which is of kind ${show(d.targetKind)}; it is left out of the synthesis.`,
    hint: () => 'Only indicators of the same kind roll up; change the kind or the target indicator.',
  },
  ROLLUP_UNIT_MISMATCH: {
    text: (d) =>
      `The indicator ${q(d.indicator)} is measured in ${unit(d.unit)} but ${q(d.rollsUpTo)} in ${unit(d.targetUnit)}; it is left out of the synthesis.`,
    hint: () => 'Convert the values to the same unit (kronor, not thousands of kronor) and give that unit.',
  },
  ROLLUP_GOAL_NOT_LINKED: {
    text: (d) =>
      `The indicator ${q(d.indicator)} rolls up into ${q(d.rollsUpTo)} on goal ${q(d.goal)}, but the plan is not linked to that goal.`,
    hint: () => 'Add a goal link to the goal, or roll up into an indicator of a goal the plan serves.',
  },
  SYNTHESIS_KIND_MISMATCH: {
    text: (d) =>
      `The indicator ${q(d.indicator)} has different kinds in different plans (${show(d.kinds)}); no total is shown.`,
    hint: (d) => `Plans: ${show(d.plans)}. Give the indicator the same kind everywhere, or different ids.`,
  },
  SYNTHESIS_UNIT_MISMATCH: {
    text: (d) =>
      `The indicator ${q(d.indicator)} is measured in different units in different plans (${show(d.units)}); no total is shown.`,
    hint: (d) => `Plans: ${show(d.plans)}. Convert to one unit, or give the indicators different ids.`,
  },
  SYNTHESIS_NOT_SUMMABLE: {
    text: (d) =>
      `The indicator ${q(d.indicator)} is of kind ${show(d.kind)} and is not summed; the synthesis shows the number of plans${d.kind === 'text' ? '' : ", the range of the plans' values and which plans they are"}.`,
    hint: (d) =>
      d.kind === 'text'
        ? 'Percentages, indices and text cannot be added up. Follow up the count (e.g. number of firms) if a total is needed.'
        : 'Percentages and indices cannot be added up or averaged. Give a numerator and a denominator with the measured values (e.g. 12 of 40 firms) and the synthesis shows the weighted ratio.',
  },
  GOAL_AT_EARLY_LEVEL: {
    text: (d) =>
      `The goal ${q(d.goal)} is reached only from ${levels(d.levels)} in the plans; it reads like an activity or output, not an effect.`,
    hint: () => "Word the goal as the change in society to achieve, or link from the plans' effects.",
  },
};

/** English words of follow-up tables and reports. */
export const enFollowupWords: FollowupWords = {
  status: {
    reached: 'reached',
    'on-track': 'on track',
    behind: 'behind',
    missed: 'missed',
    'no-data': 'no data',
    'not-started': 'not started',
  },
  reason: {
    'no-baseline': 'no baseline',
    'no-target': 'no target',
    'no-measurements': 'no measurements',
    'not-numeric': 'no numeric values',
  },
  direction: { up: 'higher is better', down: 'lower is better' },
  dimension: {
    total: 'Total',
    region: 'Region',
    template: 'Template',
    track: 'Track',
    understrategiGoal: 'Understrategi goal',
    rusGoal: 'RUS goal',
    family: 'Ramprojekt (family)',
    year: 'Year',
  },
  kind: { count: 'count', sek: 'SEK', percent: 'percent', index: 'index', text: 'text' },
  goalKind: { rus: 'RUS', understrategi: 'understrategi' },
  column: {
    plan: 'Plan',
    box: 'Box',
    level: 'Level',
    goal: 'Goal',
    indicator: 'Indicator',
    name: 'Name',
    kind: 'Kind',
    unit: 'Unit',
    direction: 'Direction',
    period: 'Period',
    value: 'Value',
    expected: 'Expected',
    target: 'Target',
    targetYear: 'Target year',
    status: 'Status',
    dimension: 'Grouping',
    group: 'Group',
    plans: 'Plans',
    indicators: 'Indicators',
    measuredIndicators: 'With a measurement',
    baseline: 'Baseline',
    measured: 'Latest measured',
    aggregate: 'Aggregate',
    note: 'Note',
    region: 'Region',
    goalKind: 'Strategy level',
    strategyTarget: 'Strategy target',
    contributedTarget: 'Plan targets',
    contributedMeasured: 'Plan measurements',
    indirect: 'Via understrategi',
    total: 'Total',
    intended: 'intended level',
    indirectly: 'indirect',
  },
  aggregate: { sum: 'sum', ratio: 'weighted ratio', range: 'range', count: 'count' },
  note: {
    notSummable: 'not summed',
    mixed: 'mixed kinds or units: no total',
    plans: (shown, more) => `plans: ${shown.join(', ')}${more ? ` and ${more} more` : ''}`,
  },
  none: '(none)',
  yes: 'yes',
  unmeasured: (year, last) => `no value for the target year ${year}; latest ${last}`,
  splits: {
    heading: 'Disaggregation',
    share: 'Share of total (%)',
    dimension: { kon: 'gender', alder: 'age', kommun: 'municipality' },
    caption: (name, id, dimension, period, complete) =>
      `${name} (${id}) by ${dimension}, ${period}${complete ? '' : ' (the parts do not cover the whole value)'}`,
    synthesisHeading: 'Disaggregation across the portfolio',
    synthesisNote:
      "Each plan's latest measurement. Counts and amounts are summed only when every plan with the indicator splits the whole value; shares are weighed from numerators and denominators; otherwise the plans' own values are shown. The Claim column says what the report may claim for them: delivered, reached, or a contribution.",
    byDimension: (dimension) => `By ${dimension}`,
    listed: 'by plan',
    planValues: "Plans' values",
  },
  report: {
    title: 'Follow-up',
    asOf: (period, latest) =>
      `Status as of ${period}${latest ? ' (the latest measurement; no follow-up date given)' : ''}.`,
    noAsOf: 'No follow-up date given and nothing measured.',
    plans: 'Plans',
    findings: 'Findings',
    noFindings: 'No findings.',
    indicatorStatus: 'Indicator status',
    noIndicators: 'The plan has no indicators.',
    summary: 'Summary',
    diagram: 'Results chain',
    portfolio: 'Portfolio',
    synthesisFindings: 'Findings on the synthesis',
    synthesis: 'Synthesis of the follow-up',
    rollups: 'Roll-up into the strategy indicators',
    coverage: 'Coverage (stryktips)',
    coverageMatrix: 'Goals and plans',
    goalsByLevel: 'Goals and levels',
    unservedGoals: 'Goals no plan serves',
    allGoalsServed: 'Every goal is served by at least one plan.',
    strategyIndicators: 'Strategy indicators',
    severity: { error: 'error', warning: 'warning', info: 'info' },
  },
};
