import type { parseCodes } from '../../findings/catalog/parse.js';
import type { Details } from '../../findings/finding.js';
import { against, given, type MessageTable, q, range, show } from '../message.js';

const TYPE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a section of keys',
  array: 'a list',
  null: 'nothing (null)',
  undefined: 'nothing',
  nan: 'NaN',
  infinity: 'infinity',
  data: 'data (text, a number, true or false, a list or a section)',
  function: 'a function',
  symbol: 'a symbol',
  bigint: 'a bigint',
  cycle: 'a reference back to a section that holds it (a cycle)',
  unreadable: 'a value that cannot be read (a getter or proxy that fails)',
  'date-object': 'a Date object (write the date as text, 2024-03-01)',
  instance: 'an object of a class (Map, Set, RegExp …), not plain data',
};
const type = (v: Details[string]) => TYPE[String(v)] ?? show(v);

const FORMAT: Record<string, string> = {
  id: 'an id of letters, digits and _ - . : without spaces',
  date: 'a date that exists in the calendar (YYYY-MM-DD) or a year',
  period: 'a period: year (2024), quarter (2024-Q1), half (2024-H2), month (2024-03) or date',
  day: 'a day that comes back every year, MM-DD (04-01 is the 1st of April)',
  'calendar-date': 'a date that exists in the calendar (YYYY-MM-DD)',
};

/** Why a file could not be read, for the reasons the library names itself. */
const EN_UNREADABLE: Readonly<Record<string, string>> = {
  'not-utf8': 'is not saved as UTF-8; å, ä and ö would come out wrong',
  'not-bytes': 'could not be read as a file',
  'not-a-file': 'is not a regular file (but a folder or a device, say) and is not read',
  'not-xlsx': 'is not an Excel workbook (.xlsx)',
  'damaged-zip': 'is a damaged Excel workbook (its zip archive cannot be read)',
  'damaged-workbook': 'is a damaged Excel workbook (one of its sheets cannot be read)',
  'worker-crashed': 'could not be read: the thread reading it stopped (out of memory, say)',
};

/** The likely cause of a syntax error, as the reader names it (src/io/yaml-syntax.ts). */
const EN_CAUSE: Readonly<Record<string, string>> = {
  tab: 'a tab character in the indentation',
  colon: 'a colon followed by a space in a text without quotes',
  quote: 'a quote that opens but never closes',
  bracket: 'a [ or { that opens but never closes',
  indent: 'the indentation does not match the lines around it',
  documents: 'the file holds more than one document (---)',
  'json-end': 'the text ends before every { [ and quote is closed',
  'json-token': 'a character that does not belong there in JSON',
  nesting: 'the structure is nested deeper than the reader can follow',
  other: 'the text does not follow the rules of the format',
};

const EN_CAUSE_HINT: Readonly<Record<string, string>> = {
  tab: 'Indent with spaces only; replace the tab with spaces.',
  quote: 'End the text with the same quote it starts with (\' or ").',
  bracket: 'Close with ] or }, or write the list with - on lines of their own.',
  indent: 'Keys of one section start in exactly the same column; compare the line with the one before.',
  documents: 'A file holds one document; remove --- or split the file.',
  'json-end': 'Check that every { [ and " has its matching } ] and ".',
  'json-token': 'Often a comma too many before } or ], or one missing between two values.',
  nesting:
    'Write the structure flatter: nesting this deep does not belong in a document (see the maxDepth limit).',
  other: 'Check indentation, colons and quotes on the given line and the one before.',
};

/** The line a syntax error is on, as shown after the cause. */
const line = (source: Details[string]) =>
  typeof source === 'string' ? `, on the line «${source.trim()}»` : '';

/** English messages for reading documents. */
export const enParse: MessageTable<keyof typeof parseCodes> = {
  SYNTAX_ERROR: {
    text: (d) =>
      `The file cannot be read as ${show(d.format)}: ${EN_CAUSE[String(d.cause)] ?? EN_CAUSE.other}${line(d.source)}.`,
    hint: (d) =>
      d.cause === 'colon' && d.fix !== undefined
        ? `Put the text in quotes: ${show(d.fix)}`
        : (EN_CAUSE_HINT[String(d.cause)] ?? EN_CAUSE_HINT.other!),
  },
  DECIMAL_COMMA: {
    text: (d) =>
      `Decimal comma: write ${show(d.number)} or '${show(d.found)}'. Inside { } the comma splits the value, so ${q(d.key)} became just ${show(d.found).split(',')[0]}.`,
    hint: (d) =>
      `Write ${show(d.key)}: ${show(d.number)} (a point as decimal sign) or ${show(d.key)}: '${show(d.found)}'.`,
  },
  EMPTY_DOCUMENT: { text: () => 'The document is empty.', hint: () => 'Start with `formatVersion: 1`.' },
  DUPLICATE_KEY: {
    text: (d) => `The key ${q(d.key)} appears twice in the same section.`,
    hint: () => 'Remove or rename one of them.',
  },
  INVALID_TYPE: {
    text: (d) => `Expected ${type(d.expected)} here, found ${type(d.found)}.`,
    hint: (d) =>
      d.found === 'string' && d.expected === 'number'
        ? 'Write a number, such as 2024, 5.5, 5,5 or 1 500.'
        : 'See docs/format.md for the field.',
  },
  MISSING_KEY: {
    text: (d) => `The key ${q(d.key)} is missing (expected ${type(d.expected)}).`,
    hint: (d) => `Add ${show(d.key)}: …`,
  },
  INVALID_VALUE: {
    text: (d) => `${q(d.found)} is not an allowed value; allowed are ${show(d.expected)}.`,
    hint: (d) => (d.suggestion ? `Did you mean ${q(d.suggestion)}?` : 'Choose one of the allowed values.'),
  },
  INVALID_FORMAT: {
    text: (d) => `${q(d.found)} has the wrong form: expected ${FORMAT[String(d.format)] ?? show(d.format)}.`,
  },
  OUT_OF_RANGE: {
    text: (d) =>
      `The value ${given(d.found)}is outside the allowed range (${range(d.min, d.max, 'at least', 'at most')}).`,
  },
  UNKNOWN_KEY: {
    text: (d) => `Unknown key ${q(d.key)}; it is kept but not read.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : 'Write your own additions with the prefix x- (e.g. x-case-number) to silence this.',
  },
  FORBIDDEN_KEY: {
    text: (d) => `The key ${q(d.key)} is not allowed because it can alter the program's objects.`,
    hint: () => 'Rename the key.',
  },
  UNSUPPORTED_VERSION: {
    text: (d) =>
      `Format version ${show(d.found)} is not supported; this version of the library reads ${show(d.supported)}.`,
  },
  LIMIT_EXCEEDED: {
    text: (d) =>
      `The limit ${q(d.limit)} is exceeded${against(d.found, d.max, 'against at most', 'at most')}.`,
    hint: (d) =>
      `Split the document, or raise the limit with the option limits.${show(d.limit)} if you trust the source.`,
  },
  REGION_MISMATCH: {
    text: (d) =>
      `The documents belong to different regions (${show(d.regions)}) and cannot be read as one set.`,
  },
  DUPLICATE_DEFINITION: {
    text: (d) => `${show(d.kind)} ${q(d.id)} is defined in several documents (${show(d.files)}).`,
    hint: () => 'Each strategy, plan and template belongs in exactly one document of the set.',
  },
  FILE_UNREADABLE: {
    text: (d) =>
      `The file ${q(d.file)} ${EN_UNREADABLE[String(d.reason)] ?? `cannot be read (${show(d.reason)})`}.`,
    hint: (d) =>
      d.reason === 'not-utf8'
        ? 'Save the file as UTF-8 (in most editors: Save as … with encoding UTF-8).'
        : d.reason === 'not-a-file'
          ? 'Give the path of a .yaml, .json or .xlsx file.'
          : d.reason === 'worker-crashed'
            ? 'Read the file on its own in one thread (-j 1) to see what goes wrong.'
            : EN_UNREADABLE[String(d.reason)]
              ? 'Open the file in Excel and save it as an Excel workbook (.xlsx) again.'
              : 'Check the path and that the file can be opened.',
  },
};
