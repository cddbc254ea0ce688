/**
 * effektkedja — model, validate and draw effektkedjor (results chains) of
 * Swedish regional development. This entry point is browser-safe; files, the
 * CLI and spreadsheets live in `effektkedja/node`.
 * @packageDocumentation
 */

// Contribution and data classes: what a report may claim, tables with data class and claim.
export * from './contribution/index.js';
// Editing with history (immer patches) and diffs between revisions.
export * from './edit/index.js';
// Findings: data first, words from the locale tables.
export { CODES, type Code, type DetailsOf, type FindingDetails, isKnownCode } from './findings/codes.js';
export {
  type CustomWords,
  createCustomFinding,
  createFinding,
  type DetailsArgs,
  hintOf,
  messageOf,
} from './findings/create.js';
export { EffektkedjaError } from './findings/error.js';
export type {
  Bilingual,
  Details,
  DetailValue,
  Finding,
  FindingOf,
  Language,
  Location,
  PathSegment,
  Severity,
} from './findings/finding.js';
export { SEVERITIES } from './findings/finding.js';
export {
  compareFindings,
  type FormatOptions,
  formatFindings,
  locationText,
  pathText,
} from './findings/format.js';
export { hasErrors, type Result } from './findings/result.js';
export { FindingJson, reportJsonSchema, ValidationReportJson } from './findings/schema.js';
// Follow-up: indicator status, portfolio synthesis, coverage (stryktips), reports.
export * from './followup/index.js';
// Graphs.
export * from './graph/index.js';
// Reading and writing documents.
export * from './io/index.js';
export type { MessageEntry, MessageTable } from './locales/message.js';
// Mermaid export: diagrams of plans, portfolios and templates; Markdown and HTML pages.
export * from './mermaid/index.js';
// The domain model: zod schemas and the types inferred from them.
export * from './model/index.js';
// Participants: organisationsnummer, personnummer masked or pseudonymized, unique counts.
export * from './participants/index.js';
// The national chain templates: tracks, registry, instantiate, conformance, suggestion.
export * from './templates/index.js';
// Validation.
export * from './validate/index.js';
export { templateConformance, templateConformanceRule } from './validate/rules/template-conformance.js';
