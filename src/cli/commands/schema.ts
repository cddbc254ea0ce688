import { reportJsonSchema } from '../../findings/schema.js';
import { documentJsonSchema } from '../../io/json-schema.js';
import { type CliIo, EXIT } from '../io.js';

/** `effektkedja schema [--report]`: prints the JSON Schema of the document format, or of the validation report. */
export function schemaCommand(options: { readonly report?: boolean }, io: CliIo): number {
  const schema = options.report ? reportJsonSchema() : documentJsonSchema();
  io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
