export type * from '../locales/followup-words.js';
export type * from '../locales/national-words.js';
export * from '../model/calendar.js';
export * from '../model/period.js';
export * from '../model/units.js';
export * from '../text/table.js';
export * from '../validate/due.js';
export * from '../validate/rollup.js';
export { arshjulReferences } from '../validate/rules/arshjul.js';
export { rollupMappings } from '../validate/rules/rollup-mappings.js';
export {
  FOLLOW_UP_WINDOW,
  type FollowUpWindow,
  ratioMismatch,
  type TimelineOptions,
  timeline,
  timelineRule,
} from '../validate/rules/timeline.js';
export * from './coverage.js';
export * from './maturity.js';
export * from './meeting.js';
export * from './national-export.js';
export * from './report.js';
export * from './splits.js';
export * from './status.js';
export * from './synthesis.js';
export * from './synthesis-splits.js';
export * from './tables.js';
