// Editing with history (immer patches) and diffs between revisions.
export { applyEdit, EDIT_OPERATIONS } from './apply.js';
export { addBox, removeBox, updateBox } from './boxes.js';
export { applyEditPatches } from './commit.js';
export { describeEdit } from './describe.js';
export type {
  BoxDiff,
  DocumentDiff,
  FieldChange,
  GoalDiff,
  GoalDiffEntry,
  GoalLinkChange,
  IndicatorDiff,
  IndicatorsDiff,
  LinkChange,
  ListDiff,
  MeasurementChange,
  PlanDiff,
  StrategyDiff,
  TargetChange,
} from './diff.js';
export { diff, isEmptyDiff } from './diff.js';
export { type FormatDiffOptions, formatDiff } from './format-diff.js';
export type { EditMeta, History, HistoryEntry, HistoryOptions, HistoryStep } from './history.js';
export { createHistory } from './history.js';
export { recordMeasurement, setTarget } from './indicators.js';
export { connect, disconnect, linkGoal, unlinkGoal } from './links.js';
export { setClassification, setTemplate } from './plan-fields.js';
export { renameId } from './rename.js';
export type {
  AddBox,
  BoxChanges,
  Connect,
  Disconnect,
  Edit,
  EditApplied,
  EditOp,
  EditOptions,
  EditPatch,
  EditRefused,
  EditResult,
  IndicatorAddress,
  LinkGoal,
  LogEntry,
  RecordMeasurement,
  RemoveBox,
  RenameId,
  SetClassification,
  SetTarget,
  SetTemplate,
  UnlinkGoal,
  UpdateBox,
} from './types.js';
