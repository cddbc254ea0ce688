import { calendarCodes } from './catalog/calendar.js';
import { cliCodes } from './catalog/cli.js';
import { convertCodes } from './catalog/convert.js';
import { contributionCodes } from './catalog/contribution.js';
import { editCodes } from './catalog/edit.js';
import { familiesCodes } from './catalog/families.js';
import { followupCodes } from './catalog/followup.js';
import { intendedCodes } from './catalog/intended.js';
import { ladderCodes } from './catalog/ladder.js';
import { mermaidCodes } from './catalog/mermaid.js';
import { parseCodes } from './catalog/parse.js';
import { participantsCodes } from './catalog/participants.js';
import { pdfCodes } from './catalog/pdf.js';
import { ruleCodes } from './catalog/rules.js';
import { spreadsheetCodes } from './catalog/spreadsheet.js';
import { templatesCodes } from './catalog/templates.js';
import { timelineCodes } from './catalog/timeline.js';
import { valuesCodes } from './catalog/values.js';
import type { Severity } from './finding.js';

/** Every finding code the library can emit, with its default severity. */
export const CODES = {
  ...parseCodes,
  ...ruleCodes,
  ...templatesCodes,
  ...mermaidCodes,
  ...editCodes,
  ...cliCodes,
  ...convertCodes,
  ...spreadsheetCodes,
  ...followupCodes,
  ...calendarCodes,
  ...valuesCodes,
  ...timelineCodes,
  ...ladderCodes,
  ...participantsCodes,
  ...pdfCodes,
  ...familiesCodes,
  ...intendedCodes,
  ...contributionCodes,
} as const satisfies Record<string, Severity>;

/** A finding code of the library. */
export type Code = keyof typeof CODES;

/** True if `code` is one of the library's own codes (custom rules may add others). */
export function isKnownCode(code: string): code is Code {
  return Object.hasOwn(CODES, code);
}
