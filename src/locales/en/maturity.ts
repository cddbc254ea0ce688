import type { MaturityWords } from '../maturity-words.js';

const share = (count: number, total: number) =>
  total === 0 ? '' : ` (${Math.round((100 * count) / total)} %)`;

/** English words of the maturity model. */
export const enMaturityWords: MaturityWords = {
  heading: 'Maturity in working with results chains',
  stage: {
    1: {
      name: 'From the unknown',
      explanation: 'Little knowledge: results chains are not yet a shared way of working.',
    },
    2: {
      name: 'The repeatable',
      explanation: 'Plans follow the shared templates, so the work can be repeated from plan to plan.',
    },
    3: {
      name: 'Satisfactory performance',
      explanation: 'Indicators have baselines and targets, so a good result can be told from a poor one.',
    },
    4: {
      name: 'Measured, and steered by measurement',
      explanation:
        'Indicators are measured on time, and plans are revised, with reasons given, when measurement shows a need.',
    },
    5: {
      name: 'Optimised',
      explanation:
        "The work is stable and stands on its own: the plans' results roll up into the strategy's indicators and meet stakeholders' demands.",
    },
  },
  criterion: {
    templates: 'Templates followed',
    baselines: 'Baselines set',
    targets: 'Targets set',
    measured: 'Measured on time',
    revisions: 'Revisions with reasons',
    rollups: 'Roll-ups to the strategy',
  },
  fact: {
    templates: (c, t) => `${c} of ${t} plans follow a template${share(c, t)}`,
    baselines: (c, t) => `${c} of ${t} indicators have a baseline${share(c, t)}`,
    targets: (c, t) => `${c} of ${t} indicators have a target${share(c, t)}`,
    measured: (c, t) => `${c} of ${t} indicators measured this year or last${share(c, t)}`,
    revisions: (c, t) => `${c} of ${t} plans have a revision with its reason${share(c, t)}`,
    rollups: (c, t) => `${c} of ${t} strategy indicators receive contributions from plans${share(c, t)}`,
  },
  column: { stage: 'Stage', criterion: 'Criterion', fact: 'Evidence', met: 'Met' },
  yes: 'yes',
  no: 'no',
  current: (stage, name) => `The region is at stage ${stage} of 5: ${name}.`,
  next: (stage, name, needs) => `Stage ${stage} (${name}) needs: ${needs.join('; ')}.`,
  top: 'The region is at the highest stage; keep the way of working.',
  rule: (threshold) =>
    `A criterion is met when at least ${threshold} % of the plans or indicators meet it; a stage is reached when its criteria and those of every stage below are met.`,
};
