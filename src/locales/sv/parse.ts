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
  infinity: 'ett oändligt tal',
  data: 'data (text, ett tal, sant eller falskt, en lista eller ett avsnitt)',
  function: 'en funktion',
  symbol: 'en symbol',
  bigint: 'ett heltal av typen bigint',
  cycle: 'en hänvisning tillbaka till ett avsnitt som innehåller den (en cirkel)',
  unreadable: 'ett värde som inte går att läsa (läsningen ger ett fel)',
  'date-object': 'ett datumobjekt (skriv datumet som text, 2024-03-01)',
  instance: 'ett objekt av en klass (Map, Set, RegExp …), inte vanliga data',
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
  'worker-crashed': 'kunde inte läsas: tråden som läste den stannade (till exempel för att minnet tog slut)',
  ENOENT: 'finns inte',
  EACCES: 'får inte läsas (du saknar behörighet)',
  EPERM: 'får inte läsas (du saknar behörighet)',
  EISDIR: 'är en mapp, inte en fil',
  ENOTDIR: 'ligger i något som inte är en mapp',
  ENAMETOOLONG: 'har ett för långt namn',
  ELOOP: 'är en länk som pekar på sig själv',
  EMFILE: 'kan inte öppnas just nu (för många öppna filer)',
  EBUSY: 'används av ett annat program',
};

/** Reasons that come from the library's own reading, not from the file system. */
const OWN_REASONS = new Set(['not-utf8', 'not-bytes', 'not-xlsx', 'damaged-zip', 'damaged-workbook']);

/** The likely cause of a syntax error, as the reader names it (src/io/yaml-syntax.ts). */
const SV_CAUSE: Readonly<Record<string, string>> = {
  tab: 'ett tabbtecken i indraget',
  colon: 'ett kolon följt av mellanslag i en text utan citattecken',
  quote: 'ett citattecken som öppnas men aldrig stängs',
  bracket: 'en [ eller { som öppnas men aldrig stängs',
  indent: 'indraget stämmer inte med raderna runt omkring',
  documents: 'filen innehåller mer än ett dokument (---)',
  'json-end': 'texten tar slut innan alla { [ och citattecken har stängts',
  'json-token': 'ett tecken som inte hör hemma där i JSON',
  nesting: 'strukturen är nästlad i fler nivåer än läsaren kan följa',
  other: 'texten följer inte reglerna för formatet',
};

const SV_CAUSE_HINT: Readonly<Record<string, string>> = {
  tab: 'Indrag får bara göras med mellanslag; byt tabbtecknet mot mellanslag.',
  quote: 'Avsluta texten med samma citattecken som den börjar med (\' eller ").',
  bracket: 'Stäng med ] eller }, eller skriv listan med - på egna rader.',
  indent: 'Nycklar i samma avsnitt ska börja i exakt samma kolumn; jämför raden med raden före.',
  documents: 'En fil ska hålla ett enda dokument; ta bort --- eller dela upp filen.',
  'json-end': 'Kontrollera att varje { [ och " har en motsvarande } ] och ".',
  'json-token':
    'Ofta är det ett kommatecken för mycket före } eller ], eller ett som fattas mellan två värden.',
  nesting: 'Skriv strukturen plattare: så djup nästling hör inte hemma i ett dokument (se gränsen maxDepth).',
  other: 'Kontrollera indrag, kolon och citattecken på raden som anges och raden före.',
};

/** The line a syntax error is on, as shown after the cause. */
const line = (source: Details[string]) => (typeof source === 'string' ? `, på raden «${source.trim()}»` : '');

/** Swedish messages for reading documents. */
export const svParse: MessageTable<keyof typeof parseCodes> = {
  SYNTAX_ERROR: {
    text: (d) =>
      `Filen kan inte läsas som ${show(d.format)}: ${SV_CAUSE[String(d.cause)] ?? SV_CAUSE.other}${line(d.source)}.`,
    hint: (d) =>
      d.cause === 'colon' && d.fix !== undefined
        ? `Sätt texten inom citattecken: ${show(d.fix)}`
        : (SV_CAUSE_HINT[String(d.cause)] ?? SV_CAUSE_HINT.other!),
  },
  DECIMAL_COMMA: {
    text: (d) =>
      `Decimalkomma: skriv ${show(d.number)} eller '${show(d.found)}'. Inom { } delar kommat värdet, så ${q(d.key)} blev bara ${show(d.found).split(',')[0]}.`,
    hint: (d) =>
      `Skriv ${show(d.key)}: ${show(d.number)} (punkt som decimaltecken) eller ${show(d.key)}: '${show(d.found)}'.`,
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
        ? 'Skriv ett tal, till exempel 2024, 5.5, 5,5 eller 1 500.'
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
      // The system's own reason (an errno code, or its English text) is never shown in Swedish.
      `Filen ${q(d.file)} ${SV_UNREADABLE[String(d.reason)] ?? 'kan inte läsas'}.`,
    hint: (d) =>
      d.reason === 'not-utf8'
        ? 'Spara filen som UTF-8 (i de flesta redigerare: Spara som … och kodning UTF-8).'
        : d.reason === 'not-a-file'
          ? 'Ange sökvägen till en .yaml-, .json- eller .xlsx-fil.'
          : d.reason === 'worker-crashed'
            ? 'Läs filen för sig i en enda tråd (-j 1) för att se vad som går fel.'
            : OWN_REASONS.has(String(d.reason))
              ? 'Öppna filen i Excel och spara den som Excel-arbetsbok (.xlsx) igen.'
              : 'Kontrollera sökvägen och att filen går att öppna.',
  },
};
