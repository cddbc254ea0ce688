import type { Code } from '../findings/codes.js';
import { enBounds } from './en/bounds.js';
import { enCalendar } from './en/calendar.js';
import { enContribution } from './en/contribution.js';
import { enConvert } from './en/convert.js';
import { enDisaggregation } from './en/disaggregation.js';
import { enEdit } from './en/edit.js';
import { enFamilies } from './en/families.js';
import { enFollowup } from './en/followup.js';
import { enIntended } from './en/intended.js';
import { enLadder } from './en/ladder.js';
import { enMermaid } from './en/mermaid.js';
import { enParse } from './en/parse.js';
import { enParticipants } from './en/participants.js';
import { enPdf } from './en/pdf.js';
import { enRules } from './en/rules.js';
import { enSpreadsheet } from './en/spreadsheet.js';
import { enTemplates } from './en/templates.js';
import { enTimeline } from './en/timeline.js';
import { enValues } from './en/values.js';
import { enVocabulary } from './en/vocabulary.js';
import type { MessageTable } from './message.js';

/** Every message of the library in this language, keyed by finding code. */
export const en: MessageTable<Code> = {
  ...enParse,
  ...enRules,
  ...enTemplates,
  ...enMermaid,
  ...enEdit,
  ...enConvert,
  ...enBounds,
  ...enSpreadsheet,
  ...enFollowup,
  ...enCalendar,
  ...enValues,
  ...enTimeline,
  ...enLadder,
  ...enParticipants,
  ...enPdf,
  ...enFamilies,
  ...enIntended,
  ...enContribution,
  ...enDisaggregation,
  ...enVocabulary,
};
