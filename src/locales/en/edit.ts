import type { editCodes } from '../../findings/catalog/edit.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO } from '../../model/levels.js';
import type { EditWords } from '../edit-words.js';
import { type MessageEntry, type MessageTable, q, show } from '../message.js';
import { enParse } from './parse.js';

const KIND: Record<string, string> = {
  box: 'a box',
  plan: 'a plan',
  goal: 'a goal',
  indicator: 'an indicator',
};

const inner = (d: Details) => {
  const entry = enParse[String(d.problem) as keyof typeof enParse];
  // EDIT_INVALID_VALUE carries the inner problem's own details beside `field` and `problem`.
  return entry ? (entry as MessageEntry).text(d) : show(d.problem);
};

const value = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** English messages of the edit module. */
export const enEdit: MessageTable<keyof typeof editCodes> = {
  EDIT_UNKNOWN_PLAN: {
    text: (d) => `There is no plan ${q(d.plan)} in the document; the edit was not made.`,
    hint: () => "Check the plan's id.",
  },
  EDIT_UNKNOWN_BOX: {
    text: (d) => `There is no box ${q(d.box)} in plan ${q(d.plan)}; the edit was not made.`,
    hint: () => "Check the box's id; ids are case-sensitive.",
  },
  EDIT_UNKNOWN_GOAL: {
    text: (d) => `There is no goal ${q(d.goal)} in the strategy; the edit was not made.`,
    hint: () => 'Add the goal to the RUS or the understrategi first, or correct the id.',
  },
  EDIT_UNKNOWN_INDICATOR: {
    text: (d) =>
      `There is no indicator ${q(d.indicator)} ${
        d.plan !== undefined
          ? `in plan ${q(d.plan)}`
          : d.goal !== undefined
            ? `on goal ${q(d.goal)}`
            : 'in the strategy'
      }; the edit was not made.`,
    hint: () => "Check the indicator's id, and that it sits on a box of the plan or on the goal.",
  },
  EDIT_UNKNOWN_LINK: {
    text: (d) =>
      d.kind === 'goalLink'
        ? `Box ${q(d.from)} is not linked to goal ${q(d.to)}; nothing was removed.`
        : `There is no link ${q(d.from)} → ${q(d.to)}; nothing was removed.`,
  },
  EDIT_UNKNOWN_OPERATION: {
    text: (d) => `${q(d.op)} is not an edit the library knows.`,
    hint: () =>
      'Known edits: addBox, updateBox, removeBox, connect, disconnect, linkGoal, unlinkGoal, renameId, setTarget, recordMeasurement, setTemplate, setClassification.',
  },
  EDIT_DUPLICATE_ID: {
    text: (d) =>
      `There is already ${KIND[String(d.kind)] ?? show(d.kind)} with id ${q(d.id)}; the edit was not made.`,
    hint: () => 'Choose an id that is not in use; ids point out boxes, plans and goals.',
  },
  EDIT_DUPLICATE_LINK: {
    text: (d) =>
      d.kind === 'goalLink'
        ? `Box ${q(d.from)} is already linked to goal ${q(d.to)}.`
        : `The link ${q(d.from)} → ${q(d.to)} already exists.`,
  },
  EDIT_DUPLICATE_MEASUREMENT: {
    text: (d) =>
      `Indicator ${q(d.indicator)} already has the value ${show(d.value)} for period ${show(d.period)}; it is not overwritten.`,
    hint: () => 'Pass replace: true if the old value was wrong; the change then shows in the diff.',
  },
  EDIT_REASON_REQUIRED: {
    text: (d) => `A new target for indicator ${q(d.indicator)} needs a reason.`,
    hint: () => 'Pass reason: why the target changes. It is written to the change log.',
  },
  EDIT_INVALID_VALUE: {
    text: (d) => `The edit was refused, field ${q(d.field)}: ${inner(d)}`,
  },
  EDIT_ID_CHANGE: {
    text: (d) => `Box ${q(d.box)} cannot change its id through updateBox.`,
    hint: () => 'Use renameId; links and goal links then follow.',
  },
  EDIT_NOTHING_TO_UNDO: { text: () => 'There is no edit to undo.' },
  EDIT_NOTHING_TO_REDO: { text: () => 'There is no undone edit to redo.' },
};

const RENAME_KIND = { box: 'box', plan: 'plan', goal: 'goal', indicator: 'indicator' } as const;
const level = (l: keyof typeof LEVEL_INFO) => LEVEL_INFO[l]?.en ?? l;
const qq = (s: unknown) => q(String(s));

/** English words for change logs and revision reports. */
export const enEditWords: EditWords = {
  edit: {
    addBox: (e) => `Added box ${qq(e.box.id)} (${level(e.box.level)}): ${e.box.text}`,
    updateBox: (e) => `Changed box ${qq(e.box)} (${Object.keys(e.changes).join(', ')})`,
    removeBox: (e) => `Removed box ${qq(e.box)} with its links and goal links`,
    connect: (e) => `Linked ${qq(e.from)} → ${qq(e.to)}`,
    disconnect: (e) => `Removed the link ${qq(e.from)} → ${qq(e.to)}`,
    linkGoal: (e) => `Linked box ${qq(e.box)} to goal ${qq(e.goal)}`,
    unlinkGoal: (e) => `Removed the link from box ${qq(e.box)} to goal ${qq(e.goal)}`,
    renameId: (e) => `Renamed ${RENAME_KIND[e.kind] ?? e.kind} ${qq(e.from)} to ${qq(e.to)}`,
    setTarget: (e) => `Set the target of ${qq(e.indicator)} for ${e.target.year} to ${value(e.target.value)}`,
    recordMeasurement: (e) =>
      `Recorded the value ${value(e.measurement.value)} of ${qq(e.indicator)} for ${e.measurement.period}`,
    setTemplate: (e) =>
      e.template === null ? 'Removed the template' : `Changed the template to ${qq(e.template)}`,
    setClassification: (e) =>
      e.classification === null ? 'Removed the classification' : 'Changed the classification (insatsresa)',
  },
  diff: {
    level,
    title: (region) => (region ? `Changes in ${region}` : 'Changes'),
    noChanges: 'No changes.',
    summary: ({ added, removed, changed }) => `Plans: ${added} new, ${changed} changed, ${removed} removed.`,
    documentHeading: 'The document',
    strategyHeading: 'The strategy',
    plansHeading: 'New and removed plans',
    planHeading: (id, name, from) => `Plan ${qq(id)} — ${name}${from ? ` (formerly ${qq(from)})` : ''}`,
    changelogHeading: 'Change log',
    planAdded: (id, name, boxes) => `New plan ${qq(id)}: ${name} (${boxes} boxes)`,
    planRemoved: (id, name) => `Removed plan ${qq(id)}: ${name}`,
    understrategiAdded: (id, name) => `New understrategi ${qq(id)}: ${name}`,
    understrategiRemoved: (id, name) => `Removed understrategi ${qq(id)}: ${name}`,
    goalAdded: (id, owner, text) => `New goal ${qq(id)} in ${qq(owner)}: ${text}`,
    goalRemoved: (id, owner, text) => `Removed goal ${qq(id)} in ${qq(owner)}: ${text}`,
    boxAdded: (id, l, text) => `New box ${qq(id)} (${level(l)}): ${text}`,
    boxRemoved: (id, l, text) => `Removed box ${qq(id)} (${level(l)}): ${text}`,
    linkAdded: (from, to) => `New link ${qq(from)} → ${qq(to)}`,
    linkRemoved: (from, to) => `Removed link ${qq(from)} → ${qq(to)}`,
    goalLinkAdded: (box, goal) => `New link from box ${qq(box)} to goal ${qq(goal)}`,
    goalLinkRemoved: (box, goal) => `Removed link from box ${qq(box)} to goal ${qq(goal)}`,
    indicatorAdded: (owner, id, name) => `${owner}: new indicator ${qq(id)} (${name})`,
    indicatorRemoved: (owner, id, name) => `${owner}: removed indicator ${qq(id)} (${name})`,
    targetAdded: (ind, year, v) => `${ind}: new target for ${year}: ${v}`,
    targetRemoved: (ind, year, v) => `${ind}: removed target for ${year} (was ${v})`,
    targetChanged: (ind, year, before, after) =>
      `${ind}: target for ${year} changed from ${before} to ${after}`,
    measurementAdded: (ind, period, v) => `${ind}: new measured value for ${period}: ${v}`,
    measurementRemoved: (ind, period, v) => `${ind}: removed measured value for ${period} (was ${v})`,
    measurementChanged: (ind, period, before, after) =>
      `${ind}: measured value for ${period} changed from ${before} to ${after}`,
    subject: {
      plan: (id) => `Plan ${qq(id)}`,
      box: (id) => `Box ${qq(id)}`,
      goal: (id) => `Goal ${qq(id)}`,
      indicator: (id, name) => `Indicator ${qq(id)} (${name})`,
      link: (from, to) => `Link ${qq(from)} → ${qq(to)}`,
      goalLink: (box, goal) => `Link ${qq(box)} → goal ${qq(goal)}`,
      document: () => 'The document',
    },
    renamed: (subject, from) => `${subject} was formerly ${qq(from)}`,
    fieldSet: (subject, field, after) => `${subject}: ${field} set to ${after}`,
    fieldRemoved: (subject, field, before) => `${subject}: ${field} removed (was ${before})`,
    fieldChanged: (subject, field, before, after) =>
      `${subject}: ${field} changed from ${before} to ${after}`,
    changelogEntry: (at, by, what, why) =>
      `${at}${by ? `, ${by}` : ''}: ${what}${why ? ` — reason: ${why}` : ''}`,
  },
};
