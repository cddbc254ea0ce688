import { documentJsonSchema } from '../../io/json-schema.js';
import { type CliIo, EXIT } from '../io.js';

/** `effektkedja schema`: prints the JSON Schema of the document format. */
export function schemaCommand(io: CliIo): number {
  io.stdout(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
