// The domain model: zod schemas and the types inferred from them, the levels, the vocabularies.
// Explicit list (docs/design.md, "The public surface"): the helpers the rules and the follow-up
// use inside the library (day arithmetic such as `startDay`, unit keys, the arithmetic of splits)
// are imported from their modules and stay out of the public entries.
export {
  Arshjul,
  ArshjulEvent,
  ArshjulKind,
  CalendarDate,
  DayOfYear,
  DeliveredReport,
  isDayOfYear,
  Larande,
  LarandeNote,
  LarandeNoteKind,
  PlanAnchor,
  Recipient,
} from './arshjul.js';
export { Box } from './box.js';
export { Classification } from './classification.js';
export {
  type BuiltInDataClass,
  type Claim,
  claimOf,
  DATA_CLASSES,
  DataClassDef,
  isBuiltInDataClass,
} from './contribution.js';
export {
  BUILT_IN_DIMENSIONS,
  type BuiltInDimension,
  DimensionDef,
  type DimensionInfo,
  KON_GROUPS,
  Split,
  SplitPart,
} from './disaggregation.js';
export { Document, FORMAT_VERSION } from './document.js';
export { Id, Text } from './ids.js';
export { Baseline, Indicator, IndicatorKind, IndicatorValue, Measurement, Target } from './indicator.js';
export {
  isEffectLevel,
  isLevel,
  LEVEL_INFO,
  LEVELS,
  Level,
  type LevelInfo,
  levelIndex,
  NATIONAL_GOAL,
} from './levels.js';
export { GoalLink, Link } from './link.js';
export { type NumberKind, Participant, ParticipantList } from './participants.js';
export { ChangeEntry, Plan, PlanKind } from './plan.js';
export type { DeepReadonly } from './readonly.js';
export { Goal, Rus, Strategy, Tier, Understrategi } from './strategy.js';
export { Template, TemplateBox, TemplateIndicator } from './template.js';
export { isCalendarDate, isPeriod, Period, Span, Year, YearOrDate } from './time.js';
export {
  FokusomradeGroup,
  knownVocabularies,
  NATIONELL_STRATEGI_2015_2020,
  NATIONELL_STRATEGI_2021_2027,
  VOCABULARIES,
  VOCABULARY_FIELDS,
  type Vocabulary,
  VocabularyDef,
  type VocabularyField,
} from './vocabularies.js';
