import type { ruleCodes } from '../../findings/catalog/rules.js';
import type { Details } from '../../findings/finding.js';
import { LEVEL_INFO, type Level } from '../../model/levels.js';
import { type MessageTable, named, q, show } from '../message.js';

const level = (v: Details[string]) =>
  Array.isArray(v)
    ? v.map((l) => LEVEL_INFO[l as Level]?.sv ?? String(l)).join(', ')
    : (LEVEL_INFO[v as Level]?.sv ?? show(v));

/** One box of a level, in the definite singular: "aktiviteten «a»", not "aktiviteter «a»". */
const ONE_BOX: Record<string, string> = {
  resurser: 'resursen',
  aktiviteter: 'aktiviteten',
  prestationer: 'prestationen',
  utfall: 'utfallet',
  kortsiktiga: 'den kortsiktiga samhällseffekten',
  langsiktiga: 'den långsiktiga samhällseffekten',
};
const oneBox = (v: Details[string]) => ONE_BOX[String(v)] ?? `rutan på nivån ${level(v)}`;

const KIND: Record<string, string> = {
  box: 'Rutan',
  plan: 'Planen',
  goal: 'Målet',
  indicator: 'Indikatorn',
  understrategi: 'Understrategin',
  template: 'Mallen',
};

/** An indicator's kind in the words of the spreadsheet's drop-down. */
const INDICATOR_KIND: Record<string, string> = {
  count: 'antal',
  sek: 'kronor',
  percent: 'procent',
  index: 'index',
  text: 'text',
};

/** Swedish messages of the validator's rules. */
export const svRules: MessageTable<keyof typeof ruleCodes> = {
  DUPLICATE_ID: {
    text: (d) => `${KIND[String(d.kind)] ?? show(d.kind)} ${q(d.id)} har samma id som en tidigare.`,
    hint: () => 'Ge varje id ett eget värde; länkar pekar ut rutor och mål med id.',
  },
  LINK_UNKNOWN_BOX: {
    text: (d) =>
      `Länken ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} pekar på rutan ${q(d.missing)}, som inte finns i planen.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : 'Rätta id:t eller lägg till rutan.'),
  },
  DUPLICATE_LINK: {
    text: (d) => `Länken ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} finns två gånger.`,
  },
  LINK_BACKWARDS: {
    text: (d) =>
      `Länken ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} går bakåt i kedjan, från ${level(d.fromLevel)} till ${level(d.toLevel)}.`,
    hint: () => 'En ruta bidrar bara till rutor på senare nivåer. Vänd länken eller flytta rutan.',
  },
  LINK_SAME_LEVEL: {
    text: (d) =>
      `Länken ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} stannar på samma nivå (${level(d.level)}).`,
    hint: () => 'Slå ihop rutorna eller flytta den ena till den nivå den egentligen beskriver.',
  },
  LINK_SKIPS_LEVEL: {
    text: (d) =>
      `Länken ${named(d.from, d.fromText)} → ${named(d.to, d.toText)} hoppar över ${level(d.skipped)}.`,
    hint: () => 'Stegen emellan är de som går att följa upp; lägg till rutor för dem.',
  },
  CYCLE: {
    text: (d) =>
      `Rutorna bildar en slinga: ${q(d.boxes).replaceAll(', ', ' → ')} → ${q((d.boxes as string[] | undefined)?.[0])}.`,
    hint: () => 'En effektkedja går bara framåt; bryt slingan.',
  },
  ACTIVITY_WITHOUT_EFFECT: {
    text: (d) =>
      `Aktiviteten ${named(d.box, d.boxText)} leder inte fram till någon långsiktig samhällseffekt.`,
    hint: () => 'Länka den vidare via prestationer och utfall, eller fråga om den behövs.',
  },
  EFFECT_NOT_REACHED: {
    text: (d) => `Ingen aktivitet leder fram till ${oneBox(d.level)} ${named(d.box, d.boxText)}.`,
    hint: () => 'Visa vilken aktivitet som ska ge effekten, eller ta bort den.',
  },
  RESOURCE_UNUSED: {
    text: (d) => `Resursen ${named(d.box, d.boxText)} används inte av någon aktivitet.`,
    hint: () => 'Länka resursen till de aktiviteter den finansierar eller bemannar.',
  },
  ISOLATED_BOX: {
    text: (d) => `Rutan ${named(d.box, d.boxText)} har inga länkar.`,
    hint: () => 'Länka den in i kedjan.',
  },
  LEVEL_MISSING: {
    text: (d) => `Planen saknar nivån ${level(d.level)}.`,
    hint: () => 'En hel kedja har minst en ruta på varje nivå.',
  },
  PLACEHOLDER_LEFT: {
    text: (d) => `Rutan ${named(d.box, d.boxText)} innehåller fortfarande mallens text och ska fyllas i.`,
    hint: () => 'Skriv planens egen text och ta bort placeholder: true.',
  },
  OUTPUT_WITHOUT_INDICATOR: {
    text: (d) => `Prestationen ${named(d.box, d.boxText)} har ingen indikator.`,
    hint: () => 'Prestationer följs upp med antal: deltagare, rapporter, investerade kronor.',
  },
  INDICATOR_WITHOUT_BASELINE: {
    text: (d) => `Indikatorn ${q(d.indicator)} har inget utgångsvärde.`,
    hint: () => 'Ange baseline: { value, year }.',
  },
  INDICATOR_WITHOUT_TARGET: {
    text: (d) => `Indikatorn ${q(d.indicator)} har inget målvärde.`,
    hint: () => 'Ange targets: [{ value, year }].',
  },
  TARGET_OUTSIDE_PERIOD: {
    text: (d) =>
      `Målåret ${show(d.year)} för indikatorn ${q(d.indicator)} ligger utanför planens period ${show(d.from)}–${show(d.to)}.`,
  },
  TARGET_REPEATED: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} har två målvärden för ${show(d.year)} (targets[${show(d.first)}] och targets[${show(d.index)}]).`,
    hint: () => 'Behåll ett målvärde per år; ändra ett mål med en ändringspost i stället för en ny rad.',
  },
  MEASUREMENT_REPEATED: {
    text: (d) =>
      `Indikatorn ${q(d.indicator)} har två uppmätta värden för perioden ${show(d.period)} (measurements[${show(d.first)}] och measurements[${show(d.index)}]).`,
    hint: () => 'Behåll ett värde per period; uppföljningen kan inte veta vilket som gäller.',
  },
  PERCENT_OVER_100: {
    text: (d) => `Indikatorn ${q(d.indicator)} mäts i procent men ${show(d.field)} är ${show(d.value)}.`,
  },
  VALUE_KIND_MISMATCH: {
    text: (d) =>
      d.kind === 'text'
        ? `Indikatorn ${q(d.indicator)} är av typen text, men ${show(d.field)} är talet ${show(d.value)}.`
        : `Indikatorn ${q(d.indicator)} är av typen ${INDICATOR_KIND[String(d.kind)] ?? show(d.kind)}, men ${show(d.field)} är ${q(d.value)}, som inte är ett tal.`,
    hint: (d) =>
      d.kind === 'text'
        ? 'Skriv värdet som text, eller byt indikatorns typ.'
        : 'Skriv ett tal, till exempel 30, 5.5, 5,5 eller 1 500; en förklaring kan stå i note.',
  },
  SPAN_REVERSED: { text: (d) => `Perioden slutar (${show(d.to)}) innan den börjar (${show(d.from)}).` },
  STRATEGY_MISSING: {
    text: () => 'Dokumentet har planer men ingen strategi; kopplingarna till mål kan inte kontrolleras.',
    hint: () => 'Validera planen tillsammans med regionens strategifil.',
  },
  GOAL_LINK_UNKNOWN_BOX: {
    text: (d) =>
      `Målkopplingen till ${q(d.goal)} utgår från rutan ${named(d.box, d.boxText)}, som inte finns i planen.`,
  },
  GOAL_LINK_UNKNOWN_GOAL: {
    text: (d) =>
      `Målkopplingen från ${named(d.box, d.boxText)} pekar på målet ${q(d.goal)}, som inte finns i strategin.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : 'Rätta målets id.'),
  },
  GOAL_LINK_FROM_EARLY_LEVEL: {
    text: (d) =>
      `Målkopplingen till ${q(d.goal)} utgår från ${oneBox(d.level)} ${named(d.box, d.boxText)}, inte från ett utfall eller en effekt.`,
    hint: () => 'Mål nås genom effekter: koppla från ett utfall eller en samhällseffekt.',
  },
  PLAN_WITHOUT_GOAL_LINKS: {
    text: () => 'Planen är inte kopplad till något mål i understrategierna eller RUS.',
    hint: () => 'Lägg till goalLinks från planens effekter till understrategins mål.',
  },
  PLAN_STOPS_AT_UNDERSTRATEGI: {
    text: (d) => `Planens mål ${q(d.goals)} i understrategin bidrar inte till något RUS-mål.`,
    hint: () =>
      'Ange vilka RUS-mål understrategins mål bidrar till (serves), eller koppla till ett annat mål.',
  },
  PLAN_SKIPS_UNDERSTRATEGI: {
    text: (d) => `Planen kopplar direkt till RUS-målet ${q(d.goals)} utan att gå via en understrategi.`,
    hint: () => 'Koppla till det mål i understrategin som bryter ner RUS-målet.',
  },
  GOAL_LINK_SKIPS_UNDERSTRATEGI: {
    text: (d) =>
      `Rutan ${named(d.box, d.boxText)} kopplar direkt till RUS-målet ${q(d.goal)} förbi understrategierna.`,
    hint: () => 'Koppla hellre till det mål i understrategin som bryter ner RUS-målet.',
  },
  SERVES_UNKNOWN_GOAL: {
    text: (d) =>
      d.reason === 'not-rus'
        ? `Målet ${q(d.goal)} ska bidra till ${q(d.serves)}, som inte är ett RUS-mål.`
        : `Målet ${q(d.goal)} ska bidra till ${q(d.serves)}, som inte finns i RUS.`,
  },
  UNDERSTRATEGI_GOAL_SERVES_NO_RUS_GOAL: {
    text: (d) => `Målet ${q(d.goal)} i understrategin ${q(d.understrategi)} bidrar inte till något RUS-mål.`,
    hint: () => 'Ange serves: [RUS-målets id].',
  },
  RUS_GOAL_WITHOUT_UNDERSTRATEGI: {
    text: (d) => `Inget mål i någon understrategi bryter ner RUS-målet ${q(d.goal)}.`,
  },
  GOAL_WITHOUT_PLAN: { text: (d) => `Ingen plan kopplar till målet ${q(d.goal)}.` },
  HORIZON_NOT_NESTED: {
    text: (d) =>
      `${show(d.inner)} löper ${show(d.innerFrom)}–${show(d.innerTo)}, utanför ${show(d.outer)} (${show(d.outerFrom)}–${show(d.outerTo)}).`,
  },
  CLASSIFICATION_UNKNOWN_VALUE: {
    text: (d) => `${q(d.value)} finns inte i vokabulären ${q(d.vocabulary)} för fältet ${q(d.field)}.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : `Tillåtna är: ${show(d.expected)}.`),
  },
  VOCABULARY_UNKNOWN: {
    text: (d) => `Vokabulären ${q(d.vocabulary)} är okänd; klassificeringen kontrolleras inte.`,
  },
  RULE_FAILED: {
    // The reason is the rule's own error text, most often English from JavaScript: not in a Swedish sentence.
    text: (d) => `Regeln ${q(d.rule)} kunde inte köras; felmeddelandet står i details.reason.`,
    hint: () => 'Felet ligger i regeln, inte i dokumentet; rapportera det till regelns författare.',
  },
};
