import type { editCodes } from '../../findings/catalog/edit.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO } from '../../model/levels.js';
import type { EditWords } from '../edit-words.js';
import { type MessageEntry, type MessageTable, q, show } from '../message.js';
import { svParse } from './parse.js';

const KIND: Record<string, string> = {
  box: 'en ruta',
  plan: 'en plan',
  goal: 'ett mål',
  indicator: 'en indikator',
};

const inner = (d: Details) => {
  const entry = svParse[String(d.problem) as keyof typeof svParse];
  // EDIT_INVALID_VALUE carries the inner problem's own details beside `field` and `problem`.
  return entry ? (entry as MessageEntry).text(d) : show(d.problem);
};

const value = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** Swedish messages of the edit module. */
export const svEdit: MessageTable<keyof typeof editCodes> = {
  EDIT_UNKNOWN_PLAN: {
    text: (d) => `Planen ${q(d.plan)} finns inte i dokumentet; ändringen gjordes inte.`,
    hint: () => 'Kontrollera planens id.',
  },
  EDIT_UNKNOWN_BOX: {
    text: (d) => `Rutan ${q(d.box)} finns inte i planen ${q(d.plan)}; ändringen gjordes inte.`,
    hint: () => 'Kontrollera rutans id; id:n skiljer på stora och små bokstäver.',
  },
  EDIT_UNKNOWN_GOAL: {
    text: (d) => `Målet ${q(d.goal)} finns inte i strategin; ändringen gjordes inte.`,
    hint: () => 'Lägg till målet i RUS:en eller understrategin först, eller rätta id:t.',
  },
  EDIT_UNKNOWN_INDICATOR: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} finns inte ${
        d.plan !== undefined
          ? `i planen ${q(d.plan)}`
          : d.goal !== undefined
            ? `hos målet ${q(d.goal)}`
            : 'i strategin'
      }; ändringen gjordes inte.`,
    hint: () => 'Kontrollera indikatorns id, och att den sitter på en ruta i planen eller på målet.',
  },
  EDIT_UNKNOWN_LINK: {
    text: (d) =>
      d.kind === 'goalLink'
        ? `Rutan ${q(d.from)} är inte kopplad till målet ${q(d.to)}; inget togs bort.`
        : `Länken ${q(d.from)} → ${q(d.to)} finns inte; inget togs bort.`,
  },
  EDIT_UNKNOWN_OPERATION: {
    text: (d) => `${q(d.op)} är ingen ändring som biblioteket känner till.`,
    hint: () =>
      'Kända ändringar: addBox, updateBox, removeBox, connect, disconnect, linkGoal, unlinkGoal, renameId, setTarget, recordMeasurement, setTemplate, setClassification.',
  },
  EDIT_DUPLICATE_ID: {
    text: (d) =>
      `Det finns redan ${KIND[String(d.kind)] ?? show(d.kind)} med id ${q(d.id)}; ändringen gjordes inte.`,
    hint: () => 'Välj ett id som inte används; id:n pekar ut rutor, planer och mål.',
  },
  EDIT_DUPLICATE_LINK: {
    text: (d) =>
      d.kind === 'goalLink'
        ? `Rutan ${q(d.from)} är redan kopplad till målet ${q(d.to)}.`
        : `Länken ${q(d.from)} → ${q(d.to)} finns redan.`,
  },
  EDIT_DUPLICATE_MEASUREMENT: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} har redan värdet ${show(d.value)} för perioden ${show(d.period)}; det skrivs inte över.`,
    hint: () => 'Ange replace: true om det gamla värdet var fel; bytet syns då i diffen.',
  },
  EDIT_REASON_REQUIRED: {
    text: (d) => `Ett nytt målvärde för indikatorn ${q(d.indicator)} kräver ett skäl.`,
    hint: () => 'Ange reason: varför målet ändras. Skälet skrivs i ändringsloggen.',
  },
  EDIT_INVALID_VALUE: {
    text: (d) => `Ändringen avvisades, fältet ${q(d.field)}: ${inner(d)}`,
  },
  EDIT_ID_CHANGE: {
    text: (d) => `Rutan ${q(d.box)} kan inte byta id med updateBox.`,
    hint: () => 'Använd renameId; då följer länkar och målkopplingar med.',
  },
  EDIT_NOTHING_TO_UNDO: { text: () => 'Det finns ingen ändring att ångra.' },
  EDIT_NOTHING_TO_REDO: { text: () => 'Det finns ingen ångrad ändring att göra om.' },
};

const RENAME_KIND = { box: 'rutan', plan: 'planen', goal: 'målet', indicator: 'indikatorn' } as const;
const level = (l: keyof typeof LEVEL_INFO) => LEVEL_INFO[l]?.sv ?? l;
const qq = (s: unknown) => q(String(s));

/** Swedish words for change logs and revision reports. */
export const svEditWords: EditWords = {
  edit: {
    addBox: (e) => `Lade till rutan ${qq(e.box.id)} (${level(e.box.level)}): ${e.box.text}`,
    updateBox: (e) => `Ändrade rutan ${qq(e.box)} (${Object.keys(e.changes).join(', ')})`,
    removeBox: (e) => `Tog bort rutan ${qq(e.box)} med dess länkar och målkopplingar`,
    connect: (e) => `Länkade ${qq(e.from)} → ${qq(e.to)}`,
    disconnect: (e) => `Tog bort länken ${qq(e.from)} → ${qq(e.to)}`,
    linkGoal: (e) => `Kopplade rutan ${qq(e.box)} till målet ${qq(e.goal)}`,
    unlinkGoal: (e) => `Tog bort kopplingen från rutan ${qq(e.box)} till målet ${qq(e.goal)}`,
    renameId: (e) => `Bytte id på ${RENAME_KIND[e.kind] ?? e.kind} ${qq(e.from)} till ${qq(e.to)}`,
    setTarget: (e) =>
      `Satte målvärdet för ${qq(e.indicator)} år ${e.target.year} till ${value(e.target.value)}`,
    recordMeasurement: (e) =>
      `Registrerade värdet ${value(e.measurement.value)} för ${qq(e.indicator)}, period ${e.measurement.period}`,
    setTemplate: (e) => (e.template === null ? 'Tog bort mallen' : `Bytte mall till ${qq(e.template)}`),
    setClassification: (e) =>
      e.classification === null ? 'Tog bort klassificeringen' : 'Ändrade klassificeringen (insatsresa)',
  },
  diff: {
    level,
    title: (region) => (region ? `Ändringar i ${region}` : 'Ändringar'),
    noChanges: 'Inga ändringar.',
    summary: ({ added, removed, changed }) =>
      `Planer: ${added} ${added === 1 ? 'ny' : 'nya'}, ${changed} ${changed === 1 ? 'ändrad' : 'ändrade'}, ${removed} ${removed === 1 ? 'borttagen' : 'borttagna'}.`,
    documentHeading: 'Dokumentet',
    strategyHeading: 'Strategin',
    plansHeading: 'Nya och borttagna planer',
    planHeading: (id, name, from) => `Plan ${qq(id)} — ${name}${from ? ` (tidigare ${qq(from)})` : ''}`,
    changelogHeading: 'Ändringslogg',
    planAdded: (id, name, boxes) => `Ny plan ${qq(id)}: ${name} (${boxes} rutor)`,
    planRemoved: (id, name) => `Borttagen plan ${qq(id)}: ${name}`,
    understrategiAdded: (id, name) => `Ny understrategi ${qq(id)}: ${name}`,
    understrategiRemoved: (id, name) => `Borttagen understrategi ${qq(id)}: ${name}`,
    goalAdded: (id, owner, text) => `Nytt mål ${qq(id)} i ${qq(owner)}: ${text}`,
    goalRemoved: (id, owner, text) => `Borttaget mål ${qq(id)} i ${qq(owner)}: ${text}`,
    boxAdded: (id, l, text) => `Ny ruta ${qq(id)} (${level(l)}): ${text}`,
    boxRemoved: (id, l, text) => `Borttagen ruta ${qq(id)} (${level(l)}): ${text}`,
    linkAdded: (from, to) => `Ny länk ${qq(from)} → ${qq(to)}`,
    linkRemoved: (from, to) => `Borttagen länk ${qq(from)} → ${qq(to)}`,
    goalLinkAdded: (box, goal) => `Ny koppling från rutan ${qq(box)} till målet ${qq(goal)}`,
    goalLinkRemoved: (box, goal) => `Borttagen koppling från rutan ${qq(box)} till målet ${qq(goal)}`,
    indicatorAdded: (owner, id, name) => `${owner}: ny indikator ${qq(id)} (${name})`,
    indicatorRemoved: (owner, id, name) => `${owner}: borttagen indikator ${qq(id)} (${name})`,
    targetAdded: (ind, year, v) => `${ind}: nytt målvärde ${year}: ${v}`,
    targetRemoved: (ind, year, v) => `${ind}: borttaget målvärde ${year} (var ${v})`,
    targetChanged: (ind, year, before, after) =>
      `${ind}: målvärdet ${year} ändrat från ${before} till ${after}`,
    measurementAdded: (ind, period, v) => `${ind}: nytt mätvärde ${period}: ${v}`,
    measurementRemoved: (ind, period, v) => `${ind}: borttaget mätvärde ${period} (var ${v})`,
    measurementChanged: (ind, period, before, after) =>
      `${ind}: mätvärdet ${period} ändrat från ${before} till ${after}`,
    subject: {
      plan: (id) => `Planen ${qq(id)}`,
      box: (id) => `Rutan ${qq(id)}`,
      goal: (id) => `Målet ${qq(id)}`,
      indicator: (id, name) => `Indikatorn ${qq(id)} (${name})`,
      link: (from, to) => `Länken ${qq(from)} → ${qq(to)}`,
      goalLink: (box, goal) => `Kopplingen ${qq(box)} → målet ${qq(goal)}`,
      document: () => 'Dokumentet',
    },
    renamed: (subject, from) => `${subject} hette tidigare ${qq(from)}`,
    fieldSet: (subject, field, after) => `${subject}: ${field} satt till ${after}`,
    fieldRemoved: (subject, field, before) => `${subject}: ${field} borttaget (var ${before})`,
    fieldChanged: (subject, field, before, after) =>
      `${subject}: ${field} ändrat från ${before} till ${after}`,
    changelogEntry: (at, by, what, why) =>
      `${at}${by ? `, ${by}` : ''}: ${what}${why ? ` — skäl: ${why}` : ''}`,
  },
};
