import { z } from 'zod';
import { Arshjul } from './arshjul.js';
import { DataClassDef } from './contribution.js';
import { DimensionDef } from './disaggregation.js';
import { Text } from './ids.js';
import { ParticipantList } from './participants.js';
import { Plan } from './plan.js';
import type { DeepReadonly } from './readonly.js';
import { Strategy } from './strategy.js';
import { Template } from './template.js';
import { VocabularyDef } from './vocabularies.js';

/** The format version this library reads and writes. */
export const FORMAT_VERSION = 1;

/**
 * A document: a region's strategy and any number of plans. Several documents
 * with the same `region` form one document set (see `mergeDocuments`).
 */
export const Document = z.looseObject({
  formatVersion: z.literal(FORMAT_VERSION),
  /** The region the document belongs to ("Region Kronoberg"). */
  region: Text.optional(),
  strategy: Strategy.optional(),
  plans: z.array(Plan).optional(),
  /** The region's own chain templates, beside the national ones. */
  templates: z.array(Template).optional(),
  /** The region's follow-up calendar (årshjul). */
  arshjul: Arshjul.optional(),
  /** Participant lists kept apart from their plans, joined to them by plan (and indicator) id. */
  participantLists: z.array(ParticipantList).optional(),
  /** Data classes of the region's own, beside the library's four (see docs/followup.md). */
  dataClasses: z.array(DataClassDef).optional(),
  /** Dimensions of the region's own for splitting values, beside kön, ålder and kommun (see docs/format.md). */
  dimensions: z.array(DimensionDef).optional(),
  /** Classification vocabularies of the region's own, or its additions to the library's (see docs/format.md). */
  vocabularies: z.array(VocabularyDef).optional(),
});
/** A document: a region's strategy and plans. */
export type Document = DeepReadonly<z.infer<typeof Document>>;
