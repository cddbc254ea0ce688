import type { followupCodes } from '../../findings/catalog/followup.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import type { FollowupWords } from '../followup-words.js';
import { type MessageTable, q, show } from '../message.js';

const levels = (v: Details[string]) =>
  (Array.isArray(v) ? v : [v]).map((l) => LEVEL_INFO[l as Level]?.sv.toLowerCase() ?? show(l)).join(', ');

const kind = (v: Details[string]) => svFollowupWords.kind[v as keyof FollowupWords['kind']] ?? show(v);

const unit = (v: Details[string]) => (v === undefined || v === null || v === '' ? 'ingen enhet' : q(v));

/** Swedish messages of the follow-up module. */
export const svFollowup: MessageTable<keyof typeof followupCodes> = {
  ROLLUP_UNKNOWN_TARGET: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} ska räknas in i ${q(d.rollsUpTo)}, men strategin har ingen sådan indikator; den räknas inte med i syntesen.`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : 'Ange id:t på en indikator på ett mål i RUS eller en understrategi.',
  },
  ROLLUP_KIND_MISMATCH: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} (${kind(d.kind)}) ska räknas in i ${q(d.rollsUpTo)}, som är av typen ${kind(d.targetKind)}; den räknas inte med i syntesen.`,
    hint: () =>
      'Bara indikatorer av samma typ kan räknas in i varandra; byt typ eller byt indikator i strategin.',
  },
  ROLLUP_UNIT_MISMATCH: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} mäts i ${unit(d.unit)} men ${q(d.rollsUpTo)} i ${unit(d.targetUnit)}; den räknas inte med i syntesen.`,
    hint: () =>
      'Räkna om värdena till samma enhet (t.ex. kronor, inte tusental kronor) och ange samma enhet.',
  },
  ROLLUP_GOAL_NOT_LINKED: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} räknas in i ${q(d.rollsUpTo)} på målet ${q(d.goal)}, men planen är inte kopplad till det målet.`,
    hint: () =>
      'Lägg till en målkoppling till målet, eller räkna in den i en indikator på ett mål som planen bidrar till.',
  },
  SYNTHESIS_KIND_MISMATCH: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} är av olika typ i olika planer (${(d.kinds as string[] | undefined)?.map((k) => kind(k)).join(', ') ?? '—'}); ingen summa visas.`,
    hint: (d) => `Planerna: ${show(d.plans)}. Ge indikatorn samma typ överallt, eller olika id.`,
  },
  SYNTHESIS_UNIT_MISMATCH: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} mäts i olika enheter i olika planer (${show(d.units)}); ingen summa visas.`,
    hint: (d) => `Planerna: ${show(d.plans)}. Räkna om till samma enhet, eller ge indikatorerna olika id.`,
  },
  SYNTHESIS_NOT_SUMMABLE: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} är av typen ${kind(d.kind)} och summeras inte; syntesen visar antal planer${d.kind === 'text' ? '' : ', spannet mellan planernas värden och vilka planer det gäller'}.`,
    hint: (d) =>
      d.kind === 'text'
        ? 'Procent, index och text går inte att lägga ihop. Följ upp antalet (t.ex. antal företag) om en summa behövs.'
        : 'Procent och index går inte att lägga ihop eller ta medelvärdet av. Ange täljare och nämnare för mätvärdena (t.ex. 12 av 40 företag), så visar syntesen den vägda andelen.',
  },
  GOAL_AT_EARLY_LEVEL: {
    text: (d) =>
      `Målet ${q(d.goal)} nås bara från ${levels(d.levels)} i planerna; det ser ut att vara skrivet som en aktivitet eller prestation, inte som en effekt.`,
    hint: () =>
      'Formulera målet som den förändring i samhället som ska uppnås, eller koppla från planernas effekter.',
  },
};

/** Swedish words of follow-up tables and reports. */
export const svFollowupWords: FollowupWords = {
  status: {
    reached: 'uppnått',
    'on-track': 'i fas',
    behind: 'efter',
    missed: 'ej nått',
    'no-data': 'saknar data',
    'not-started': 'ej påbörjad',
  },
  reason: {
    'no-baseline': 'utgångsvärde saknas',
    'no-target': 'målvärde saknas',
    'no-measurements': 'inga mätvärden',
    'not-numeric': 'inga talvärden',
  },
  direction: { up: 'högre är bättre', down: 'lägre är bättre' },
  dimension: {
    total: 'Totalt',
    region: 'Region',
    template: 'Mall',
    track: 'Spår',
    understrategiGoal: 'Mål i understrategi',
    rusGoal: 'RUS-mål',
    family: 'Ramprojekt',
    year: 'År',
  },
  kind: { count: 'antal', sek: 'kronor', percent: 'procent', index: 'index', text: 'text' },
  goalKind: { rus: 'RUS', understrategi: 'understrategi' },
  column: {
    plan: 'Plan',
    box: 'Ruta',
    level: 'Nivå',
    goal: 'Mål',
    indicator: 'Indikator',
    name: 'Namn',
    kind: 'Typ',
    unit: 'Enhet',
    direction: 'Riktning',
    period: 'Period',
    value: 'Värde',
    expected: 'Förväntat',
    target: 'Målvärde',
    targetYear: 'Målår',
    status: 'Status',
    dimension: 'Indelning',
    group: 'Grupp',
    plans: 'Planer',
    indicators: 'Indikatorer',
    measuredIndicators: 'Med mätvärde',
    baseline: 'Utgångsvärde',
    measured: 'Senaste mätvärde',
    aggregate: 'Sammanräkning',
    note: 'Anmärkning',
    region: 'Region',
    goalKind: 'Nivå i strategin',
    strategyTarget: 'Strategins målvärde',
    contributedTarget: 'Planernas målvärden',
    contributedMeasured: 'Planernas mätvärden',
    indirect: 'Via understrategi',
    total: 'Summa',
    intended: 'avsedd nivå',
    indirectly: 'indirekt',
  },
  aggregate: { sum: 'summa', ratio: 'vägd andel', range: 'spann', count: 'antal' },
  note: {
    notSummable: 'summeras inte',
    mixed: 'olika typer eller enheter: ingen summa',
    plans: (shown, more) => `planer: ${shown.join(', ')}${more ? ` och ${more} till` : ''}`,
  },
  none: '(ingen)',
  yes: 'ja',
  unmeasured: (year, last) => `inget värde för målåret ${year}; senaste ${last}`,
  splits: {
    heading: 'Uppdelning',
    share: 'Andel av totalen (%)',
    dimension: { kon: 'kön', alder: 'ålder', kommun: 'kommun' },
    caption: (name, id, dimension, period, complete) =>
      `${name} (${id}) efter ${dimension}, ${period}${complete ? '' : ' (delarna täcker inte hela värdet)'}`,
    synthesisHeading: 'Uppdelning i portföljen',
    synthesisNote:
      'Varje plans senaste mätvärde. Antal och belopp summeras bara när varje plan med indikatorn delar upp hela värdet, andelar vägs samman ur täljare och nämnare; annars visas planernas egna värden. Kolumnen Anspråk säger vad rapporten kan hävda: levererat, uppnått eller bidrag.',
    byDimension: (dimension) => `Efter ${dimension}`,
    listed: 'per plan',
    planValues: 'Planernas värden',
  },
  report: {
    title: 'Uppföljning',
    asOf: (period, latest) =>
      `Läget per ${period}${latest ? ' (senaste mätvärdet; inget uppföljningsdatum angivet)' : ''}.`,
    noAsOf: 'Inget uppföljningsdatum angivet och inga mätvärden.',
    plans: 'Planer',
    findings: 'Fynd',
    noFindings: 'Inga fynd.',
    indicatorStatus: 'Indikatorernas status',
    noIndicators: 'Planen har inga indikatorer.',
    summary: 'Sammanfattning',
    diagram: 'Effektkedja',
    portfolio: 'Portföljen',
    synthesisFindings: 'Fynd i syntesen',
    synthesis: 'Syntes av uppföljningen',
    rollups: 'Bidrag till strategins indikatorer',
    coverage: 'Täckning (stryktips)',
    coverageMatrix: 'Mål och planer',
    goalsByLevel: 'Mål och nivåer',
    unservedGoals: 'Mål som ingen plan bidrar till',
    allGoalsServed: 'Varje mål har minst en plan som bidrar till det.',
    strategyIndicators: 'Strategins indikatorer',
    severity: { error: 'fel', warning: 'varning', info: 'info' },
  },
};
