import * as c from './cells.js';
import { LEVEL_LABELS } from './cells.js';

/** The sheets of an insatsplan workbook, by their key in code. */
export type SheetKey =
  | 'about'
  | 'strategies'
  | 'goals'
  | 'plans'
  | 'boxes'
  | 'links'
  | 'goalLinks'
  | 'indicators'
  | 'values'
  | 'splits'
  | 'changelog'
  | 'templates'
  | 'arshjul'
  | 'larande'
  | 'reports'
  | 'recipients'
  | 'participants';

/** A column of a sheet: its Swedish header and the other headers accepted for it. */
export interface ColumnDef {
  readonly key: string;
  /** The header as written (Swedish). Text in parentheses is a hint and ignored when read. */
  readonly header: string;
  /** Other accepted headers (English, shorter forms); compared without case or diacritics. */
  readonly aliases: readonly string[];
  /** A sheet cannot be read without this column. */
  readonly required?: boolean;
  readonly width: number;
  /** Values offered in a drop-down list. */
  readonly options?: readonly string[];
}

/** A sheet: its Swedish name, the accepted other names and its columns in order. */
export interface SheetDef {
  readonly key: SheetKey;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly columns: readonly ColumnDef[];
}

const col = (
  key: string,
  header: string,
  aliases: readonly string[],
  width: number,
  more: { required?: boolean; options?: readonly string[] } = {},
): ColumnDef => ({ key, header, aliases, width, ...more });

/** The column every sheet ends with: whatever the other cells cannot carry, as a JSON object. */
export const EXTRA = col('extra', 'Extra (JSON)', ['Extra', 'JSON', 'Extra JSON', 'Extensions'], 30);

const PLAN = col('plan', 'Plan', ['Plan id', 'Plan-id', 'Insatsplan'], 16);
const BOX = col('box', 'Ruta', ['Box', 'Ruta id', 'Box id'], 16);
const STRATEGY = col('strategy', 'Strategi', ['Strategy', 'Understrategi', 'Strategi id'], 18);
const GOAL = col('goal', 'Mål', ['Goal', 'Mål id', 'Goal id'], 18);

/** Strategy types as written in the Typ column of Strategier. */
export const STRATEGY_TYPES = { rus: 'RUS', understrategi: 'Understrategi', tier: 'Led' } as const;
/** Value types as written in the Typ column of Värden. */
export const VALUE_TYPES = { target: 'Målvärde', measurement: 'Mätning' } as const;
/** Value types as written in the Typ column of Uppdelning: a split belongs to a baseline, a target or a measurement. */
export const SPLIT_VALUE_TYPES = { baseline: 'Utgångsvärde', ...VALUE_TYPES } as const;
/** Kinds of årshjul duties as written in the Slag column of Årshjul. */
export const ARSHJUL_KINDS = {
  lagesrapport: 'lägesrapport',
  rapport: 'rapport',
  syntes: 'syntes',
  aterrapportering: 'återrapportering',
  slutrapport: 'slutrapport',
  utvardering: 'utvärdering',
  annat: 'annat',
} as const;
/** Kinds of lärande notes as written in the Slag column of Lärande. */
export const LARANDE_KINDS = { oforutsett: 'oförutsett', lardom: 'lärdom' } as const;
/** The ends of a plan's period as written in the Per plan column of Årshjul. */
export const PLAN_ANCHORS = { start: 'start', end: 'slut' } as const;
/** Plan kinds as written. */
export const PLAN_KINDS = { insatsplan: 'insatsplan', projekt: 'projekt', verksamhet: 'verksamhet' } as const;

/** Every sheet of the layout, in the order they are written. */
export const SHEETS: readonly SheetDef[] = [
  {
    key: 'about',
    name: 'Om',
    aliases: ['About', 'Info', 'Dokument', 'Document'],
    columns: [col('field', 'Fält', ['Field', 'Nyckel', 'Key'], 28), col('value', 'Värde', ['Value'], 60)],
  },
  {
    key: 'plans',
    name: 'Planer',
    aliases: ['Plans', 'Plan', 'Insatsplaner'],
    columns: [
      col('id', 'Id', ['Plan', 'Plan id'], 16, { required: true }),
      col('name', 'Namn', ['Name'], 36),
      col('kind', 'Typ', ['Slag', 'Kind', 'Type'], 14, { options: Object.values(PLAN_KINDS) }),
      col('owner', 'Ägare', ['Owner', 'Ansvarig'], 24),
      col('from', 'Från', ['From', 'Start', 'Period från'], 12),
      col('to', 'Till', ['To', 'Slut', 'End', 'Period till'], 12),
      col('summary', 'Sammanfattning', ['Summary', 'Beskrivning', 'Description'], 40),
      col('template', 'Mall', ['Template', 'Typ av effektkedja'], 16),
      col('utmaningar', 'Utmaningar (en per rad)', ['Utmaningar', 'Challenges'], 40),
      col('vocabulary', 'Vokabulär', ['Vocabulary'], 26),
      col('prioritering', 'Prioritering', ['Priority'], 26),
      col('fokusomrade', 'Fokusområde', ['Focus area'], 26),
      col('rusPrioritering', 'RUS-prioritering', ['RUS priority', 'Prioritering i RUS'], 26),
      col('projekttyp', 'Projekttyp', ['Project type'], 20),
      col('bransch', 'Bransch (åtskilda med ;)', ['Bransch', 'Sector', 'Sectors'], 24),
      col('syfte', 'Syfte (åtskilda med ;)', ['Syfte', 'Purpose', 'Purposes'], 24),
      col('hallbarhetSyfte', 'Hållbarhet syfte (0–3)', ['Hållbarhet syfte', 'Sustainability purpose'], 12),
      col('hallbarhetMetod', 'Hållbarhet metod (0–3)', ['Hållbarhet metod', 'Sustainability method'], 12),
      col(
        'larandeUppfoljning',
        'Uppföljning och utvärdering',
        ['Uppföljning', 'Follow-up and evaluation'],
        36,
      ),
      col('larandeAterkoppling', 'Återkoppling', ['Feedback'], 36),
      col('larandeOmvarld', 'Omvärldsbevakning', ['Omvärldsbevakning och analys', 'Horizon scanning'], 36),
      // Last before Extra, so that the columns of workbooks written before families keep their places.
      col('parent', 'Ramprojekt', ['Parent', 'Del av ramprojekt', 'Ramprojekt id'], 16),
      EXTRA,
    ],
  },
  {
    key: 'boxes',
    name: 'Rutor',
    aliases: ['Boxes', 'Box', 'Effektkedja', 'Kedja', 'Chain'],
    columns: [
      PLAN,
      col('id', 'Id', ['Box', 'Ruta', 'Box id'], 16, { required: true }),
      col('level', 'Nivå', ['Level', 'Niva'], 28, { required: true, options: LEVEL_LABELS }),
      col('text', 'Text', ['Rutans text', 'Statement'], 50, { required: true }),
      col('description', 'Beskrivning', ['Description'], 40),
      col('placeholder', 'Platshållare', ['Placeholder', 'Mallens text'], 12, { options: ['ja', 'nej'] }),
      EXTRA,
    ],
  },
  {
    key: 'links',
    name: 'Länkar',
    aliases: ['Links', 'Link', 'Kopplingar', 'Bidrar till'],
    columns: [
      PLAN,
      col('from', 'Från', ['From', 'Från ruta'], 16, { required: true }),
      col('to', 'Till', ['To', 'Till ruta', 'Bidrar till'], 16, { required: true }),
      col('assumption', 'Antagande', ['Assumption', 'Antaganden'], 50),
      EXTRA,
    ],
  },
  {
    key: 'goalLinks',
    name: 'Målkopplingar',
    // 'Mållänkar' was the name before 0.2: workbooks written then still read.
    aliases: ['Mållänkar', 'Goal links', 'Goallinks', 'Mål-länkar'],
    columns: [
      PLAN,
      col('from', 'Från', ['From', 'Från ruta', 'Ruta', 'Box'], 16, { required: true }),
      col('goal', 'Mål', ['Goal', 'Till mål'], 20, { required: true }),
      col('note', 'Anteckning', ['Note', 'Kommentar'], 40),
      EXTRA,
    ],
  },
  {
    key: 'indicators',
    name: 'Indikatorer',
    aliases: ['Indicators', 'Indikator', 'Indicator'],
    columns: [
      PLAN,
      BOX,
      STRATEGY,
      GOAL,
      col('id', 'Id', ['Indikator', 'Indicator', 'Indikator id'], 20, { required: true }),
      col('name', 'Namn', ['Name'], 40),
      col('kind', 'Typ', ['Slag', 'Kind', 'Type'], 10, { options: Object.values(c.KIND_LABELS) }),
      col('unit', 'Enhet', ['Unit'], 12),
      col('description', 'Beskrivning', ['Description'], 30),
      col('source', 'Källa', ['Source', 'Datakälla'], 20),
      col('dataClass', 'Dataslag', ['Data class', 'Slag av data'], 18, {
        options: ['egen-data', 'officiell-statistik', 'register', 'enkat'],
      }),
      col('rollsUpTo', 'Räknas in i', ['Rullas upp till', 'Rolls up to', 'Bidrar till indikator'], 20),
      col('mandatory', 'Obligatorisk', ['Mandatory'], 12, { options: ['ja', 'nej'] }),
      col('baselineValue', 'Utgångsvärde', ['Baseline', 'Baseline value', 'Utgångsläge'], 14),
      col('baselineYear', 'Utgångsår', ['Baseline year', 'År för utgångsvärde'], 12),
      EXTRA,
    ],
  },
  {
    key: 'values',
    name: 'Värden',
    aliases: ['Values', 'Målvärden och mätningar', 'Targets and measurements', 'Uppföljning'],
    columns: [
      PLAN,
      BOX,
      STRATEGY,
      GOAL,
      col('indicator', 'Indikator', ['Indicator', 'Indikator id'], 20, { required: true }),
      col('type', 'Typ', ['Type', 'Slag'], 12, { required: true, options: Object.values(VALUE_TYPES) }),
      col('when', 'År/period', ['År', 'Period', 'Year', 'Year/period', 'Tid'], 12, { required: true }),
      col('value', 'Värde', ['Value'], 14, { required: true }),
      // A measurement's own unit and what a percent or index is a share of; optional columns, so
      // workbooks written before them are read as before.
      col('valueUnit', 'Enhet', ['Unit', 'Mätenhet'], 10),
      col('numerator', 'Täljare', ['Numerator'], 10),
      col('denominator', 'Nämnare', ['Denominator'], 10),
      col('note', 'Anteckning', ['Note', 'Kommentar'], 40),
      EXTRA,
    ],
  },
  {
    key: 'splits',
    name: 'Uppdelning',
    aliases: ['Splits', 'Disaggregation', 'Uppdelningar', 'Fördelning'],
    columns: [
      PLAN,
      BOX,
      STRATEGY,
      GOAL,
      col('indicator', 'Indikator', ['Indicator', 'Indikator id'], 20, { required: true }),
      col('type', 'Typ', ['Type', 'Slag', 'Värdetyp'], 14, {
        required: true,
        options: Object.values(SPLIT_VALUE_TYPES),
      }),
      // A baseline has one year (on Indikatorer), so the cell may stay blank on its rows.
      col('when', 'År/period', ['År', 'Period', 'Year', 'Year/period', 'Tid'], 12),
      col('dimension', 'Dimension', ['Dimension id', 'Uppdelning efter'], 14, { required: true }),
      col('group', 'Grupp', ['Group', 'Kategori', 'Category'], 16, { required: true }),
      col('value', 'Tal', ['Value', 'Värde', 'Antal', 'Number'], 12, { required: true }),
      col('numerator', 'Täljare', ['Numerator'], 10),
      col('denominator', 'Nämnare', ['Denominator'], 10),
      col('complete', 'Hela värdet', ['Complete', 'Fullständig', 'Täcker helheten'], 12, {
        options: ['ja', 'nej'],
      }),
      EXTRA,
    ],
  },
  {
    key: 'participants',
    name: 'Deltagare',
    aliases: ['Participants', 'Deltagarlista', 'Deltagande företag'],
    columns: [
      PLAN,
      BOX,
      col('indicator', 'Indikator', ['Indicator', 'Indikator id'], 20),
      col('orgnr', 'Organisationsnummer', ['Orgnr', 'Org.nr', 'Organisation number', 'Personnummer'], 16, {
        required: true,
      }),
      col('name', 'Namn', ['Name', 'Företag', 'Firma'], 32),
      col('kommun', 'Kommun', ['Municipality'], 16),
      col('from', 'Från', ['From', 'Start'], 12),
      col('to', 'Till', ['To', 'Slut', 'End'], 12),
      EXTRA,
    ],
  },
  {
    key: 'strategies',
    name: 'Strategier',
    aliases: ['Strategies', 'Strategy', 'Understrategier', 'Styrkedja'],
    columns: [
      col('type', 'Typ', ['Type'], 16, { required: true, options: Object.values(STRATEGY_TYPES) }),
      col('id', 'Id', ['Strategi', 'Strategy'], 20, { required: true }),
      col('name', 'Namn', ['Name'], 40),
      col('kind', 'Benämning', ['Slag', 'Kind', 'Sort'], 16),
      col('tier', 'Led', ['Tier', 'Led i styrkedjan', 'Nivå i styrkedjan'], 16),
      col('decisionLevel', 'Beslutsnivå', ['Decision level'], 16),
      col('owner', 'Ägare', ['Owner'], 20),
      col('from', 'Från', ['From', 'Start'], 12),
      col('to', 'Till', ['To', 'End', 'Slut'], 12),
      col('description', 'Beskrivning', ['Description'], 40),
      EXTRA,
    ],
  },
  {
    key: 'goals',
    name: 'Mål',
    aliases: ['Goals', 'Goal', 'Strategimål'],
    columns: [
      STRATEGY,
      col('id', 'Id', ['Mål', 'Goal', 'Mål id'], 20, { required: true }),
      col('text', 'Text', ['Måltext', 'Goal text'], 50),
      col('description', 'Beskrivning', ['Description'], 40),
      col('serves', 'Bidrar till (RUS-mål)', ['Tjänar', 'Serves', 'RUS-mål', 'Bidrar till'], 24),
      EXTRA,
    ],
  },
  {
    key: 'changelog',
    name: 'Ändringslogg',
    aliases: ['Changelog', 'Change log', 'Ändringar', 'Changes'],
    columns: [
      PLAN,
      col('at', 'Tidpunkt', ['At', 'Datum', 'Date', 'När'], 14),
      col('by', 'Av', ['By', 'Vem'], 18),
      col('why', 'Varför', ['Why', 'Skäl'], 30),
      col('what', 'Vad', ['What', 'Ändring', 'Change'], 40),
      EXTRA,
    ],
  },
  {
    key: 'larande',
    name: 'Lärande',
    aliases: ['Larande', 'Lessons', 'Lärdomar', 'Learning'],
    columns: [
      PLAN,
      col('at', 'Tidpunkt', ['At', 'Datum', 'Date', 'När'], 14),
      col('kind', 'Slag', ['Kind', 'Typ', 'Type'], 14, { options: Object.values(LARANDE_KINDS) }),
      col('text', 'Text', ['Vad', 'What'], 60),
      col('by', 'Av', ['By', 'Vem'], 18),
      EXTRA,
    ],
  },
  {
    key: 'reports',
    name: 'Rapporter',
    aliases: ['Reports', 'Lämnade rapporter', 'Delivered reports'],
    columns: [
      PLAN,
      col('event', 'Händelse i årshjulet', ['Händelse', 'Event', 'Årshjul'], 20, { required: true }),
      col('at', 'Lämnad', ['Datum', 'Date', 'At', 'Delivered'], 14),
      col('note', 'Anteckning', ['Note', 'Kommentar'], 40),
      EXTRA,
    ],
  },
  {
    key: 'templates',
    name: 'Mallar',
    aliases: ['Templates', 'Egna mallar'],
    columns: [
      col('id', 'Id', ['Mall', 'Template'], 20, { required: true }),
      col('name', 'Namn', ['Name'], 40),
      EXTRA,
    ],
  },
  {
    key: 'arshjul',
    name: 'Årshjul',
    aliases: ['Arshjul', 'Follow-up calendar', 'Calendar', 'Uppföljningskalender'],
    columns: [
      col('id', 'Id', ['Händelse', 'Event'], 20, { required: true }),
      col('name', 'Namn', ['Name'], 36),
      col('kind', 'Slag', ['Kind', 'Typ', 'Type'], 16, { options: Object.values(ARSHJUL_KINDS) }),
      col('recipients', 'Mottagare', ['Recipients', 'Till'], 28),
      col('responsible', 'Ansvarig', ['Responsible', 'Ansvar'], 26),
      col('days', 'Dagar varje år (MM-DD)', ['Dagar', 'Days'], 22),
      col('dates', 'Datum (ÅÅÅÅ-MM-DD)', ['Datum', 'Dates'], 22),
      col('perPlanAt', 'Per plan (start/slut)', ['Per plan', 'Per plan at'], 14, {
        options: Object.values(PLAN_ANCHORS),
      }),
      col('perPlanMonths', 'Månader efter', ['Månader', 'Months'], 12),
      col('plans', 'Planer', ['Plans'], 24),
      col('measurements', 'Mätningar', ['Measurements'], 12, { options: ['ja', 'nej'] }),
      col('description', 'Beskrivning', ['Description'], 40),
      EXTRA,
    ],
  },
  {
    key: 'recipients',
    name: 'Mottagare',
    aliases: ['Recipients', 'Instanser', 'Bodies'],
    columns: [
      col('id', 'Id', ['Mottagare', 'Recipient'], 20, { required: true }),
      col('name', 'Namn', ['Name'], 36),
      EXTRA,
    ],
  },
];

/** The sheet definition of a key. */
export function sheetDef(key: SheetKey): SheetDef {
  const def = SHEETS.find((s) => s.key === key);
  if (!def) throw new Error(`no sheet ${key}`);
  return def;
}

/** The rows of the Om sheet: field label → what it holds. */
export const ABOUT_FIELDS = {
  formatVersion: { label: 'Formatversion', aliases: ['Format version', 'Version'] },
  region: { label: 'Region', aliases: [] as string[] },
  extra: { label: 'Extra (JSON)', aliases: ['Extra', 'Dokument extra', 'Document extra'] },
  strategyExtra: { label: 'Strategi extra (JSON)', aliases: ['Strategy extra'] },
} as const;

/** A field of a domain object carried in a column: where it sits in the object and how its cell reads. */
export interface FieldDef {
  readonly column: string;
  readonly path: readonly string[];
  readonly codec: c.Codec;
}

/** How one kind of domain object maps to a row: its fields, the keys other sheets carry, and key order. */
export interface EntityDef {
  readonly fields: readonly FieldDef[];
  /** Lists carried by rows of other sheets (a plan's boxes …). */
  readonly children: readonly string[];
  /** The order of keys in the object read back, as the schema lists them. */
  readonly order: readonly string[];
}

const f = (column: string, path: string | readonly string[], codec: c.Codec): FieldDef => ({
  column,
  path: typeof path === 'string' ? [path] : path,
  codec,
});

const INDICATOR_KIND = c.indicatorKind;

/** The domain objects of a workbook and their fields. */
export const ENTITIES = {
  plan: {
    fields: [
      f('id', 'id', c.id),
      f('name', 'name', c.requiredText),
      f(
        'kind',
        'kind',
        c.choice(PLAN_KINDS, {
          verksamhetsplan: 'verksamhet',
          project: 'projekt',
          'action plan': 'insatsplan',
        }),
      ),
      f('owner', 'owner', c.text),
      f('parent', 'parent', c.id),
      f('from', ['period', 'from'], c.yearOrPeriod),
      f('to', ['period', 'to'], c.yearOrPeriod),
      f('summary', 'summary', c.text),
      f('template', 'template', c.id),
      f('utmaningar', 'utmaningar', c.lines),
      f('vocabulary', ['classification', 'vocabulary'], c.id),
      f('prioritering', ['classification', 'prioritering'], c.text),
      f('fokusomrade', ['classification', 'fokusomrade'], c.text),
      f('rusPrioritering', ['classification', 'rusPrioritering'], c.text),
      f('projekttyp', ['classification', 'projekttyp'], c.text),
      f('bransch', ['classification', 'bransch'], c.list),
      f('syfte', ['classification', 'syfte'], c.list),
      f('hallbarhetSyfte', ['classification', 'hallbarhet', 'syfte'], c.integer),
      f('hallbarhetMetod', ['classification', 'hallbarhet', 'metod'], c.integer),
      f('larandeUppfoljning', ['larande', 'uppfoljning'], c.text),
      f('larandeAterkoppling', ['larande', 'aterkoppling'], c.text),
      f('larandeOmvarld', ['larande', 'omvarldsbevakning'], c.text),
    ],
    children: ['boxes', 'links', 'goalLinks', 'changelog', 'reports', 'participants'],
    order: [
      'id',
      'name',
      'kind',
      'owner',
      'parent',
      'period',
      'summary',
      'template',
      'classification',
      'utmaningar',
      'boxes',
      'links',
      'goalLinks',
      'changelog',
      'larande',
      'reports',
      'participants',
    ],
  },
  larandeNote: {
    fields: [
      f('at', 'at', c.yearOrPeriod),
      f('kind', 'kind', c.choice(LARANDE_KINDS, { 'oforutsett resultat': 'oforutsett', lesson: 'lardom' })),
      f('text', 'text', c.requiredText),
      f('by', 'by', c.text),
    ],
    children: [],
    order: ['at', 'kind', 'text', 'by'],
  },
  report: {
    fields: [f('event', 'event', c.id), f('at', 'at', c.yearOrPeriod), f('note', 'note', c.text)],
    children: [],
    order: ['event', 'at', 'note'],
  },
  box: {
    fields: [
      f('id', 'id', c.id),
      f('level', 'level', c.level),
      f('text', 'text', c.requiredText),
      f('description', 'description', c.text),
      f('placeholder', 'placeholder', c.yesNo),
    ],
    children: ['indicators'],
    order: ['id', 'level', 'text', 'description', 'indicators', 'placeholder'],
  },
  link: {
    fields: [f('from', 'from', c.id), f('to', 'to', c.id), f('assumption', 'assumption', c.text)],
    children: [],
    order: ['from', 'to', 'assumption'],
  },
  goalLink: {
    fields: [f('from', 'from', c.id), f('goal', 'goal', c.id), f('note', 'note', c.text)],
    children: [],
    order: ['from', 'goal', 'note'],
  },
  change: {
    fields: [
      f('at', 'at', c.timestamp),
      f('by', 'by', c.text),
      f('why', 'why', c.text),
      f('what', 'what', c.requiredText),
    ],
    children: [],
    order: ['at', 'by', 'why', 'what'],
  },
  indicator: {
    fields: [
      f('id', 'id', c.id),
      f('name', 'name', c.requiredText),
      f('kind', 'kind', INDICATOR_KIND),
      f('unit', 'unit', c.text),
      f('description', 'description', c.text),
      f('source', 'source', c.text),
      f('dataClass', 'dataClass', c.id),
      f('rollsUpTo', 'rollsUpTo', c.id),
      f('mandatory', 'mandatory', c.yesNo),
      f('baselineValue', ['baseline', 'value'], c.indicatorValue),
      f('baselineYear', ['baseline', 'year'], c.year),
    ],
    children: ['targets', 'measurements', 'participants'],
    // The order people write them in (source and roll-up next to the unit), not the schema's.
    order: [
      'id',
      'name',
      'kind',
      'unit',
      'description',
      'source',
      'dataClass',
      'rollsUpTo',
      'mandatory',
      'baseline',
      'targets',
      'measurements',
      'participants',
    ],
  },
  participant: {
    fields: [
      f('orgnr', 'orgnr', c.requiredText),
      f('name', 'name', c.text),
      f('kommun', 'kommun', c.text),
      f('from', ['period', 'from'], c.yearOrPeriod),
      f('to', ['period', 'to'], c.yearOrPeriod),
    ],
    children: [],
    order: ['orgnr', 'name', 'kommun', 'period'],
  },
  target: {
    // A target has no unit, numerator or denominator in the format; the columns still read into it
    // (as unknown keys, reported like in YAML), so a filled cell on a target row is never dropped.
    fields: [
      f('value', 'value', c.indicatorValue),
      f('when', 'year', c.year),
      f('valueUnit', 'unit', c.text),
      f('numerator', 'numerator', c.number),
      f('denominator', 'denominator', c.number),
      f('note', 'note', c.text),
    ],
    children: [],
    order: ['value', 'year', 'note', 'splits'],
  },
  measurement: {
    fields: [
      f('when', 'period', c.yearOrPeriod),
      f('value', 'value', c.indicatorValue),
      f('valueUnit', 'unit', c.text),
      f('numerator', 'numerator', c.number),
      f('denominator', 'denominator', c.number),
      f('note', 'note', c.text),
    ],
    children: [],
    order: ['period', 'value', 'note', 'unit', 'numerator', 'denominator', 'splits'],
  },
  /** One part of a split, a row of Uppdelning; the split's dimension and `complete` are cells of the same row. */
  splitPart: {
    fields: [
      f('group', 'group', c.requiredText),
      f('value', 'value', c.number),
      f('numerator', 'numerator', c.number),
      f('denominator', 'denominator', c.number),
    ],
    children: [],
    order: ['group', 'value', 'numerator', 'denominator'],
  },
  strategy: {
    fields: [
      f('id', 'id', c.id),
      f('name', 'name', c.requiredText),
      f('kind', 'kind', c.text),
      f('tier', 'tier', c.id),
      f('owner', 'owner', c.text),
      f('from', ['horizon', 'from'], c.yearOrPeriod),
      f('to', ['horizon', 'to'], c.yearOrPeriod),
      f('description', 'description', c.text),
    ],
    children: ['goals'],
    order: ['id', 'name', 'kind', 'tier', 'owner', 'horizon', 'description', 'goals'],
  },
  tier: {
    fields: [
      f('id', 'id', c.id),
      f('name', 'name', c.requiredText),
      f('decisionLevel', 'decisionLevel', c.text),
      f('owner', 'owner', c.text),
      f('from', ['horizon', 'from'], c.yearOrPeriod),
      f('to', ['horizon', 'to'], c.yearOrPeriod),
      f('description', 'description', c.text),
    ],
    children: [],
    order: ['id', 'name', 'decisionLevel', 'owner', 'horizon', 'description'],
  },
  goal: {
    fields: [
      f('id', 'id', c.id),
      f('text', 'text', c.requiredText),
      f('description', 'description', c.text),
      f('serves', 'serves', c.ids),
    ],
    children: ['indicators'],
    order: ['id', 'text', 'description', 'serves', 'indicators'],
  },
  template: {
    fields: [f('id', 'id', c.id), f('name', 'name', c.requiredText)],
    children: [],
    order: ['id', 'name', 'nameEn', 'track', 'description', 'keywords', 'boxes', 'links'],
  },
  recipient: {
    fields: [f('id', 'id', c.id), f('name', 'name', c.requiredText)],
    children: [],
    order: ['id', 'name'],
  },
  arshjulEvent: {
    fields: [
      f('id', 'id', c.id),
      f('name', 'name', c.requiredText),
      f('kind', 'kind', c.choice(ARSHJUL_KINDS)),
      f('recipients', 'recipients', c.ids),
      f('responsible', 'responsible', c.text),
      f('days', 'days', c.ids),
      f('dates', 'dates', c.ids),
      f(
        'perPlanAt',
        ['perPlan', 'at'],
        c.choice(PLAN_ANCHORS, { end: 'end', slutet: 'end', början: 'start' }),
      ),
      f('perPlanMonths', ['perPlan', 'months'], c.integer),
      f('plans', 'plans', c.ids),
      f('measurements', 'measurements', c.yesNo),
      f('description', 'description', c.text),
    ],
    children: [],
    order: [
      'id',
      'name',
      'kind',
      'recipients',
      'responsible',
      'days',
      'dates',
      'perPlan',
      'plans',
      'measurements',
      'description',
    ],
  },
} as const satisfies Record<string, EntityDef>;

/** A kind of domain object carried by rows. */
export type EntityKey = keyof typeof ENTITIES;
