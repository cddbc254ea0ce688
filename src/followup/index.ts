export type * from '../locales/national-words.js';
export * from '../model/period.js';
export * from '../model/units.js';
export {
  FOLLOW_UP_WINDOW,
  type FollowUpWindow,
  ratioMismatch,
  type TimelineOptions,
  timeline,
  timelineRule,
} from '../validate/rules/timeline.js';
export { arshjulReferences } from './arshjul-rule.js';
export * from './calendar.js';
export * from './coverage.js';
export * from './due.js';
export * from './maturity.js';
export * from './meeting.js';
export * from './national-export.js';
export * from './report.js';
export * from './rollup.js';
export { rollupMappings } from './rule.js';
export * from './status.js';
export * from './synthesis.js';
export * from './table.js';
export * from './tables.js';
export type * from './words.js';
