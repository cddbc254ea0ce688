import type { Code } from '../findings/codes.js';
import type { MessageTable } from './message.js';
import { svBounds } from './sv/bounds.js';
import { svCalendar } from './sv/calendar.js';
import { svContribution } from './sv/contribution.js';
import { svConvert } from './sv/convert.js';
import { svDisaggregation } from './sv/disaggregation.js';
import { svEdit } from './sv/edit.js';
import { svFamilies } from './sv/families.js';
import { svFollowup } from './sv/followup.js';
import { svIntended } from './sv/intended.js';
import { svLadder } from './sv/ladder.js';
import { svMermaid } from './sv/mermaid.js';
import { svParse } from './sv/parse.js';
import { svParticipants } from './sv/participants.js';
import { svPdf } from './sv/pdf.js';
import { svRules } from './sv/rules.js';
import { svSpreadsheet } from './sv/spreadsheet.js';
import { svTemplates } from './sv/templates.js';
import { svTimeline } from './sv/timeline.js';
import { svValues } from './sv/values.js';
import { svVocabulary } from './sv/vocabulary.js';

/** Every message of the library in this language, keyed by finding code. */
export const sv: MessageTable<Code> = {
  ...svParse,
  ...svRules,
  ...svTemplates,
  ...svMermaid,
  ...svEdit,
  ...svConvert,
  ...svBounds,
  ...svSpreadsheet,
  ...svFollowup,
  ...svCalendar,
  ...svValues,
  ...svTimeline,
  ...svLadder,
  ...svParticipants,
  ...svPdf,
  ...svFamilies,
  ...svIntended,
  ...svContribution,
  ...svDisaggregation,
  ...svVocabulary,
};
