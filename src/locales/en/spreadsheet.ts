import type { spreadsheetCodes } from '../../findings/catalog/spreadsheet.js';
import type { MessageTable } from '../message.js';

/** en messages of the spreadsheet module. */
export const enSpreadsheet: MessageTable<keyof typeof spreadsheetCodes> = {};
