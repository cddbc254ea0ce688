import type { templatesCodes } from '../../findings/catalog/templates.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import { type MessageTable, q, show } from '../message.js';

const level = (v: Details[string]) => LEVEL_INFO[v as Level]?.sv ?? show(v);

const KIND: Record<string, string> = {
  count: 'antal',
  sek: 'kronor',
  percent: 'procent',
  index: 'index',
  text: 'text',
};
const kind = (v: Details[string]) => KIND[String(v)] ?? show(v);

const PROBLEM: Record<string, (d: Details) => string> = {
  schema: (d) => `följer inte mallformatet${d.field ? ` (fältet ${q(d.field)})` : ''}`,
  'no-boxes': () => 'har inga rutor',
  'duplicate-box': (d) => `har två rutor med id ${q(d.id)}`,
  'duplicate-indicator': (d) => `har två indikatorer med id ${q(d.id)}`,
  'link-unknown-box': (d) => `har en länk till rutan ${q(d.id)}, som inte finns`,
  'link-not-forward': (d) => `har länken ${q(d.id)}, som inte går framåt i kedjan`,
  'not-data': () => 'innehåller värden som inte är data (t.ex. funktioner)',
};

/** Swedish messages of the templates module. */
export const svTemplates: MessageTable<keyof typeof templatesCodes> = {
  TEMPLATE_INVALID: {
    text: (d) =>
      `Mallen ${d.template ? q(d.template) : 'utan id'} ${PROBLEM[String(d.problem)]?.(d) ?? show(d.problem)}.`,
    hint: () =>
      'En mall har rutor med unika id, indikatorer med unika id och länkar framåt mellan sina rutor.',
  },
  TEMPLATE_DUPLICATE_ID: {
    text: (d) => `Det finns redan en mall med id ${q(d.template)}.`,
    hint: () => 'Ge regionens egen mall ett eget id; de nationella mallarnas id är upptagna.',
  },
  TEMPLATE_OPTION_INVALID: {
    text: (d) => `Värdet ${q(d.value)} går inte att använda som ${q(d.field)} i en ny plan.`,
    hint: (d) =>
      d.field === 'planId' || d.field === 'idPrefix'
        ? 'Id består av bokstäver, siffror och _ - . : utan mellanslag, högst 200 tecken.'
        : 'Se dokumentationen för instantiate.',
  },
  TEMPLATE_UNKNOWN: {
    text: (d) => `Planen följer mallen ${q(d.template)}, som inte finns.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : `Kända mallar: ${show(d.known)}.`),
  },
  TEMPLATE_LEVEL_MISSING: {
    text: (d) =>
      `Mallen ${q(d.template)} har ${level(d.level).toLowerCase()} (${q(d.expected)}), men planen har ingen ruta på den nivån.`,
    hint: () => 'Lägg till en ruta på nivån med planens egen formulering.',
  },
  TEMPLATE_INDICATOR_MISSING: {
    text: (d) =>
      `Planen saknar den obligatoriska indikatorn ${q(d.name)} (${q(d.indicator)}) som mallen ${q(d.template)} kräver.`,
    hint: (d) => `Lägg till indikatorn på en ruta på nivån ${level(d.level)}, med id ${q(d.indicator)}.`,
  },
  TEMPLATE_INDICATOR_KIND: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} mäts som ${kind(d.kind)}, men mallen ${q(d.template)} mäter den som ${kind(d.expected)}.`,
    hint: () => 'Obligatoriska indikatorer summeras nationellt; de måste mätas på samma sätt i alla planer.',
  },
  TEMPLATE_INDICATOR_LEVEL: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} sitter på nivån ${level(d.level)}, men mallen ${q(d.template)} har den på ${level(d.expected)}.`,
    hint: () => 'Flytta indikatorn till en ruta på mallens nivå.',
  },
  TEMPLATE_ACTIVITY_MISMATCH: {
    text: (d) =>
      `Aktiviteten ${q(d.box)} låter som mallen ${q(d.suggested)} (orden ${q(d.words)}), inte som planens mall ${q(d.template)}.`,
    hint: () =>
      'Ett projekt har en typ av effektkedja. Byt mall, formulera om aktiviteten eller lägg den i en egen plan.',
  },
};
