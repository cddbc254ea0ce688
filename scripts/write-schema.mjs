// Writes the JSON Schema of the document format to docs/, from the built package.
import { writeFileSync } from 'node:fs';
import { documentJsonSchema } from 'effektkedja';

const target = new URL('../docs/effektkedja.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
