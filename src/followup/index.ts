// Follow-up: indicator status, portfolio synthesis, coverage (stryktips), maturity, meetings, the
// national export and the tables of the reports. Explicit list (docs/design.md, "The public
// surface"): the day arithmetic, unit keys, the roll-up index and the word tables stay inside.
export type {
  NoDataReason,
  StatusKind,
  SynthesisDimension,
} from '../locales/followup-words.js';
export type { MaturityCriterionId, MaturityStage } from '../locales/maturity-words.js';
export type {
  NationalField,
  NationalParticipantKind,
  NationalSection,
} from '../locales/national-words.js';
export { arshjulOccurrences, type DateWindow, type Occurrence } from '../model/calendar.js';
export { periodEnd } from '../model/period.js';
export { unitFactor, valueInIndicatorUnit } from '../model/units.js';
export {
  CSV_DIALECTS,
  type CsvDialect,
  type DataCell,
  type DataTable,
  tableToCsv,
  tableToHtml,
  tableToMarkdown,
} from '../text/table.js';
export { type DueOptions, dueFindings } from '../validate/due.js';
export type { IndicatorPlace, PlanGoals, RollupResolution, StrategyIndicator } from '../validate/rollup.js';
export { arshjulReferences } from '../validate/rules/arshjul.js';
export { rollupMappings } from '../validate/rules/rollup-mappings.js';
export {
  FOLLOW_UP_WINDOW,
  type FollowUpWindow,
  type TimelineOptions,
  timeline,
  timelineRule,
} from '../validate/rules/timeline.js';
export {
  type Coverage,
  type CoverageCell,
  type CoverageGoal,
  coverage,
  type GoalLevels,
} from './coverage.js';
export {
  MATURITY_THRESHOLD,
  type Maturity,
  type MaturityCriterion,
  type MaturityOptions,
  maturity,
  maturityLines,
  maturityTable,
} from './maturity.js';
export {
  arshjulBodies,
  buildMeetingReport,
  type MeetingOptions,
  type MeetingReport,
  type MeetingWords,
} from './meeting.js';
export { type NationalExportOptions, nationalExport } from './national-export.js';
export { buildReport, type FollowupReport, type ReportOptions } from './report.js';
export {
  indicatorSplitTables,
  planSplitTables,
  type SplitSynthesisTable,
  type SplitTable,
  splitSynthesisTable,
  splitSynthesisTables,
  splitTableToHtml,
} from './splits.js';
export {
  type BoxIndicatorStatus,
  type Direction,
  type DocumentStatus,
  documentStatus,
  type GoalIndicatorStatus,
  type IndicatorStatus,
  indicatorStatus,
  latestPeriod,
  type PeriodStatus,
  type PlanStatus,
  planStatus,
  type StatusCounts,
  type StatusOptions,
} from './status.js';
export {
  type Aggregate,
  type Range,
  type RollupRow,
  type Spread,
  SYNTHESIS_DIMENSIONS,
  type Synthesis,
  type SynthesisOptions,
  type SynthesisRow,
  synthesize,
} from './synthesis.js';
export { type SplitSynthesisRow, synthesizeSplits } from './synthesis-splits.js';
export {
  coverageTable,
  goalLevelTable,
  goalStatusTable,
  periodTable,
  planSummaryTable,
  rollupTable,
  statusTable,
  synthesisTable,
} from './tables.js';
