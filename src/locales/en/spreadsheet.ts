import type { spreadsheetCodes } from '../../findings/catalog/spreadsheet.js';
import type { Details } from '../../findings/finding.js';
import { type MessageTable, q, show } from '../message.js';

const KIND: Record<string, string> = {
  plan: 'The plan',
  box: 'The box',
  strategy: 'The strategy',
  goal: 'The goal',
  indicator: 'The indicator',
};
const kind = (v: Details[string]) => KIND[String(v)] ?? show(v);

/** What an Extra (JSON) cell holds instead of an object. */
const EN_JSON: Readonly<Record<string, string>> = {
  syntax: 'the text is not valid JSON',
  list: 'it is a list',
  text: 'it is a text',
  number: 'it is a number',
  boolean: 'it is true or false',
  null: 'it is null',
};

/** English messages of the spreadsheet module. */
export const enSpreadsheet: MessageTable<keyof typeof spreadsheetCodes> = {
  SHEET_NO_DATA: {
    text: () => 'The workbook has no sheet that can be read as an effektkedja.',
    hint: () =>
      'Name the sheets Planer, Rutor, Länkar, Målkopplingar, Indikatorer, Värden, Strategier, Mål … or their English names (see docs/spreadsheet.md).',
  },
  SHEET_UNKNOWN_SHEET: {
    text: (d) => `The sheet ${q(d.sheet)} is unknown and is not read.`,
    hint: (d) => (d.suggestion ? `Did you mean ${q(d.suggestion)}?` : `Known sheets: ${show(d.expected)}.`),
  },
  SHEET_DUPLICATE_SHEET: {
    text: (d) =>
      `The sheet ${q(d.sheet)} is the same kind of sheet as ${q(d.first)}; only the first is read.`,
    hint: () => 'Move the rows to the first sheet and delete the second.',
  },
  SHEET_MISSING_COLUMN: {
    text: (d) => `The sheet ${q(d.sheet)} has no column ${q(d.column)}.`,
    hint: () => 'Column headers go in the first row; see docs/spreadsheet.md for the columns of each sheet.',
  },
  SHEET_UNKNOWN_COLUMN: {
    text: (d) => `The column ${q(d.column)} on the sheet ${q(d.sheet)} is unknown and is not read.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : 'Write your own data in the Extra (JSON) column, e.g. {"x-case-number": "2024-17"}.',
  },
  SHEET_DUPLICATE_COLUMN: {
    text: (d) =>
      `The column ${q(d.column)} appears twice on the sheet ${q(d.sheet)}; only the first is read.`,
  },
  SHEET_MISSING_VALUE: {
    text: (d) => `The cell in the column ${q(d.column)} is empty, but a value is needed here.`,
    hint: (d) =>
      d.column === 'Plan'
        ? "Write the plan's id; it may be left out only when the workbook has a single plan."
        : 'Fill in the cell.',
  },
  SHEET_BAD_LEVEL: {
    text: (d) => `${q(d.found)} is not a level of the chain.`,
    hint: (d) => (d.suggestion ? `Did you mean ${q(d.suggestion)}?` : `Choose one of: ${show(d.expected)}.`),
  },
  SHEET_BAD_VALUE: {
    text: (d) =>
      `${q(d.found)} is not an allowed value in the column ${q(d.column)}; allowed are ${show(d.expected)}.`,
    hint: (d) =>
      d.suggestion ? `Did you mean ${q(d.suggestion)}?` : 'Choose a value from the drop-down list.',
  },
  SHEET_BAD_NUMBER: {
    text: (d) =>
      d.expected === 'integer'
        ? `${q(d.found)} in the column ${q(d.column)} is not a whole number.`
        : `${q(d.found)} in the column ${q(d.column)} is not a number.`,
    hint: () => 'Write digits only, e.g. 1300000 or 41.2; the unit belongs in the Unit column.',
  },
  SHEET_BAD_JSON: {
    text: (d) =>
      `The cell in the column ${q(d.column)} is not a JSON object: ${EN_JSON[String(d.reason)] ?? show(d.reason)}.`,
    hint: () => 'Write e.g. {"x-case-number": "2024-17"}, or empty the cell.',
  },
  SHEET_DUPLICATE_ID: {
    text: (d) =>
      `${kind(d.kind)} ${q(d.id)} is already on row ${show(d.firstRow)}; rows that refer to the id go to the first.`,
    hint: () => 'Give each row its own id.',
  },
  SHEET_UNKNOWN_REFERENCE: {
    text: (d) => `${kind(d.kind)} ${q(d.id)} in the column ${q(d.column)} is not in the workbook.`,
    hint: (d) =>
      d.suggestion
        ? `Did you mean ${q(d.suggestion)}?`
        : `Add it on the sheet ${q(d.target)} or correct the id.`,
  },
  SHEET_BOTH_OWNERS: {
    text: () => 'The row names both a box and a goal; an indicator belongs to one or the other.',
    hint: () => 'Empty the columns Plan and Ruta, or Strategi and Mål.',
  },
  SHEET_SECOND_RUS: {
    text: (d) => `A workbook holds a single RUS; there is one already on row ${show(d.firstRow)}.`,
    hint: () => 'Make the row an understrategi, or move the second RUS to a workbook of its own.',
  },
  SHEET_FORMULA_WITHOUT_RESULT: {
    text: (d) => `The cell holds the formula ${q(d.formula)} but no calculated value.`,
    hint: () =>
      'Open and save the workbook in Excel so the formula is calculated, or write the value directly.',
  },
  SHEET_CELL_ERROR: {
    text: (d) => `The cell holds the error value ${show(d.error)}.`,
    hint: () => 'Fix the formula or write the value directly.',
  },
  SHEET_CARRIED_AS_JSON: {
    text: (d) =>
      `${show(d.count)} values on the sheet ${q(d.sheet)} cannot stand in plain cells and are carried in the Extra (JSON) column: ${show(d.keys)}.`,
    hint: () => 'Nothing is lost; edit them in the Extra (JSON) column or in the YAML file.',
  },
  SHEET_VALUE_NOT_CARRIED: {
    text: (d) =>
      `The value at ${q(d.key)} (${show(d.found)}) cannot be stored in a workbook and reads back as ${show(d.becomes)}.`,
    hint: () => 'Keep the document in YAML or JSON if the value must stay exactly as it is.',
  },
  SHEET_CELL_TOO_LONG: {
    text: (d) =>
      `A cell on the sheet ${q(d.sheet)} gets ${show(d.length)} characters; Excel shows at most ${show(d.max)} and cuts the rest if the cell is edited.`,
    hint: () =>
      'The library reads the whole cell, but do not edit it in Excel. Shorten the text or keep the document in YAML.',
  },
};
