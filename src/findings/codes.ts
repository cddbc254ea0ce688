import { type BoundsDetails, boundsCodes } from './catalog/bounds.js';
import { type CalendarDetails, calendarCodes } from './catalog/calendar.js';
import { type CliDetails, cliCodes } from './catalog/cli.js';
import { type ContributionDetails, contributionCodes } from './catalog/contribution.js';
import { type ConvertDetails, convertCodes } from './catalog/convert.js';
import { type DisaggregationDetails, disaggregationCodes } from './catalog/disaggregation.js';
import { type EditDetails, editCodes } from './catalog/edit.js';
import { type FamiliesDetails, familiesCodes } from './catalog/families.js';
import { type FollowupDetails, followupCodes } from './catalog/followup.js';
import { type IntendedDetails, intendedCodes } from './catalog/intended.js';
import { type LadderDetails, ladderCodes } from './catalog/ladder.js';
import { type MermaidDetails, mermaidCodes } from './catalog/mermaid.js';
import { type ParseDetails, parseCodes } from './catalog/parse.js';
import { type ParticipantsDetails, participantsCodes } from './catalog/participants.js';
import { type PdfDetails, pdfCodes } from './catalog/pdf.js';
import { type RuleDetails, ruleCodes } from './catalog/rules.js';
import { type SpreadsheetDetails, spreadsheetCodes } from './catalog/spreadsheet.js';
import { type TemplatesDetails, templatesCodes } from './catalog/templates.js';
import { type TimelineDetails, timelineCodes } from './catalog/timeline.js';
import { type ValuesDetails, valuesCodes } from './catalog/values.js';
import { type VocabularyDetails, vocabularyCodes } from './catalog/vocabulary.js';
import type { Details } from './details.js';
import type { Severity } from './severity.js';

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
  ...disaggregationCodes,
  ...boundsCodes,
  ...vocabularyCodes,
} as const satisfies Record<string, Severity>;

/** A finding code of the library. */
export type Code = keyof typeof CODES;

/** True if `code` is one of the library's own codes (custom rules may add others). */
export function isKnownCode(code: string): code is Code {
  return Object.hasOwn(CODES, code);
}

/**
 * The typed map: for each code of the library, the details its finding carries.
 * Each catalogue file declares its part (`RuleDetails`, `ParseDetails` …) next to
 * the severities; this joins them. A code is looked up with {@link DetailsOf}.
 */
export interface FindingDetails
  extends BoundsDetails,
    CalendarDetails,
    CliDetails,
    ContributionDetails,
    ConvertDetails,
    DisaggregationDetails,
    EditDetails,
    FamiliesDetails,
    FollowupDetails,
    IntendedDetails,
    LadderDetails,
    MermaidDetails,
    ParseDetails,
    ParticipantsDetails,
    PdfDetails,
    RuleDetails,
    SpreadsheetDetails,
    TemplatesDetails,
    TimelineDetails,
    ValuesDetails,
    VocabularyDetails {}

/**
 * The details of a code's finding: its entry in {@link FindingDetails}, or the
 * generic {@link Details} for a code without one (a custom rule's code).
 */
export type DetailsOf<C extends string> = C extends keyof FindingDetails ? FindingDetails[C] : Details;
