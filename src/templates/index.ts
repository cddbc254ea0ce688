export { type BackcastOptions, backcast, safeBackcast } from './backcast.js';
export { checkTemplate } from './check-template.js';
export {
  type ConformanceOptions,
  checkConformance,
  type MandatoryIndicatorMatch,
  mandatoryIndicators,
} from './conformance.js';
export { type InstantiateOptions, instantiate, safeInstantiate } from './instantiate.js';
export {
  INVESTERINGAR_INFRASTRUKTUR,
  KUNSKAP_STRATEGIER,
  NATIONAL_TEMPLATES,
  VAROR_TJANSTER_DIREKT,
  VAROR_TJANSTER_INDIREKT,
} from './national.js';
export { createTemplateRegistry, type TemplateRegistry, type TemplateRegistryOptions } from './registry.js';
export {
  type SuggestionReason,
  type SuggestOptions,
  suggestTemplate,
  type TemplateSuggestion,
} from './suggest.js';
export { isTrackId, TRACK_IDS, TRACKS, type Track, type TrackId } from './tracks.js';
