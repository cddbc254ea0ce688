import { z } from 'zod';
import { Id, Text } from './ids.js';
import { IndicatorKind } from './indicator.js';
import { Level } from './levels.js';
import type { DeepReadonly } from './readonly.js';

/** An indicator a template asks for; `mandatory` ones are required by the national follow-up. */
export const TemplateIndicator = z.looseObject({
  id: Id,
  name: Text,
  nameEn: Text.optional(),
  kind: IndicatorKind,
  unit: Text.optional(),
  mandatory: z.boolean().optional(),
});
/** An indicator a template asks for. */
export type TemplateIndicator = DeepReadonly<z.infer<typeof TemplateIndicator>>;

/** A standard box of a template. `placeholder` boxes are for the user to fill in. */
export const TemplateBox = z.looseObject({
  id: Id,
  level: Level,
  text: Text,
  textEn: Text.optional(),
  placeholder: z.boolean().optional(),
  indicators: z.array(TemplateIndicator).optional(),
});
/** A standard box of a template. */
export type TemplateBox = DeepReadonly<z.infer<typeof TemplateBox>>;

/**
 * A chain template: the standard chain of one type of effektkedja (national or
 * a region's own insatsplan template), as data.
 */
export const Template = z.looseObject({
  id: Id,
  name: Text,
  nameEn: Text.optional(),
  /** The track (spår) the template belongs to, e.g. "direktspar". */
  track: Id.optional(),
  description: Text.optional(),
  /** Words that point to this template when suggesting one from a plan's activities. */
  keywords: z.array(Text).optional(),
  boxes: z.array(TemplateBox),
  links: z.array(z.looseObject({ from: Id, to: Id })).optional(),
});
/** A chain template. */
export type Template = DeepReadonly<z.infer<typeof Template>>;
