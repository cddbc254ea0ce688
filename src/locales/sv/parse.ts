import type { parseCodes } from '../../findings/catalog/parse.js';
import type { Details } from '../../findings/finding.js';
import { against, given, type MessageTable, q, range, show } from '../message.js';

const TYPE: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  integer: 'ett heltal',
  boolean: 'sant eller falskt (true/false)',
  object: 'ett avsnitt med nycklar',
  array: 'en lista',
  null: 'ingenting (null)',
  undefined: 'ingenting',
  nan: 'NaN',
  infinity: 'oändligheten',
};
const type = (v: Details[string]) => TYPE[String(v)] ?? show(v);

const FORMAT: Record<string, string> = {
  id: 'ett id av bokstäver, siffror och _ - . : utan mellanslag',
  date: 'ett datum som finns i kalendern (ÅÅÅÅ-MM-DD) eller ett år',
  period: 'en period: år (2024), kvartal (2024-Q1), halvår (2024-H2), månad (2024-03) eller datum',
  day: 'en dag som återkommer varje år, MM-DD (04-01 är den 1 april)',
  'calendar-date': 'ett datum som finns i kalendern (ÅÅÅÅ-MM-DD)',
};

/** Why a file could not be read, for the reasons the library names itself. */
const SV_UNREADABLE: Readonly<Record<string, string>> = {
  'not-utf8': 'är inte sparad som UTF-8; å, ä och ö skulle bli fel',
  'not-bytes': 'kunde inte läsas som en fil',
  'not-a-file': 'är ingen vanlig fil (utan till exempel en mapp eller en enhet) och läses inte',
  'not-xlsx': 'är ingen Excel-arbetsbok (.xlsx)',
  'damaged-zip': 'är en skadad Excel-arbetsbok (zip-arkivet går inte att läsa)',
  'damaged-workbook': 'är en skadad Excel-arbetsbok (ett av dess blad går inte att läsa)',
};

/** Swedish messages for reading documents. */
export const svParse: MessageTable<keyof typeof parseCodes> = {
  SYNTAX_ERROR: {
    text: (d) => `Filen kan inte läsas som ${show(d.format)}: ${show(d.reason)}.`,
    hint: () => 'Kontrollera indrag, kolon och citattecken på raden som anges.',
  },
  EMPTY_DOCUMENT: { text: () => 'Dokumentet är tomt.', hint: () => 'Börja med `formatVersion: 1`.' },
  DUPLICATE_KEY: {
    text: (d) => `Nyckeln ${q(d.key)} förekommer två gånger i samma avsnitt.`,
    hint: () => 'Ta bort eller byt namn på den ena.',
  },
  INVALID_TYPE: {
    text: (d) => `Här förväntades ${type(d.expected)} men det står ${type(d.found)}.`,
    hint: (d) =>
      // Quotes around a number are the usual cause only where a number was expected.
      d.found === 'string' && d.expected === 'number'
        ? 'Skriv tal utan citattecken.'
        : 'Se docs/format.md för fältets form.',
  },
  MISSING_KEY: {
    text: (d) => `Nyckeln ${q(d.key)} saknas (${type(d.expected)} förväntades).`,
    hint: (d) => `Lägg till ${show(d.key)}: …`,
  },
  INVALID_VALUE: {
    text: (d) => `${q(d.found)} är inte ett tillåtet värde; tillåtna är ${show(d.expected)}.`,
    hint: (d) => (d.suggestion ? `Menade du ${q(d.suggestion)}?` : 'Välj ett av de tillåtna värdena.'),
  },
  INVALID_FORMAT: {
    text: (d) => `${q(d.found)} har fel form: här förväntades ${FORMAT[String(d.format)] ?? show(d.format)}.`,
  },
  OUT_OF_RANGE: {
    text: (d) =>
      `Värdet ${given(d.found)}ligger utanför det tillåtna (${range(d.min, d.max, 'minst', 'högst')}).`,
  },
  UNKNOWN_KEY: {
    text: (d) => `Okänd nyckel ${q(d.key)}; den behålls men läses inte.`,
    hint: (d) =>
      d.suggestion
        ? `Menade du ${q(d.suggestion)}?`
        : 'Egna tillägg kan skrivas med prefixet x- (t.ex. x-diarienummer) så varnas de inte.',
  },
  FORBIDDEN_KEY: {
    text: (d) => `Nyckeln ${q(d.key)} är inte tillåten eftersom den kan ändra programmets objekt.`,
    hint: () => 'Byt namn på nyckeln.',
  },
  UNSUPPORTED_VERSION: {
    text: (d) =>
      `Formatversion ${show(d.found)} stöds inte; den här versionen av biblioteket läser ${show(d.supported)}.`,
  },
  LIMIT_EXCEEDED: {
    text: (d) => `Gränsen ${q(d.limit)} är överskriden${against(d.found, d.max, 'mot högst', 'högst')}.`,
    hint: (d) =>
      `Dela upp dokumentet, eller höj gränsen med alternativet limits.${show(d.limit)} om du litar på källan.`,
  },
  REGION_MISMATCH: {
    text: (d) => `Dokumenten hör till olika regioner (${show(d.regions)}) och kan inte läsas som en samling.`,
  },
  DUPLICATE_DEFINITION: {
    text: (d) => `${show(d.kind)} ${q(d.id)} definieras i flera dokument (${show(d.files)}).`,
    hint: () => 'Varje strategi, plan och mall ska finnas i ett enda dokument i samlingen.',
  },
  FILE_UNREADABLE: {
    text: (d) =>
      `Filen ${q(d.file)} ${SV_UNREADABLE[String(d.reason)] ?? `kan inte läsas (${show(d.reason)})`}.`,
    hint: (d) =>
      d.reason === 'not-utf8'
        ? 'Spara filen som UTF-8 (i de flesta redigerare: Spara som … och kodning UTF-8).'
        : d.reason === 'not-a-file'
          ? 'Ange sökvägen till en .yaml-, .json- eller .xlsx-fil.'
          : SV_UNREADABLE[String(d.reason)]
            ? 'Öppna filen i Excel och spara den som Excel-arbetsbok (.xlsx) igen.'
            : 'Kontrollera sökvägen och att filen går att öppna.',
  },
};
