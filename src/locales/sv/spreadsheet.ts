import type { spreadsheetCodes } from '../../findings/catalog/spreadsheet.js';
import type { MessageTable } from '../message.js';

/** sv messages of the spreadsheet module. */
export const svSpreadsheet: MessageTable<keyof typeof spreadsheetCodes> = {};
