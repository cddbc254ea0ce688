import { z } from 'zod';
import { Document } from '../model/document.js';

/** The JSON Schema (draft 2020-12) of the document format, for systems that do not run JavaScript. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Document, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'urn:effektkedja:document:v1',
    title: 'Effektkedja document, format version 1',
  };
}
